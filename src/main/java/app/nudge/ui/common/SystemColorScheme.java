package app.nudge.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Whether the desktop prefers dark windows. JavaFX 21 has no API for it (22 adds
 * {@code Platform.getPreferences()}), so each system's own setting is read with its own command:
 * GNOME's {@code color-scheme} (or a GTK theme named "...dark"), Windows' "AppsUseLightTheme",
 * macOS's "AppleInterfaceStyle". Anything it cannot read counts as light. Slow (runs a process):
 * never call it on the JavaFX thread.
 */
@FunctionalInterface
public interface SystemColorScheme {

    boolean prefersDark();

    /** The desktop's setting, read with the real commands. */
    static SystemColorScheme desktop() {
        return of(System.getProperty("os.name", ""), System.getenv("GTK_THEME"), SystemColorScheme::run);
    }

    /**
     * The rules, with the command runner passed in (tests give canned outputs).
     *
     * @param run runs a command and gives its standard output, empty when it fails
     */
    static SystemColorScheme of(String osName, String gtkThemeVariable, Function<List<String>, Optional<String>> run) {
        String os = osName.toLowerCase(Locale.ROOT);
        return () -> {
            if (os.startsWith("windows")) {
                return run.apply(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                        "/v", "AppsUseLightTheme")).map(out -> out.matches("(?s).*AppsUseLightTheme\\s+REG_DWORD\\s+0x0\\b.*"))
                        .orElse(false);
            }
            if (os.startsWith("mac")) {
                return run.apply(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                        .map(out -> out.strip().equalsIgnoreCase("dark")).orElse(false);
            }
            if (gtkThemeVariable != null && gtkThemeVariable.toLowerCase(Locale.ROOT).contains("dark")) {
                return true;
            }
            Optional<String> scheme = run.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
            if (scheme.isPresent() && scheme.get().contains("prefer-dark")) {
                return true;
            }
            if (scheme.isPresent() && scheme.get().contains("prefer-light")) {
                return false;
            }
            return run.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                    .map(out -> out.toLowerCase(Locale.ROOT).contains("dark")).orElse(false);
        };
    }

    /** Runs a command for at most two seconds; its output when it ended well, else empty. */
    private static Optional<String> run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.DISCARD).start();
            try (InputStream out = process.getInputStream()) {
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return Optional.empty();
                }
                String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
                return process.exitValue() == 0 ? Optional.of(text) : Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty(); // no such command here: cannot tell
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
