/**
 * The user's settings as one typed value ({@link app.nudge.settings.UserSettings}) and the one
 * codec between it and the name/value pairs the store keeps ({@link app.nudge.settings.SettingsCodec}).
 * Pure: no JavaFX, no SQL; the store, the planner, the exchange format and the views all read the
 * settings through here, so a key or a stored form is written in one place only.
 */
package app.nudge.settings;
