package vn.onestop.licensing.task.service;

/** How many tasks each tab of the inbox holds, under the same other filters. */
public record TaskCounts(long assignedToMe, long unclaimed, long overdue, long dueSoon, long all) {}
