/**
 * What the job search's own history says: the funnel, whether following up works, how long
 * employers take, week by week, thank-yous on time (the Insights view and {@code nudge insights}),
 * and the rows of the activity report an agency asks for. Pure: computed from applications and
 * their events with no JavaFX, no SQL and no files, so the view and the command line share one
 * set of definitions (docs/insights.md).
 */
package app.nudge.insights;
