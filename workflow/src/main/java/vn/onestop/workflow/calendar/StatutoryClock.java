package vn.onestop.workflow.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The statutory clock of a case: a number of working days from the day the dossier was received,
 * not running while the investor owes a supplement. Days are counted as in {@link
 * WorkingDayCalendar#addWorkingDays}: the start day and the day a pause begins are not lost, the
 * day a pause ends counts again.
 */
public final class StatutoryClock {

    /** A period during which the clock stood still: [from, until), until empty while ongoing. */
    public record Pause(LocalDate from, Optional<LocalDate> until) {}

    private final WorkingDayCalendar calendar;
    private final LocalDate start;
    private final int limit;
    private final List<Pause> pauses;

    public StatutoryClock(
            WorkingDayCalendar calendar,
            LocalDate start,
            int limitInWorkingDays,
            List<Pause> pauses) {
        this.calendar = calendar;
        this.start = start;
        this.limit = limitInWorkingDays;
        this.pauses = pauses.stream().sorted(Comparator.comparing(Pause::from)).toList();
    }

    public boolean isPaused() {
        return pauses.stream().anyMatch(p -> p.until().isEmpty());
    }

    /** Working days the authority has used up to and including {@code today}. */
    public int daysUsed(LocalDate today) {
        int used = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day) && !paused(day)) {
                used++;
            }
        }
        return used;
    }

    public int daysLeft(LocalDate today) {
        return limit - daysUsed(today);
    }

    /**
     * The last day of the limit, with every past pause added; empty while paused, since the end
     * depends on when the investor answers.
     */
    public Optional<LocalDate> dueDate() {
        if (isPaused()) {
            return Optional.empty();
        }
        int counted = 0;
        LocalDate day = start;
        while (counted < limit) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day) && !paused(day)) {
                counted++;
            }
        }
        return Optional.of(day);
    }

    public int limit() {
        return limit;
    }

    /** The pauses in order, for reports. */
    public List<Pause> pauses() {
        return new ArrayList<>(pauses);
    }

    private boolean paused(LocalDate day) {
        for (Pause pause : pauses) {
            boolean started = !day.isBefore(pause.from());
            boolean notEnded = pause.until().map(day::isBefore).orElse(true);
            if (started && notEnded) {
                return true;
            }
        }
        return false;
    }
}
