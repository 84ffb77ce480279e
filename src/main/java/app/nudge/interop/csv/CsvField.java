package app.nudge.interop.csv;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a CSV column can fill in an application. Each field knows the header names it answers to,
 * compared after {@link #normalise} ("Job Title", "job_title" and "jobTitle" are one name).
 */
public enum CsvField {
    COMPANY("company", true, "company", "companyname", "employer", "organization", "organisation"),
    ROLE("role", true, "role", "jobtitle", "title", "position", "positiontitle", "job"),
    STATUS("status", false, "status", "stage", "listname", "list", "state", "applicationstatus"),
    DATE("date", false, "date", "applicationdate", "dateapplied", "applieddate", "appliedon", "applied",
            "appliedat", "dateadded", "added", "addedon", "createdat", "created", "datecreated", "createdon"),
    CONTACT("contact", false, "contact", "contactname", "recruiter", "recruitername", "hiringmanager"),
    EMAIL("email", false, "email", "contactemail", "emailaddress", "recruiteremail", "email address"),
    NOTES("notes", false, "notes", "note", "comments", "comment"),
    URL("url", false, "url", "joburl", "link", "joblink", "postingurl", "jobposting", "jobpostingurl");

    private final String key;
    private final boolean required;
    private final List<String> synonyms;

    CsvField(String key, boolean required, String... synonyms) {
        this.key = key;
        this.required = required;
        this.synonyms = List.of(synonyms);
    }

    /** The name used in a mapping file and shown to the user ("company"). */
    public String key() {
        return key;
    }

    /** Without a column for it no row can become an application. */
    public boolean required() {
        return required;
    }

    /** Whether a header, normalised, is one of this field's names. */
    boolean answersTo(String header) {
        String name = normalise(header);
        return synonyms.stream().anyMatch(s -> normalise(s).equals(name));
    }

    /** The position of the header among this field's names: lower is a better match. */
    int rank(String header) {
        String name = normalise(header);
        for (int i = 0; i < synonyms.size(); i++) {
            if (normalise(synonyms.get(i)).equals(name)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    public static Optional<CsvField> byKey(String key) {
        String wanted = key.strip().toLowerCase(Locale.ROOT);
        for (CsvField f : values()) {
            if (f.key.equals(wanted)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Lower case, letters and digits only. */
    static String normalise(String header) {
        StringBuilder b = new StringBuilder();
        header.strip().toLowerCase(Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }
}
