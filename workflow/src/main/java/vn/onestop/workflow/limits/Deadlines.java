package vn.onestop.workflow.limits;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import vn.onestop.workflow.calendar.WorkingDayCalendar;

/**
 * Turns a limit into a due date: working days on the calendar, or calendar days moved to the next
 * working day when they end on a day off. A stage is due at the end of its last day in the
 * authority's time zone.
 */
public final class Deadlines {

    /** The authority's time zone: days start and end in Hanoi. */
    public static final ZoneId AUTHORITY_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final WorkingDayCalendar calendar;

    public Deadlines(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public LocalDate dueDate(LocalDate start, TimeLimit limit) {
        return switch (limit.count()) {
            case WORKING_DAYS -> calendar.addWorkingDays(start, limit.days());
            case CALENDAR_DAYS -> calendar.onOrAfter(start.plusDays(limit.days()));
        };
    }

    /** The instant a stage that starts at {@code start} becomes overdue. */
    public Instant dueAt(Instant start, TimeLimit limit) {
        LocalDate startDay = LocalDate.ofInstant(start, AUTHORITY_ZONE);
        return endOf(dueDate(startDay, limit));
    }

    /**
     * The last instant of a day in the authority's time zone: when a stage due that day is late.
     */
    public static Instant endOf(LocalDate day) {
        return day.atTime(LocalTime.MAX).atZone(AUTHORITY_ZONE).toInstant();
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }
}
