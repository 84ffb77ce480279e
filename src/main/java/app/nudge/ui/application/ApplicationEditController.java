package app.nudge.ui.application;

import app.nudge.domain.Application;
import app.nudge.domain.Language;
import app.nudge.i18n.Texts;
import app.nudge.ui.settings.CountryChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Binds the "edit application" view to its view model; builds one line per contact. */
public final class ApplicationEditController {

    private final ApplicationEditViewModel viewModel;
    private final List<String> countryCodes;
    private final Consumer<Application> onSaved;
    private final Runnable onCancel;
    private final ToggleGroup forUpdates = new ToggleGroup();
    /** Set while the form shows the view model's language: that is no choice of the user's. */
    private boolean showingLanguage;

    @FXML
    private Label title;
    @FXML
    private TextField appCompany;
    @FXML
    private TextField appRole;
    @FXML
    private ComboBox<CountryChoice> appCountry;
    @FXML
    private TextField appLocation;
    @FXML
    private TextField appUrl;
    @FXML
    private CheckBox appMayCall;
    @FXML
    private CheckBox appKnownDelay;
    @FXML
    private ComboBox<LanguageChoice> appMessageLanguage;
    @FXML
    private Hyperlink appLanguageOffer;
    @FXML
    private TextArea appNotes;
    @FXML
    private VBox contacts;
    @FXML
    private Button addContact;
    @FXML
    private Label appProblem;
    @FXML
    private Button appSave;
    @FXML
    private Button appCancel;

    /**
     * @param countryCodes the countries whose calendars Nudge knows
     * @param onSaved      called on the JavaFX thread with the stored application
     */
    public ApplicationEditController(ApplicationEditViewModel viewModel, List<String> countryCodes,
                                     Consumer<Application> onSaved, Runnable onCancel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.countryCodes = List.copyOf(countryCodes);
        this.onSaved = Objects.requireNonNull(onSaved, "onSaved");
        this.onCancel = Objects.requireNonNull(onCancel, "onCancel");
    }

    @FXML
    private void initialize() {
        Application a = viewModel.original();
        title.setText(Texts.t("application.title", "company", a.company(), "role", a.role()));
        appCompany.textProperty().bindBidirectional(viewModel.companyProperty());
        appRole.textProperty().bindBidirectional(viewModel.roleProperty());
        appLocation.textProperty().bindBidirectional(viewModel.locationProperty());
        appUrl.textProperty().bindBidirectional(viewModel.urlProperty());
        appMayCall.selectedProperty().bindBidirectional(viewModel.mayCallProperty());
        appKnownDelay.selectedProperty().bindBidirectional(viewModel.knownDelayProperty());
        appNotes.textProperty().bindBidirectional(viewModel.notesProperty());
        countries();
        languages();

        viewModel.contacts().addListener((ListChangeListener<ContactRow>) change -> {
            boolean structural = false;
            while (change.next()) {
                structural |= !change.wasUpdated();
            }
            if (structural) {
                rebuildContacts();
            }
        });
        rebuildContacts();
        addContact.setOnAction(e -> {
            viewModel.addContact();
            contacts.getChildren().get(contacts.getChildren().size() - 1).lookup(".contact-name").requestFocus();
        });

        appProblem.textProperty().bind(viewModel.problemProperty());
        appProblem.visibleProperty().bind(Bindings.isNotEmpty(viewModel.problemProperty()));
        appSave.disableProperty().bind(viewModel.savingProperty());
        appSave.setOnAction(e -> viewModel.save().thenAccept(onSaved));
        appCancel.setOnAction(e -> onCancel.run());
    }

    /** The stored code first if Nudge has no calendar for it, so opening and saving never changes it. */
    private void countries() {
        String stored = viewModel.countryProperty().get();
        List<String> codes = new ArrayList<>(countryCodes);
        if (!stored.isEmpty() && !countryCodes.contains(stored)) {
            codes.add(stored);
        }
        // Sorted by the name in the window's language, as Settings and the welcome sort them.
        List<CountryChoice> choices = CountryChoice.list(
                new CountryChoice("", Texts.t("application.countryAsInSettings")), codes);
        appCountry.setItems(FXCollections.observableArrayList(choices));
        appCountry.setValue(choices.stream().filter(c -> c.code().equals(stored)).findFirst().orElse(choices.get(0)));
        appCountry.valueProperty().addListener((obs, was, now) ->
                viewModel.countryProperty().set(now == null ? "" : now.code()));
        // The view model may change it too: a save refused as changed elsewhere shows the newer country.
        viewModel.countryProperty().addListener((obs, was, now) -> {
            if (appCountry.getValue() == null || !appCountry.getValue().code().equals(now)) {
                appCountry.setValue(appCountry.getItems().stream().filter(c -> c.code().equals(now)).findFirst()
                        .orElseGet(() -> {
                            CountryChoice unknown = CountryChoice.of(now);
                            appCountry.getItems().add(1, unknown);
                            return unknown;
                        }));
            }
        });
    }

