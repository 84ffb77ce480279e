/**
 * The words of the window and the command line in each language Nudge speaks, read from resource
 * files; no UI and no database.
 */
package app.nudge.i18n;
