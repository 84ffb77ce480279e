package app.nudge.replies;

import java.util.regex.Pattern;

/**
 * A company's name as the matcher looks for it: without its legal form ("Acme GmbH & Co. KG" is
 * looked for as "Acme"), as whole words, in any case, with any spacing between its words.
 */
record CompanyName(String bare, Pattern pattern, String firstWord) {

    /** Legal forms that a company's name may carry or drop ("Acme Inc." is named as "Acme"). */
    private static final Pattern LEGAL_SUFFIX = Pattern.compile(
            "[\\s,&]+(inc|incorporated|llc|l\\.l\\.c|ltd|limited|gmbh|ag|plc|corp|corporation|co|company|sa|s\\.a|sas|sarl"
                    + "|bv|b\\.v|nv|n\\.v|pty|llp|lp|oy|ab|as|a/s|kg|se|spa|s\\.p\\.a|srl|kk|ug)\\.?$|[\\s,&]+$",
            Pattern.CASE_INSENSITIVE);

    static CompanyName of(String company) {
        String bare = bareName(company);
        return new CompanyName(bare, namePattern(bare), ApplicationIndex.firstWord(bare));
    }

    /** A one-character name (or none) is never looked for: it would be found everywhere. */
    boolean searchable() {
        return pattern != null && !firstWord.isEmpty();
    }

    boolean isNamedIn(String text) {
        return searchable() && pattern.matcher(text).find();
    }

    /** The name without its legal forms: "Acme GmbH & Co. KG" → "Acme". */
    static String bareName(String company) {
        String name = company.strip();
        String shorter = LEGAL_SUFFIX.matcher(name).replaceFirst("");
        while (!shorter.equals(name) && !shorter.isBlank()) {
            name = shorter;
            shorter = LEGAL_SUFFIX.matcher(name).replaceFirst("");
        }
        return name;
    }

    private static Pattern namePattern(String name) {
        if (name.codePointCount(0, name.length()) < 2) {
            return null;
        }
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        String[] words = name.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
        }
        regex.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
