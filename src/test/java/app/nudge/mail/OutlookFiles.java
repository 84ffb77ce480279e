package app.nudge.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Outlook .msg files written in a test with POI's own compound-document writer, laid out as Outlook
 * lays them out (MS-OXMSG): one stream per string property, named
 * {@code __substg1.0_IIIITTTT} (property id, type 001F = UTF-16LE string), and the fixed-size
 * properties (here the submit time) in {@code __properties_version1.0}.
 */
final class OutlookFiles {

    private final Map<String, String> strings = new LinkedHashMap<>();
    private Instant submitted;

    OutlookFiles messageClass(String value) {
        return string("001A", value);
    }

    OutlookFiles subject(String value) {
        return string("0037", value);
    }

    OutlookFiles body(String value) {
        return string("1000", value);
    }

    OutlookFiles senderEmail(String value) {
        return string("0C1F", value);
    }

    OutlookFiles senderSmtp(String value) {
        return string("5D01", value);
    }

    OutlookFiles senderName(String value) {
        return string("0C1A", value);
    }

    OutlookFiles transportHeaders(String value) {
        return string("007D", value);
    }

    /** PR_CLIENT_SUBMIT_TIME (0x0039, PT_SYSTIME) in the properties stream. */
    OutlookFiles submitted(Instant when) {
        submitted = when;
        return this;
    }

    OutlookFiles string(String propertyId, String value) {
        strings.put("__substg1.0_" + propertyId + "001F", value);
        return this;
    }

    Path writeTo(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            DirectoryEntry root = fs.getRoot();
            for (Map.Entry<String, String> e : strings.entrySet()) {
                root.createDocument(e.getKey(), new ByteArrayInputStream(e.getValue().getBytes(StandardCharsets.UTF_16LE)));
            }
            root.createDocument("__properties_version1.0", new ByteArrayInputStream(properties()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            Files.write(file, out.toByteArray());
        }
        return file;
    }

    /** The top-level header (32 bytes: reserved, next ids, counts, reserved), then 16-byte entries. */
    private byte[] properties() {
        ByteBuffer buffer = ByteBuffer.allocate(32 + (submitted == null ? 0 : 16)).order(ByteOrder.LITTLE_ENDIAN);
        buffer.position(32);
        if (submitted != null) {
            buffer.putShort((short) 0x0040); // PT_SYSTIME
            buffer.putShort((short) 0x0039); // PR_CLIENT_SUBMIT_TIME
            buffer.putInt(0x6);              // readable, writable
            long filetime = (submitted.getEpochSecond() + 11_644_473_600L) * 10_000_000L + submitted.getNano() / 100;
            buffer.putLong(filetime);
        }
        return buffer.array();
    }
}
