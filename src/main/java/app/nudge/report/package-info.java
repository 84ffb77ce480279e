/**
 * The activity report as files: a PDF to hand to an agency and a CSV for a spreadsheet, from the
 * pure {@link app.nudge.insights.ActivityReport}. Used by {@code nudge report} and the app's
 * "Activity report…" dialog alike.
 */
package app.nudge.report;
