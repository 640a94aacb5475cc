package vn.onestop.licensing.task.service;

import java.time.Instant;
import vn.onestop.workflow.process.CaseStage;
import vn.onestop.workflow.process.EnvironmentalCategory;

/**
 * Filters of the task inbox; null filters match everything.
 *
 * @param investor part of the investor's name, any case
 * @param dueWithinWorkingDays tasks not yet overdue that fall due by the end of the N-th working
 *     day after today, in the authority's time zone (on a Monday, 2 means by Wednesday evening)
 */
public record InboxQuery(
        CaseStage stage,
        Boolean overdue,
        Instant dueBefore,
        String reference,
        Assignment assignment,
        String investor,
        EnvironmentalCategory category,
        Integer dueWithinWorkingDays) {

    /** Whose tasks: the caller's own, or those nobody has claimed. */
    public enum Assignment {
        ME,
        UNASSIGNED
    }

    /** The order of the inbox; ties are broken by creation time, oldest first. */
    public enum Order {
        DUE_AT,
        DUE_AT_DESC,
        CREATED_AT,
        CREATED_AT_DESC
    }

    /** The same filters without the ones the inbox's tabs set. */
    public InboxQuery withoutTab() {
        return new InboxQuery(stage, null, dueBefore, reference, null, investor, category, null);
    }

    public InboxQuery assigned(Assignment value) {
        return new InboxQuery(
                stage,
                overdue,
                dueBefore,
                reference,
                value,
                investor,
                category,
                dueWithinWorkingDays);
    }

    public InboxQuery overdue(boolean value) {
        return new InboxQuery(
                stage,
                value,
                dueBefore,
                reference,
                assignment,
                investor,
                category,
                dueWithinWorkingDays);
    }

    public InboxQuery dueWithin(int workingDays) {
        return new InboxQuery(
                stage, overdue, dueBefore, reference, assignment, investor, category, workingDays);
    }
}
