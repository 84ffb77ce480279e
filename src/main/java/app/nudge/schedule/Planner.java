package app.nudge.schedule;

/** Computes the whole plan for a day (reads the store: blocking, call off the UI thread). */
@FunctionalInterface
public interface Planner {
    PlanSnapshot plan(java.time.LocalDate today);
}
