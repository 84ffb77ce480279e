package app.nudge.ui.settings;

import app.nudge.settings.UserSettings;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The settings' "Business days" part: whose public holidays count (a country, or automatic), or
 * none at all. Shared by the settings dialog and the first-run welcome.
 */
public final class CalendarFields {

    private final ObservableList<CountryChoice> countries = FXCollections.observableArrayList();
    private final ObjectProperty<CountryChoice> country;
    private final BooleanProperty holidaysNone = new SimpleBooleanProperty(this, "holidaysNone", false);

    /**
     * @param countryCodes     the ISO 3166 codes that have a holiday calendar (the app passes jollyday's list)
     * @param automaticCountry the code "Automatic" stands for on this computer, or "" when not known
     */
    public CalendarFields(List<String> countryCodes, String automaticCountry) {
        countries.setAll(CountryChoice.list(CountryChoice.automatic(automaticCountry), countryCodes));
        country = new SimpleObjectProperty<>(this, "country", countries.get(0));
    }

    void show(UserSettings s) {
        country.set(choiceFor(s.country()));
        holidaysNone.set(s.holidaysNone());
    }

    UserSettings applyTo(UserSettings s) {
        return s.withCalendar(getCountry().code(), holidaysNone.get());
    }

    /** Chooses the code's entry ("" = automatic). */
    public void select(String code) {
        country.set(choiceFor(code));
    }

    /** The stored code's entry; a code outside the supported list is added rather than dropped. */
    CountryChoice choiceFor(String code) {
        if (code == null || code.isBlank()) {
            return countries.get(0);
        }
        CountryChoice wanted = CountryChoice.of(code);
        if (!countries.contains(wanted)) {
            List<CountryChoice> all = new ArrayList<>(countries.subList(1, countries.size()));
            all.add(wanted);
            all.sort(CountryChoice.BY_NAME);
            all.add(0, countries.get(0));
            countries.setAll(all);
        }
        return wanted;
    }

    /** Automatic first (naming the country it chose), then the supported countries by name. */
    public ObservableList<CountryChoice> countries() {
        return FXCollections.unmodifiableObservableList(countries);
    }

    public ObjectProperty<CountryChoice> countryProperty() {
        return country;
    }

    /** The chosen country, automatic when none is chosen. */
    public CountryChoice getCountry() {
        return country.get() == null ? countries.get(0) : country.get();
    }

    public BooleanProperty holidaysNoneProperty() {
        return holidaysNone;
    }
}
