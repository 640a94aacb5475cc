package vn.onestop.workflow.limits;

/** One limit: so many days, counted so, on this legal basis. */
public record TimeLimit(int days, DayCount count, String basis) {}
