/**
 * Calendar and spreadsheet interoperability: the plan as an iCalendar file ({@code ics}), and
 * applications in and out of CSV sheets from other job trackers ({@code csv}). Reads and writes
 * through the store like the JSON exchange; knows nothing of the UI or the command line.
 */
package app.nudge.interop;
