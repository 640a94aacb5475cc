package vn.onestop.workflow.limits;

/** Whether a limit counts working days or calendar days. */
public enum DayCount {
    WORKING_DAYS,
    CALENDAR_DAYS
}
