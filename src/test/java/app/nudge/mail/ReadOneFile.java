package app.nudge.mail;

import java.nio.file.Path;

/** Reads one mail file in a fresh JVM and prints its subject: {@link QuietPoiTest} checks what reaches the terminal. */
public final class ReadOneFile {

    private ReadOneFile() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(MailFiles.read(Path.of(args[0])).subject());
    }
}
