package app.nudge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.nudge.domain.Language;
import app.nudge.domain.ThemeChoice;
import app.nudge.i18n.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every view and dialog of {@link ViewCatalog} in German (the longest words of the five languages)
 * at 1024x640, both themes, to {@code target/gallery/de/}; and no label, button or check box shows
 * its text cut short with an ellipsis. Run with the gallery: {@code mvn -B -Pgallery verify}.
 */
@Tag("gallery")
@ExtendWith(ApplicationExtension.class)
class GermanGalleryTest {

    private static final Path OUT = Path.of("target", "gallery", "de");

    @TempDir
    Path folder;

    private ViewCatalog.App app;

    @Start
    void start(Stage stage) {
        Texts.use(Language.DE);
        app = new ViewCatalog.App(stage, folder);
    }

    @AfterEach
    void tearDown() {
        app.close();
        Texts.use(Language.EN);
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void everyViewInGermanAtTheSmallSizeWithNothingCutOff() throws Exception {
        Files.createDirectories(OUT);
        List<String> cutOff = new ArrayList<>();
        List<String> english = new ArrayList<>();
        for (ThemeChoice theme : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK)) {
            WaitForAsyncUtils.asyncFx(() -> app.wiring.theme().apply(theme)).get();
            for (ViewCatalog.View view : ViewCatalog.VIEWS) {
                app.reset(1024, 640);
                Window window = app.open(view, 1024, 640);
                WritableImage image = WaitForAsyncUtils.asyncFx(() -> window.getScene().snapshot(null)).get();
                ImageIO.write(GalleryTest.toAwt(image), "png", OUT.resolve(String.format(Locale.ROOT,
                        "%s-%s-1024x640.png", view.name(), theme.name().toLowerCase(Locale.ROOT))).toFile());
                if (theme == ThemeChoice.LIGHT) {
                    List<String> here = WaitForAsyncUtils.asyncFx(() -> cutShort(window.getScene().getRoot())).get();
                    here.forEach(text -> cutOff.add(view.name() + ": " + text));
                    List<String> untranslated = WaitForAsyncUtils.asyncFx(() -> english(window.getScene().getRoot())).get();
                    untranslated.forEach(text -> english.add(view.name() + ": " + text));
                }
                app.closeOthers();
            }
        }
        assertEquals(List.of(), english, "English words on screen, in tooltips or for screen readers in German");
        assertEquals(List.of(), cutOff, "texts shown with an ellipsis in German at 1024x640");
    }

    /** Labels, buttons and check boxes on screen whose text JavaFX had to shorten. */
    static List<String> cutShort(Parent root) {
        List<String> found = new ArrayList<>();
        walk(root, found);
        return found;
    }

    /**
     * The screen-reader pass: every label's text, every tooltip and every accessible text of the
     * window, read as a screen reader would, must hold no English sentence (words such as "the",
     * "your", "with" betray one the bundles missed).
     */
    static List<String> english(Parent root) {
        List<String> found = new ArrayList<>();
        collectTexts(root, found);
        return found.stream().filter(GermanGalleryTest::looksEnglish).distinct().toList();
    }

    private static final java.util.regex.Pattern ENGLISH = java.util.regex.Pattern.compile(
            "(?i)\\b(the|your|with|you|and|this|there|nothing|when|which|from|not yet|due|overdue)\\b");

    private static boolean looksEnglish(String text) {
        // Quoted words (a recruiter's sentence), file names and address examples are the user's, not Nudge's.
        String own = text.replaceAll("„[^“]*“|“[^”]*”|\"[^\"]*\"|«[^»]*»", "")
                .replaceAll("\\S+\\.[A-Za-z]{2,4}\\b", "");
        return !own.contains("://") && ENGLISH.matcher(own).find();
    }

    private static void collectTexts(Node node, List<String> found) {
        if (node.getAccessibleText() != null && !quotesAMessage(node)) {
            found.add("accessible: " + node.getAccessibleText());
        }
        if (node instanceof javafx.scene.control.Control control && control.getTooltip() != null) {
            found.add("tooltip: " + control.getTooltip().getText());
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && node.isVisible()) {
            found.add("text: " + labeled.getText());
        }
        if (node instanceof javafx.scene.control.TextInputControl input && input.getPromptText() != null) {
            found.add("prompt: " + input.getPromptText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectTexts(child, found));
        }
    }

    /** A reply's own text, shown as it came (the recruiter's words, not Nudge's). */
    private static boolean quotesAMessage(Node node) {
        return node instanceof Parent p && p.getChildrenUnmodifiable().stream()
                .anyMatch(child -> child.getStyleClass().contains("message-text"));
    }

    private static void walk(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        // A card's company is the user's own text, ellipsised on a narrow card by design (the detail shows it whole).
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()
                && !labeled.getStyleClass().contains("card-company")) {
            Node inner = labeled.lookup(".text");
            if (inner instanceof Text shown && !shown.getText().equals(labeled.getText())
                    && shown.getText().endsWith(labeled.getEllipsisString())) {
                found.add("“" + labeled.getText() + "” shown as “" + shown.getText() + "” " + labeled.getStyleClass());
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> walk(child, found));
        }
    }
}
