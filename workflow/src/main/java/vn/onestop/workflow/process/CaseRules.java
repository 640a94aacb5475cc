package vn.onestop.workflow.process;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import vn.onestop.workflow.calendar.WorkingDayCalendar;
import vn.onestop.workflow.limits.Deadlines;
import vn.onestop.workflow.limits.LimitKey;
import vn.onestop.workflow.limits.RuleSet;
import vn.onestop.workflow.limits.TimeLimitCatalog;

/**
 * The calendar and the time-limit rule sets as one application-wide bean, for the process's timers
 * and for the application's dates (receipts, statutory clock).
 */
@ApplicationScoped
public class CaseRules {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.vietnam();
    private final TimeLimitCatalog catalog = TimeLimitCatalog.fromClasspath();
    private final Deadlines deadlines = new Deadlines(calendar);

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public TimeLimitCatalog catalog() {
        return catalog;
    }

    public Deadlines deadlines() {
        return deadlines;
    }

    /** When a period under {@code key} of the case's rule set, starting at {@code start}, ends. */
    public Instant dueAt(String ruleSetVersion, LimitKey key, Instant start) {
        RuleSet ruleSet = catalog.version(ruleSetVersion);
        return deadlines.dueAt(start, ruleSet.limit(key));
    }
}
