package app.nudge.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * POI logs through log4j-api, which, finding no implementation, prints "could not find a logging
 * provider" on standard error the first time: in a fresh JVM (as a user's terminal sees it),
 * reading a .msg prints nothing but what the program prints.
 */
class QuietPoiTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void readingAMsgPrintsNothingOnStandardError() throws IOException, InterruptedException {
        // No properties stream: POI warns "Message didn't contain a root list of properties!"
        Path file = dir.resolve("q.msg");
        try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            fs.getRoot().createDocument("__substg1.0_0037001F",
                    new java.io.ByteArrayInputStream("Quiet please".getBytes(StandardCharsets.UTF_16LE)));
            fs.getRoot().createDocument("__substg1.0_1000001F",
                    new java.io.ByteArrayInputStream("Hi".getBytes(StandardCharsets.UTF_16LE)));
            try (var out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ReadOneFile.class.getName(),
                file.toString()).redirectErrorStream(false).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        assertEquals("", err);
        assertEquals("Quiet please\n", out.replace("\r\n", "\n"));
        assertEquals(0, p.exitValue());
    }
}
