package vn.onestop.workflow.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import vn.onestop.workflow.calendar.WorkingDayCalendar;

class TimeLimitCatalogTest {

    private final TimeLimitCatalog catalog = TimeLimitCatalog.fromClasspath();
    private final Deadlines deadlines = new Deadlines(WorkingDayCalendar.vietnam());

    @Test
    void shouldApplyTheLawInForceOnTheDayOfSubmission() {
        assertThat(catalog.effectiveOn(LocalDate.of(2026, 2, 28)).version()).isEqualTo("VN-LI2020");
        assertThat(catalog.effectiveOn(LocalDate.of(2026, 3, 1)).version()).isEqualTo("VN-LI2025");
        assertThat(catalog.version("VN-LI2020").limit(LimitKey.CASE_TOTAL).days()).isEqualTo(15);
    }

    @Test
    void shouldNameTheLegalBasisOfEveryLimit() {
        for (RuleSet ruleSet : catalog.all()) {
            assertThat(ruleSet.legalBasis()).isNotBlank();
            for (LimitKey key : LimitKey.values()) {
                assertThat(ruleSet.limit(key).basis())
                        .as(ruleSet.version() + " " + key)
                        .isNotBlank();
            }
        }
    }

    @Test
    void shouldRefuseARuleSetMissingALimit() {
        assertThatThrownBy(
                        () ->
                                new RuleSet(
                                        "partial",
                                        LocalDate.of(2030, 1, 1),
                                        "test",
                                        null,
                                        Map.of(
                                                LimitKey.APPROVAL,
                                                new TimeLimit(3, DayCount.WORKING_DAYS, "x"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has no limit COMPLETENESS_CHECK");
        assertThatThrownBy(() -> catalog.effectiveOn(LocalDate.of(2019, 1, 1)))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void shouldMoveACalendarDayLimitEndingOnADayOffToTheNextWorkingDay() {
        var thirtyDays = new TimeLimit(30, DayCount.CALENDAR_DAYS, "test");

        // 17 January + 30 days = Monday 16 February 2026, the first day of Tết.
        assertThat(deadlines.dueDate(LocalDate.of(2026, 1, 17), thirtyDays))
                .isEqualTo(LocalDate.of(2026, 2, 23));
    }

    @Test
    void shouldMakeAStageDueAtTheEndOfItsLastDayInHanoi() {
        var fiveWorkingDays = new TimeLimit(5, DayCount.WORKING_DAYS, "test");
        // Monday 23 November 2026, 10:00 in Hanoi.
        Instant start = Instant.parse("2026-11-23T03:00:00Z");

        assertThat(deadlines.dueAt(start, fiveWorkingDays))
                .isEqualTo(Instant.parse("2026-11-30T16:59:59.999999999Z"));
    }
}
