package vn.onestop.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.onestop.workflow.calendar.StatutoryClock.Pause;

class StatutoryClockTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.vietnam();
    private final LocalDate receivedOn = LocalDate.of(2026, 11, 2); // a Monday

    @Test
    void shouldRunFifteenWorkingDaysWithoutPauses() {
        var clock = new StatutoryClock(calendar, receivedOn, 15, List.of());

        assertThat(clock.dueDate()).contains(LocalDate.of(2026, 11, 23));
        assertThat(clock.daysUsed(LocalDate.of(2026, 11, 6))).isEqualTo(4);
        assertThat(clock.daysLeft(LocalDate.of(2026, 11, 6))).isEqualTo(11);
    }

    @Test
    void shouldStandStillWhileASupplementIsOwed() {
        var pause = new Pause(LocalDate.of(2026, 11, 5), Optional.empty());
        var clock = new StatutoryClock(calendar, receivedOn, 15, List.of(pause));

        assertThat(clock.isPaused()).isTrue();
        assertThat(clock.dueDate()).isEmpty();
        assertThat(clock.daysUsed(LocalDate.of(2026, 11, 20))).isEqualTo(2);
    }

    @Test
    void shouldPushTheDueDateByThePausedWorkingDays() {
        // Paused Thursday 5 to Thursday 12 November: five working days do not count.
        var pause = new Pause(LocalDate.of(2026, 11, 5), Optional.of(LocalDate.of(2026, 11, 12)));
        var clock = new StatutoryClock(calendar, receivedOn, 15, List.of(pause));

        assertThat(clock.dueDate()).contains(LocalDate.of(2026, 11, 30));
        assertThat(clock.daysUsed(LocalDate.of(2026, 11, 12))).isEqualTo(3);
    }

    @Test
    void shouldSkipTetInsideTheClock() {
        var clock = new StatutoryClock(calendar, LocalDate.of(2026, 2, 9), 15, List.of());

        // 9 Feb + 15 working days, with 16–20 February off for Tết.
        assertThat(clock.dueDate()).contains(LocalDate.of(2026, 3, 9));
    }
}
