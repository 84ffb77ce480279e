package app.nudge.ui.settings;

import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyEvent;

/**
 * Type-ahead for a country box: typing letters selects the first country whose name starts with
 * them ("Ger" → Germany), as list boxes of the operating system do. Letters typed within a second
 * of each other add up; after a pause, or when no country goes on like that, a new word starts.
 * The automatic entry is left out of the search (it is always the first entry).
 */
public final class CountryTypeAhead {

    /** Letters further apart than this start a new search. */
    static final long PAUSE_NANOS = 1_000_000_000L;

    private final ComboBox<CountryChoice> box;
    private final LongSupplier nanoTime;
    private final StringBuilder typed = new StringBuilder();
    private long lastKey;

    private CountryTypeAhead(ComboBox<CountryChoice> box, LongSupplier nanoTime) {
        this.box = box;
        this.nanoTime = nanoTime;
    }

    /** Adds type-ahead to the box (call once, on the JavaFX thread). */
    public static void install(ComboBox<CountryChoice> box) {
        CountryTypeAhead typeAhead = new CountryTypeAhead(box, System::nanoTime);
        box.addEventHandler(KeyEvent.KEY_TYPED, typeAhead::keyTyped);
        // While the list is open its popup gets the keys, so it searches too (and shows what it found).
        box.skinProperty().addListener((obs, was, skin) -> {
            if (skin instanceof ComboBoxListViewSkin<?> listSkin && listSkin.getPopupContent() != null) {
                listSkin.getPopupContent().addEventHandler(KeyEvent.KEY_TYPED, typeAhead::keyTyped);
            }
        });
    }

    private void keyTyped(KeyEvent event) {
        String character = event.getCharacter();
        if (character == null || character.isEmpty() || event.isControlDown() || event.isMetaDown()
                || event.isAltDown() || Character.isISOControl(character.charAt(0))) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (now - lastKey > PAUSE_NANOS) {
            typed.setLength(0);
        }
        lastKey = now;
        typed.append(character);
        Optional<CountryChoice> found = startingWith(typed.toString());
        if (found.isEmpty() && typed.length() > character.length()) {
            typed.setLength(0); // no country goes on like that: a new word starts with this letter
            typed.append(character);
            found = startingWith(typed.toString());
        }
        found.ifPresent(choice -> {
            box.getSelectionModel().select(choice);
            if (box.getSkin() instanceof ComboBoxListViewSkin<?> listSkin
                    && listSkin.getPopupContent() instanceof ListView<?> list) {
                list.scrollTo(box.getSelectionModel().getSelectedIndex());
            }
            event.consume();
        });
    }

    private Optional<CountryChoice> startingWith(String text) {
        String prefix = text.toLowerCase(Locale.ROOT);
        return box.getItems().stream()
                .filter(choice -> !choice.isAutomatic() && choice.label().toLowerCase(Locale.ROOT).startsWith(prefix))
                .findFirst();
    }
}
