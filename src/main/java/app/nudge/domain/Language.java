package app.nudge.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The five languages Nudge speaks: for its window and command line (the user's choice, or the
 * system's) and for the messages of each application (its own message language). The code is the
 * ISO 639-1 code the exchange format, the settings file and {@code --lang} use.
 */
public enum Language {
    EN("English"), DE("Deutsch"), FR("Français"), ES("Español"), NL("Nederlands");

    private final String nativeName;

    Language(String nativeName) {
        this.nativeName = nativeName;
    }

    /** "en", "de", ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** The language's own name for itself ("Deutsch"), as a language menu shows it. */
    public String nativeName() {
        return nativeName;
    }

    /** "de", "DE", "de-AT", "de_CH" → DE; anything else → empty. */
    public static Optional<Language> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String code = text.strip().toLowerCase(Locale.ROOT);
        int cut = code.indexOf('-') >= 0 ? code.indexOf('-') : code.indexOf('_');
        String base = cut >= 0 ? code.substring(0, cut) : code;
        for (Language l : values()) {
            if (l.code().equals(base)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The language of a locale, English for any language Nudge does not speak. */
    public static Language of(Locale locale) {
        return parse(locale.getLanguage()).orElse(EN);
    }

    /**
     * The language people write business mail in for an employer in {@code country} (ISO 3166), if
     * it is one of ours: Germany, Austria → German; France → French; Spain, Mexico → Spanish;
     * the Netherlands → Dutch. Empty where more than one is usual (Belgium, Switzerland) or none.
     */
    public static Optional<Language> usualFor(String country) {
        String c = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        return switch (c) {
            case "DE", "AT", "LI" -> Optional.of(DE);
            case "FR", "LU", "MC" -> Optional.of(FR);
            case "ES", "MX", "AR", "CO", "CL", "PE", "UY", "EC", "VE", "BO", "PY", "CR", "PA", "DO", "GT",
                 "HN", "SV", "NI", "CU" -> Optional.of(ES);
            case "NL", "SR" -> Optional.of(NL);
            case "US", "GB", "IE", "AU", "NZ", "CA", "ZA", "SG", "IN" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }
}
