package app.nudge.ui.board;

/** How pressing a card is; shown by colour and always also by icon and text. */
public enum Urgency {
    OVERDUE("⚠"),
    DUE("●"),
    UPCOMING("◷"),
    NONE("");

    private final String icon;

    Urgency(String icon) {
        this.icon = icon;
    }

    public String icon() {
        return icon;
    }

    /** Due or overdue: on the due strip and in the due count. */
    public boolean needsAttention() {
        return this == DUE || this == OVERDUE;
    }

    public String styleClass() {
        return "badge-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
