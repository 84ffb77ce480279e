/**
 * Drafts the messages a planned action calls for (docs/follow-up-rules.md, "The messages"):
 * templates with named placeholders, the composer that fills them from the record, phone
 * scripts, a lint that warns (never blocks) and the mailto / HTML forms the UI hands to the mail
 * client or clipboard.
 * Pure: no JavaFX, no JDBC, no clock; today is always a parameter.
 */
package app.nudge.compose;
