package app.nudge.ui.settings;

import app.nudge.domain.Language;
import app.nudge.i18n.Texts;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/**
 * The Settings' language box: "System (English)" first, naming the language the system gives (the
 * one Nudge uses when nothing is chosen), then each language by its own name, so that someone who
 * cannot read the window's present language still finds theirs. A choice applies at the next start.
 */
final class LanguageChoices {

    private LanguageChoices() {
    }

    static void bind(ComboBox<Optional<Language>> box, ObjectProperty<Optional<Language>> value) {
        box.getItems().setAll(Optional.empty());
        Arrays.stream(Language.values()).map(Optional::of).forEach(box.getItems()::add);
        StringConverter<Optional<Language>> words = new StringConverter<>() {
            @Override
            public String toString(Optional<Language> choice) {
                return label(choice);
            }

            @Override
            public Optional<Language> fromString(String text) {
                return box.getItems().stream().filter(c -> label(c).equals(text)).findFirst().orElse(Optional.empty());
            }
        };
        box.setConverter(words);
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Optional<Language> item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : label(item));
            }
        });
        box.valueProperty().bindBidirectional(value);
    }

    /** "System (English)", "Deutsch", "Français"...; null (nothing chosen yet) reads as the system's. */
    static String label(Optional<Language> choice) {
        if (choice == null || choice.isEmpty()) {
            return Texts.t("settings.language.system", "language", Language.of(Locale.getDefault()).nativeName());
        }
        return choice.get().nativeName();
    }
}
