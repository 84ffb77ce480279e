/**
 * Keeps the plan current while the app runs: re-plans at start, after every change, when the
 * local date changes (midnight), after the computer wakes (the wall clock jumped), and every 15
 * minutes, and tells listeners what is due.
 */
package app.nudge.schedule;
