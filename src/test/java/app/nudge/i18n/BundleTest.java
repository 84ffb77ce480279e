package app.nudge.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The five languages stay complete and consistent: every area file has every key and no other in
 * each language, a text's placeholders are the same in every language, every {@code %key} of every
 * FXML file and every key the code names exists, and every date pattern works.
 */
class BundleTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Path MAIN = Path.of("src/main");

    @Test
    void everyLanguageHasEveryKeyOfEachAreaAndNoOther() {
        List<String> problems = new ArrayList<>();
        for (String area : TextFiles.AREAS) {
            Set<String> english = TextFiles.readArea(area, Language.EN).keySet();
            for (Language l : Language.values()) {
                Set<String> keys = TextFiles.readArea(area, l).keySet();
                Set<String> missing = new TreeSet<>(english);
                missing.removeAll(keys);
                Set<String> extra = new TreeSet<>(keys);
                extra.removeAll(english);
                if (!missing.isEmpty()) {
                    problems.add(TextFiles.fileName(area, l) + " lacks " + missing);
                }
                if (!extra.isEmpty()) {
                    problems.add(TextFiles.fileName(area, l) + " has keys English lacks: " + extra);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void placeholdersAreTheSameInEveryLanguage() {
        Map<String, String> english = TextFiles.read(Language.EN);
        List<String> problems = new ArrayList<>();
        for (Language l : Language.values()) {
            Map<String, String> own = TextFiles.read(l);
            english.forEach((key, text) -> {
                String translated = own.get(key);
                if (translated != null && !placeholders(text).equals(placeholders(translated))) {
                    problems.add(l.code() + " " + key + ": " + placeholders(translated) + " but English has "
                            + placeholders(text));
                }
            });
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void countedTextsHaveBothForms() {
        Set<String> keys = TextFiles.read(Language.EN).keySet();
        List<String> lonely = keys.stream().filter(k -> k.endsWith(".one"))
                .filter(k -> !keys.contains(k.substring(0, k.length() - 4) + ".other")).sorted().toList();
        assertEquals(List.of(), lonely);
    }

    @Test
    void everyDatePatternFormatsInEveryLanguage() {
        LocalDateTime when = LocalDateTime.of(2026, 12, 1, 9, 30);
        for (Language l : Language.values()) {
            Texts texts = Texts.of(l);
            for (String key : TextFiles.readArea("format", Language.EN).keySet()) {
                String shown = texts.date(key, when);
                assertTrue(shown.contains("1") || shown.contains("9") || shown.contains("2026"), l + " " + key + ": " + shown);
            }
        }
        assertEquals("Di., 1. Dez.", Texts.of(Language.DE).date("format.day", when));
        assertEquals(DateTimeFormatter.ofPattern("EEE d MMM", java.util.Locale.ENGLISH).format(when),
                Texts.of(Language.EN).date("format.day", when));
    }

    @Test
    void everyKeyAnFxmlFileNamesExists() throws IOException {
        Set<String> keys = TextFiles.read(Language.EN).keySet();
        Pattern percentKey = Pattern.compile("=\"%([A-Za-z][A-Za-z0-9_.]*)\"");
        List<String> missing = new ArrayList<>();
        for (Path fxml : files(MAIN.resolve("resources"), ".fxml")) {
            Matcher m = percentKey.matcher(Files.readString(fxml));
            while (m.find()) {
                if (!keys.contains(m.group(1))) {
                    missing.add(fxml.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> keys = TextFiles.read(Language.EN).keySet();
        String areas = String.join("|", TextFiles.AREAS);
        // the key of a call such as t("board.title"), texts.get("board.due", ...), texts.count("common.applications", n)
        Pattern named = Pattern.compile("(?:\\bt|\\.get|\\.count|\\.date|\\.formatter|\\.getString)\\(\\s*\"((?:" + areas
                + ")\\.[A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)*)\"");
        List<String> missing = new ArrayList<>();
        for (Path java : files(MAIN.resolve("java"), ".java")) {
            Matcher m = named.matcher(Files.readString(java));
            while (m.find()) {
                String key = m.group(1);
                boolean prefixOfSome = keys.stream().anyMatch(k -> k.startsWith(key + "."));
                if (!keys.contains(key) && !prefixOfSome) {
                    missing.add(java.getFileName() + ": " + key);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void numbersAndCountsFollowTheLanguage() {
        assertEquals("1 application", Texts.of(Language.EN).count("common.applications", 1));
        assertEquals("12,000 applications", Texts.of(Language.EN).count("common.applications", 12000));
        assertEquals("12.000 Bewerbungen", Texts.of(Language.DE).count("common.applications", 12000));
        assertEquals("0 candidature", Texts.of(Language.FR).count("common.applications", 0));
    }

    private static Set<String> placeholders(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        Set<String> names = new TreeSet<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> p.toString().endsWith(suffix)).collect(Collectors.toList());
        }
    }
}
