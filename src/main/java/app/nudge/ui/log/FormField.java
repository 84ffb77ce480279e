package app.nudge.ui.log;

/** The form's fields that can show a problem, in form order; {@code FORM} is for whatever belongs to none. */
public enum FormField { COMPANY, ROLE, ENDED_DATE, ENDED_TIME, DECISION_DATE, INTERVIEWERS, NOTES, FORM }
