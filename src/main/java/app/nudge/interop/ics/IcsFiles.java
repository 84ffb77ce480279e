package app.nudge.interop.ics;

import biweekly.Biweekly;
import biweekly.ICalendar;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Writes a calendar as UTF-8 text, whatever the platform's default charset. */
public final class IcsFiles {

    private IcsFiles() {
    }

    public static void write(ICalendar calendar, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Biweekly.write(calendar).go(writer);
        writer.flush(); // not closed: the caller owns the stream (it may be stdout)
    }
}
