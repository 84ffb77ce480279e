package app.nudge.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.domain.ThemeChoice;
import app.nudge.policy.Preset;
import app.nudge.service.SettingsService;
import app.nudge.settings.SettingsCodec;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.SettingsRepository;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings dialog's state against a real database; database and UI executors run directly. */
class SettingsViewModelTest {

    @TempDir
    Path dir;

    private Database db;
    private SettingsRepository repository;
    private SettingsService service;
    private final AtomicInteger replans = new AtomicInteger();

    @BeforeEach
    void open() {
        db = Database.openOrCreate(new DatabasePath(dir.resolve("nudge")));
        repository = new SettingsRepository(db);
        service = new SettingsService(() -> new SettingsRepository(db), Runnable::run);
        service.onChange(replans::incrementAndGet);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private SettingsViewModel loaded() {
        SettingsViewModel vm = new SettingsViewModel(service, List.of("us", "DE", "FR", "DE"), Runnable::run);
        vm.load();
        assertTrue(vm.loadedProperty().get(), vm.statusProperty().get());
        return vm;
    }

    @Test
    void offersAutomaticThenTheSupportedCountriesByName() {
        SettingsViewModel vm = loaded();
        assertEquals(List.of(CountryChoice.automatic(), new CountryChoice("FR", "France (FR)"),
                new CountryChoice("DE", "Germany (DE)"), new CountryChoice("US", "United States (US)")), vm.calendar().countries());
        assertEquals("Automatic (from your computer's region)", vm.calendar().countries().get(0).label());
    }

    @Test
    void automaticSaysWhichCountryItChose() {
        SettingsViewModel vm = new SettingsViewModel(service, List.of("DE", "US"), "DE", Runnable::run);
        vm.load();
        assertEquals("Automatic (Germany)", vm.calendar().countries().get(0).label());
        assertEquals("Automatic (Germany)", vm.calendar().getCountry().label(), "nothing stored: automatic");
        assertEquals("", vm.toSettings().country(), "automatic is stored as no country, not as DE");
    }

    @Test
    void anEmptyStoreGivesTheDefaults() {
        SettingsViewModel vm = loaded();
        assertEquals(TimingChoice.STANDARD, vm.timing().timingProperty().get());
        assertEquals("", vm.calendar().getCountry().code());
        assertEquals(Map.ofEntries(Map.entry("yourName", ""), Map.entry("yourEmail", ""), Map.entry("yourPhone", ""),
                Map.entry("signature", ""), Map.entry("country", ""), Map.entry("holidaysNone", "false"),
                Map.entry("preset", "STANDARD"), Map.entry("customIntervals", ""), Map.entry("theme", "light"),
                Map.entry("welcomeDone", "false"), Map.entry("inboxEnabled", "false"), Map.entry("inboxAddress", ""),
                Map.entry("inboxPollMinutes", "5"), Map.entry("language", "")), SettingsCodec.encode(vm.toSettings()));
    }

    @Test
    void loadsStoredValues() {
        repository.putAll(Map.of("yourName", "Jane Doe", "yourEmail", "jane@example.org", "yourPhone", "+1 555 0100",
                "signature", "Jane\n+1 555 0100", "country", "de", "holidaysNone", "true", "preset", "PATIENT",
                "customIntervals", "2,4,6,9,3,8,true", "theme", "dark"));
        SettingsViewModel vm = loaded();
        assertEquals("Jane Doe", vm.identity().yourNameProperty().get());
        assertEquals("jane@example.org", vm.identity().yourEmailProperty().get());
        assertEquals("+1 555 0100", vm.identity().yourPhoneProperty().get());
        assertEquals("Jane\n+1 555 0100", vm.identity().signatureProperty().get());
        assertEquals("DE", vm.calendar().getCountry().code());
        assertTrue(vm.calendar().holidaysNoneProperty().get());
        assertEquals(TimingChoice.CUSTOM, vm.timing().timingProperty().get());
        assertEquals(Preset.PATIENT, vm.timing().basePresetProperty().get());
        assertEquals(List.of(2, 4, 6, 9, 3, 8), List.of(vm.timing().afterDecisionMinProperty().get(), vm.timing().afterDecisionMaxProperty().get(),
                vm.timing().noDateMinProperty().get(), vm.timing().noDateMaxProperty().get(), vm.timing().betweenMinProperty().get(), vm.timing().betweenMaxProperty().get()));
        assertTrue(vm.timing().secondaryContactProperty().get());
        assertEquals(ThemeChoice.DARK, vm.themeProperty().get());
    }

    @Test
    void aStoredCountryOutsideTheListIsKept() {
        repository.put("country", "JP");
        SettingsViewModel vm = loaded();
        assertEquals("Japan (JP)", vm.calendar().getCountry().label());
        assertTrue(vm.calendar().countries().contains(vm.calendar().getCountry()));
        assertEquals("JP", SettingsCodec.encode(vm.toSettings()).get("country"));
    }

    @Test
    void unreadableCustomIntervalsFallBackToThePreset() {
        repository.putAll(Map.of("preset", "persistent", "customIntervals", "3,1,5,7,5,7,false"));
        SettingsViewModel vm = loaded();
        assertEquals(TimingChoice.PERSISTENT, vm.timing().timingProperty().get());
        assertEquals(2, vm.timing().afterDecisionMaxProperty().get());
        assertTrue(vm.timing().secondaryContactProperty().get());
    }

    @Test
    void savingWritesEveryKeyInOneSaveAndReplans() {
        SettingsViewModel vm = loaded();
        vm.identity().yourNameProperty().set("  Jane Doe ");
        vm.identity().yourEmailProperty().set("jane@example.org");
        vm.identity().yourPhoneProperty().set("+49 30 1234");
        vm.identity().signatureProperty().set("Jane Doe\nBerlin\n\n");
        vm.calendar().countryProperty().set(CountryChoice.of("DE"));
        vm.calendar().holidaysNoneProperty().set(true);
        vm.timing().timingProperty().set(TimingChoice.PATIENT);
        vm.themeProperty().set(ThemeChoice.DARK);

        assertTrue(vm.save().join());

        assertEquals(Map.ofEntries(Map.entry("yourName", "Jane Doe"), Map.entry("yourEmail", "jane@example.org"),
                Map.entry("yourPhone", "+49 30 1234"), Map.entry("signature", "Jane Doe\nBerlin"), Map.entry("country", "DE"),
                Map.entry("holidaysNone", "true"), Map.entry("preset", "PATIENT"), Map.entry("customIntervals", ""),
                Map.entry("theme", "dark"), Map.entry("welcomeDone", "false"), Map.entry("inboxEnabled", "false"),
                Map.entry("inboxAddress", ""), Map.entry("inboxPollMinutes", "5"), Map.entry("language", "")), repository.all());
        assertEquals(1, replans.get(), "one save, one re-plan");
    }

    @Test
    void customKeepsThePresetItStartedFromAndStoresTheNumbers() {
        SettingsViewModel vm = loaded();
        vm.timing().timingProperty().set(TimingChoice.PERSISTENT);
        vm.timing().timingProperty().set(TimingChoice.CUSTOM);
        assertEquals(1, vm.timing().afterDecisionMinProperty().get(), "Custom starts from the preset's numbers");
        vm.timing().afterDecisionMaxProperty().set(4);
        vm.timing().betweenMinProperty().set(6);
        vm.timing().betweenMaxProperty().set(9);
        vm.timing().secondaryContactProperty().set(false);

        assertTrue(vm.save().join());

        assertEquals("PERSISTENT", repository.all().get("preset"));
        assertEquals("1,4,5,7,6,9,false", repository.all().get("customIntervals"));
    }

    @Test
    void minAboveMaxShowsAnErrorAndStoresNothing() {
        SettingsViewModel vm = loaded();
        vm.timing().timingProperty().set(TimingChoice.CUSTOM);
        vm.timing().noDateMinProperty().set(8);
        vm.timing().noDateMaxProperty().set(6);

        assertEquals("The first number (8) must not be larger than the second (6).", vm.timing().noDateErrorProperty().get());
        assertEquals("", vm.timing().afterDecisionErrorProperty().get());
        assertEquals("", vm.timing().betweenErrorProperty().get());
        assertFalse(vm.validProperty().get());
        assertFalse(vm.save().join());
        assertTrue(repository.all().isEmpty(), "nothing stored");
        assertEquals(0, replans.get());
        assertTrue(vm.failedProperty().get());
    }

    @Test
    void numbersBelowOneAreRejected() {
        assertEquals("Use whole numbers of at least 1 business day.", TimingFields.rangeProblem(0, 3));
        assertEquals("Enter a whole number of business days in both boxes.", TimingFields.rangeProblem(null, 3));
        assertEquals("", TimingFields.rangeProblem(3, 3));
    }

    @Test
    void anInvalidEmailBlocksTheSave() {
        SettingsViewModel vm = loaded();
        vm.identity().yourEmailProperty().set("jane at example");
        assertFalse(vm.identity().yourEmailErrorProperty().get().isEmpty());
        assertFalse(vm.save().join());
        assertTrue(repository.all().isEmpty());
    }

    @Test
    void choosingANamedPresetClearsTheCustomIntervals() {
        repository.putAll(Map.of("preset", "STANDARD", "customIntervals", "1,3,5,9,5,9,false"));
        SettingsViewModel vm = loaded();
        assertEquals(TimingChoice.CUSTOM, vm.timing().timingProperty().get());
        vm.timing().timingProperty().set(TimingChoice.PATIENT);
        assertEquals(7, vm.timing().noDateMinProperty().get(), "the preset's numbers are on show");

        assertTrue(vm.save().join());

        assertEquals("PATIENT", repository.all().get("preset"));
        assertEquals("", repository.all().get("customIntervals"));
    }

    @Test
    void presetErrorsDoNotCountWhileANamedPresetIsChosen() {
        SettingsViewModel vm = loaded();
        vm.timing().timingProperty().set(TimingChoice.CUSTOM);
        vm.timing().betweenMinProperty().set(9);
        assertFalse(vm.validProperty().get());
        vm.timing().timingProperty().set(TimingChoice.STANDARD);
        assertTrue(vm.validProperty().get());
        assertEquals("", vm.timing().betweenErrorProperty().get());
    }

    @Test
    void nothingIsSavedBeforeTheSettingsLoaded() {
        SettingsViewModel vm = new SettingsViewModel(service, List.of("DE"), Runnable::run);
        vm.identity().yourNameProperty().set("Jane");
        assertFalse(vm.save().join());
        assertTrue(repository.all().isEmpty());
    }

    @Test
    void aFailingStoreIsReported() {
        SettingsViewModel vm = loaded();
        db.close();
        assertFalse(vm.save().join());
        assertTrue(vm.failedProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Your settings could not be saved: "), vm.statusProperty().get());
        db = Database.openOrCreate(new DatabasePath(dir.resolve("nudge")));
    }

    @Test
    void explanationsComeFromThePresetNumbers() {
        assertEquals("First follow-up 1–3 business days after the promised decision date, or 5–7 without one; "
                + "5–7 between attempts.", TimingChoice.STANDARD.explanation());
        assertTrue(TimingChoice.PERSISTENT.explanation().contains("1–2 business days")
                && TimingChoice.PERSISTENT.explanation().endsWith("a third try goes to a second contact."));
        assertTrue(TimingChoice.PATIENT.explanation().contains("7–10 without one"));
    }

    @Test
    void storedValuesOutsideTheKnownOnesBecomeTheDefaults() {
        Map<String, String> values = new HashMap<>();
        values.put("preset", "EAGER");
        values.put("theme", "purple");
        repository.putAll(values);
        SettingsViewModel vm = loaded();
        assertEquals(TimingChoice.STANDARD, vm.timing().timingProperty().get());
        assertEquals(ThemeChoice.LIGHT, vm.themeProperty().get());
    }

    @Test
    void savingKeepsTheWelcomeFlagAndCanFollowTheSystemTheme() {
        repository.putAll(Map.of("welcomeDone", "true", "theme", "dark"));
        SettingsViewModel vm = loaded();
        vm.themeProperty().set(ThemeChoice.SYSTEM);

        assertTrue(vm.save().join());

        assertEquals("true", repository.all().get("welcomeDone"), "the dialog does not show the flag, and keeps it");
        assertEquals("system", repository.all().get("theme"));
    }
}
