/**
 * Telling the user when something becomes due while Nudge runs: inside the window always, and
 * through the desktop's own notifications where the platform has them.
 */
package app.nudge.notify;