    /**
     * The message language: "Your language (English)" first (nothing stored: it follows the user),
     * then the five by their own names. What the user picks is their choice; what the view model
     * sets (the country's usual language, a newer record's) is only shown. When the country usually
     * writes in another language than the one shown, a link offers it, never choosing it itself.
     */
    private void languages() {
        List<LanguageChoice> choices = new ArrayList<>();
        choices.add(new LanguageChoice(Optional.empty(),
                Texts.t("application.messageLanguageYours", "language", Texts.current().language().nativeName())));
        for (Language l : Language.values()) {
            choices.add(new LanguageChoice(Optional.of(l), l.nativeName()));
        }
        appMessageLanguage.setItems(FXCollections.observableArrayList(choices));
        showLanguage(viewModel.messageLanguageProperty().get());
        appMessageLanguage.valueProperty().addListener((obs, was, now) -> {
            if (!showingLanguage && now != null) {
                viewModel.chooseLanguage(now.language());
            }
        });
        // Added after the view model's own country listener: by now the language follows the country.
        viewModel.messageLanguageProperty().addListener((obs, was, now) -> showLanguage(now));
        viewModel.countryProperty().addListener(obs -> offerLanguage());
        appLanguageOffer.setOnAction(e -> viewModel.languageOffered()
                .ifPresent(l -> viewModel.chooseLanguage(Optional.of(l))));
        offerLanguage();
    }

    private void showLanguage(Optional<Language> language) {
        showingLanguage = true;
        try {
            appMessageLanguage.setValue(appMessageLanguage.getItems().stream()
                    .filter(c -> c.language().equals(language)).findFirst().orElseThrow());
        } finally {
            showingLanguage = false;
        }
        offerLanguage();
    }

    private void offerLanguage() {
        Optional<Language> offered = viewModel.languageOffered();
        appLanguageOffer.setVisible(offered.isPresent());
        appLanguageOffer.setManaged(offered.isPresent());
        appLanguageOffer.setText(offered.map(l -> Texts.t("application.messageLanguageOffer", "language",
                l.locale().getDisplayLanguage(Texts.current().locale()))).orElse("")); // "Französisch" in a German window
    }

    /** One entry of the message-language box; empty: the user's language. */
    record LanguageChoice(Optional<Language> language, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    public void focusFirstField() {
        appCompany.requestFocus();
    }

    private void rebuildContacts() {
        contacts.getChildren().clear();
        forUpdates.getToggles().clear();
        List<ContactRow> rows = viewModel.contacts();
        if (rows.isEmpty()) {
            Label none = new Label(Texts.t("application.noContacts"));
            none.getStyleClass().add("field-hint");
            contacts.getChildren().add(none);
        }
        for (int i = 0; i < rows.size(); i++) {
            contacts.getChildren().add(line(rows.get(i), i + 1));
        }
    }

    private HBox line(ContactRow row, int number) {
        TextField name = text(row.nameProperty(), Texts.t("application.contactName"), "contact-name",
                Texts.t("application.contactNameOf", "number", number));
        TextField email = text(row.emailProperty(), Texts.t("application.contactEmail"), "contact-email",
                Texts.t("application.contactEmailOf", "number", number));
        TextField phone = text(row.phoneProperty(), Texts.t("application.contactPhone"), "contact-phone",
                Texts.t("application.contactPhoneOf", "number", number));
        TextField role = text(row.titleProperty(), Texts.t("application.contactRole"), "contact-title",
                Texts.t("application.contactRoleOf", "number", number));
        RadioButton updates = new RadioButton(Texts.t("application.updates"));
        updates.getStyleClass().add("contact-updates");
        updates.setAccessibleText(Texts.t("application.updatesOf", "number", number));
        updates.setToggleGroup(forUpdates);
        updates.selectedProperty().bindBidirectional(row.forUpdatesProperty());
        Button remove = new Button(Texts.t("application.remove"));
        remove.getStyleClass().addAll("subtle", "contact-remove");
        remove.setAccessibleText(Texts.t("application.removeOf", "number", number));
        remove.setOnAction(e -> viewModel.removeContact(row));
        // The words stay whole; the text fields give way (an email gets the most room).
        updates.setMinWidth(Region.USE_PREF_SIZE);
        remove.setMinWidth(Region.USE_PREF_SIZE);
        email.setPrefColumnCount(14);
        phone.setPrefColumnCount(6);
        HBox line = new HBox(name, email, phone, role, updates, remove);
        line.getStyleClass().addAll("interviewer-line", "contact-line");
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private static TextField text(StringProperty value, String prompt, String styleClass, String accessible) {
        TextField field = new TextField();
        field.setPromptText(prompt);
        field.getStyleClass().add(styleClass);
        field.setAccessibleText(accessible);
        field.setPrefColumnCount(8);
        HBox.setHgrow(field, Priority.ALWAYS);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
