package vn.onestop.licensing.task.service;

import java.time.Instant;
import vn.onestop.workflow.process.CaseStage;

/** Filters of the task inbox; null filters match everything. */
public record InboxQuery(CaseStage stage, Boolean overdue, Instant dueBefore, String reference) {}
