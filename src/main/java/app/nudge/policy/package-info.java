/**
 * The follow-up policy (rules R1..R12 of docs/follow-up-rules.md) and the business calendar it counts with.
 * Pure: today, the calendar and the intervals are parameters; no clock, no I/O, no JavaFX.
 */
package app.nudge.policy;
