package vn.onestop.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.vietnam();

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        // Tết Bính Ngọ 2026: Monday 16 to Friday 20 February are off.
        "2026-02-13, 1, 2026-02-23",
        "2026-02-12, 2, 2026-02-23",
        "2026-02-10, 5, 2026-02-24",
        // Tết Ất Tỵ 2025: Monday 27 to Friday 31 January are off.
        "2025-01-24, 1, 2025-02-03",
        // Across the year boundary: New Year's Day 2026 is a Thursday.
        "2025-12-31, 1, 2026-01-02",
        "2025-12-30, 3, 2026-01-05",
        // Hùng Kings 2026 (Sunday 26 April, made up on Monday 27) then 30 April and 1 May.
        "2026-04-24, 5, 2026-05-06",
        // Ordinary weeks: the start day is not counted, weekends are skipped.
        "2026-11-23, 5, 2026-11-30",
        "2026-11-27, 1, 2026-11-30",
        "2026-11-23, 0, 2026-11-23"
    })
    void shouldAddWorkingDaysSkippingWeekendsAndHolidays(
            LocalDate start, int days, LocalDate expected) {
        assertThat(calendar.addWorkingDays(start, days)).isEqualTo(expected);
    }

    @Test
    void shouldCountASwappedSaturdayAsAWorkingDayAndItsSwappedFridayAsOff() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 27))).isFalse();
    }

    @Test
    void shouldCountWorkingDaysInAHalfOpenInterval() {
        assertThat(
                        calendar.workingDaysBetween(
                                LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 23)))
                .isEqualTo(1);
        assertThat(
                        calendar.workingDaysBetween(
                                LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23)))
                .isZero();
    }

    @Test
    void shouldMoveToTheNextWorkingDay() {
        assertThat(calendar.onOrAfter(LocalDate.of(2026, 2, 15)))
                .isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(calendar.onOrAfter(LocalDate.of(2026, 2, 23)))
                .isEqualTo(LocalDate.of(2026, 2, 23));
    }

    @Test
    void shouldCountOnlyWeekendsForAYearWithoutData() {
        var empty = new WorkingDayCalendar(year -> null);

        assertThat(empty.isWorkingDay(LocalDate.of(2026, 2, 17))).isTrue();
        assertThat(empty.isWorkingDay(LocalDate.of(2026, 2, 21))).isFalse();
    }

    @Test
    void shouldRefuseADateFiledUnderTheWrongYear() {
        var broken =
                new WorkingDayCalendar(
                        year ->
                                new ByteArrayInputStream(
                                        "2030-01-01 HOLIDAY misfiled\n"
                                                .getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> broken.isWorkingDay(LocalDate.of(2031, 1, 2)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2030-01-01 is listed in the file of 2031");
    }

    @Test
    void shouldRefuseNegativeDays() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 1, 5), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
