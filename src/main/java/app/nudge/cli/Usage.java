package app.nudge.cli;

import app.nudge.i18n.Texts;

/**
 * A command's {@code --help} in the language of the run: the synopsis and the option names are
 * typed, so they stay as they are; the word "usage" and the explanations are translated. Option
 * explanations are aligned in one column whatever their language's length.
 */
final class Usage {

    private Usage() {
    }

    /**
     * @param synopsis       "nudge backups [--db PATH]", as typed
     * @param explanation    the lines under the synopsis, in words
     * @param optionsAndTexts pairs: the option as typed ("--db PATH"), then its explanation in words
     */
    static String of(String synopsis, String explanation, String... optionsAndTexts) {
        StringBuilder s = new StringBuilder(Texts.t("cli.usage", "synopsis", synopsis)).append('\n').append(explanation);
        int width = 0;
        for (int i = 0; i < optionsAndTexts.length; i += 2) {
            width = Math.max(width, optionsAndTexts[i].length());
        }
        // A long explanation goes on under its own column, not under the option names.
        String indent = " ".repeat(width + 4);
        for (int i = 0; i < optionsAndTexts.length; i += 2) {
            s.append("\n  ").append(String.format("%-" + width + "s", optionsAndTexts[i])).append("  ")
                    .append(optionsAndTexts[i + 1].replace("\n", "\n" + indent));
        }
        return s.toString();
    }

    /** What {@code --db} takes, for every command's usage: a file, or a schema on a server. */
    static String dbMeaning() {
        return Texts.t("cli.option.db");
    }
}
