package app.nudge.ui.replies;

import java.util.Locale;
import java.util.Set;

/**
 * A company name guessed from a sender's address, to pre-fill a new application: the domain's
 * main label in words ("jobs@acme-corp.com" → "Acme Corp"). Free mail and hiring-system domains
 * say nothing about the company, so they give an empty guess.
 */
public final class CompanyGuess {

    private static final Set<String> SAYS_NOTHING = Set.of("gmail", "googlemail", "outlook", "hotmail", "live",
            "yahoo", "icloud", "me", "aol", "proton", "protonmail", "gmx", "mail", "greenhouse", "lever",
            "workday", "myworkday", "myworkdayjobs", "smartrecruiters", "ashbyhq", "icims", "taleo", "jobvite",
            "bamboohr", "recruitee", "workable", "personio", "teamtailor", "linkedin", "indeed");

    private CompanyGuess() {
    }

    public static String fromAddress(String address) {
        int at = address == null ? -1 : address.lastIndexOf('@');
        if (at < 0) {
            return "";
        }
        String[] labels = address.substring(at + 1).toLowerCase(Locale.ROOT).split("\\.");
        if (labels.length < 2) {
            return "";
        }
        // The label before the public suffix; "co.uk"-style two-part suffixes skip one more.
        int main = labels.length - 2;
        if (main > 0 && labels[main].length() <= 3 && labels[labels.length - 1].length() == 2) {
            main--;
        }
        String label = labels[main];
        if (SAYS_NOTHING.contains(label) || label.isBlank()) {
            return "";
        }
        StringBuilder words = new StringBuilder();
        for (String word : label.split("[-_]+")) {
            if (!word.isEmpty()) {
                words.append(words.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return words.toString();
    }
}
