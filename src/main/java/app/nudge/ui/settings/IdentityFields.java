package app.nudge.ui.settings;

import app.nudge.domain.ApplicationRules;
import app.nudge.i18n.Texts;
import app.nudge.settings.UserSettings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The settings' "You" part: the details the drafts sign with, and the email check. */
public final class IdentityFields {

    private final StringProperty yourName = new SimpleStringProperty(this, "yourName", "");
    private final StringProperty yourEmail = new SimpleStringProperty(this, "yourEmail", "");
    private final StringProperty yourPhone = new SimpleStringProperty(this, "yourPhone", "");
    private final StringProperty signature = new SimpleStringProperty(this, "signature", "");
    private final ReadOnlyStringWrapper yourEmailError = new ReadOnlyStringWrapper(this, "yourEmailError", "");

    IdentityFields() {
        yourEmail.addListener(changed -> validate());
    }

    void show(UserSettings s) {
        yourName.set(s.yourName());
        yourEmail.set(s.yourEmail());
        yourPhone.set(s.yourPhone());
        signature.set(s.signature());
        validate();
    }

    /** The settings with these details, trimmed (a signature keeps its inner lines). */
    UserSettings applyTo(UserSettings s) {
        return s.withIdentity(text(yourName).strip(), text(yourEmail).strip(), text(yourPhone).strip(),
                text(signature).stripTrailing());
    }

    boolean validate() {
        String email = text(yourEmail).strip();
        yourEmailError.set(email.isEmpty() || ApplicationRules.isEmail(email) ? ""
                : Texts.t("settings.email.invalid"));
        return yourEmailError.get().isEmpty();
    }

    private static String text(StringProperty p) {
        return p.get() == null ? "" : p.get();
    }

    public StringProperty yourNameProperty() {
        return yourName;
    }

    public StringProperty yourEmailProperty() {
        return yourEmail;
    }

    public StringProperty yourPhoneProperty() {
        return yourPhone;
    }

    public StringProperty signatureProperty() {
        return signature;
    }

    public ReadOnlyStringProperty yourEmailErrorProperty() {
        return yourEmailError.getReadOnlyProperty();
    }
}
