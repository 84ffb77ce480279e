/**
 * The job-search record: applications, their contacts, interview rounds and the timeline
 * of events. Plain immutable values; no JavaFX, no SQL, no clock.
 */
package app.nudge.domain;
