/**
 * The embedded H2 file database: opening it (Flyway migrations), the repositories and the
 * settings. Every method here does blocking I/O: call it from the database thread, never the
 * JavaFX thread, and never interrupt a thread inside it (an interrupt during H2 file I/O can
 * corrupt the file).
 */
package app.nudge.store;
