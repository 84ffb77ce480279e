package app.nudge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** $DISPLAY when there is one; otherwise an Xvfb of Nudge's window size, stopped on close. */
final class VirtualDisplay implements AutoCloseable {

    private final String name;
    private final Process xvfb;

    private VirtualDisplay(String name, Process xvfb) {
        this.name = name;
        this.xvfb = xvfb;
    }

    String name() {
        return name;
    }

    static VirtualDisplay ensure() throws IOException, InterruptedException {
        String display = System.getenv("DISPLAY");
        if (display != null && !display.isBlank()) {
            return new VirtualDisplay(display, null);
        }
        String name = ":97";
        Process xvfb = new ProcessBuilder("Xvfb", name, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path socket = Path.of("/tmp/.X11-unix/X97");
        for (int i = 0; i < 100 && !Files.exists(socket); i++) {
            Thread.sleep(50); // waiting for the X server to listen; a benchmark, not a test
        }
        if (!Files.exists(socket)) {
            xvfb.destroy();
            throw new IllegalStateException("Xvfb did not start: install it (apt-get install xvfb) or set DISPLAY");
        }
        return new VirtualDisplay(name, xvfb);
    }

    @Override
    public void close() {
        if (xvfb != null) {
            xvfb.destroy();
        }
    }
}
