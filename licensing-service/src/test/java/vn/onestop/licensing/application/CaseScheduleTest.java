package vn.onestop.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.onestop.licensing.application.model.ApplicationStatus;
import vn.onestop.licensing.application.model.CaseSchedule;
import vn.onestop.workflow.calendar.StatutoryClock.Pause;
import vn.onestop.workflow.calendar.WorkingDayCalendar;
import vn.onestop.workflow.limits.Deadlines;
import vn.onestop.workflow.limits.RuleSet;
import vn.onestop.workflow.limits.TimeLimitCatalog;
import vn.onestop.workflow.process.EnvironmentalCategory;

/** Appointment dates as the one-stop shop promises them (plain rules, no application start). */
class CaseScheduleTest {

    private final Deadlines deadlines = new Deadlines(WorkingDayCalendar.vietnam());
    private final RuleSet rules = TimeLimitCatalog.fromClasspath().version("VN-LI2025");
    private final LocalDate monday = LocalDate.of(2026, 11, 23);

    @Test
    void shouldPromiseFifteenWorkingDaysForAGroupIVCase() {
        assertThat(
                        CaseSchedule.appointmentDate(
                                deadlines, rules, EnvironmentalCategory.IV, monday, List.of()))
                .contains(LocalDate.of(2026, 12, 14));
    }

    @Test
    void shouldAddTheImpactAssessmentPeriodForGroupI() {
        // 14 December + 45 calendar days = 28 January 2027, a Thursday.
        assertThat(
                        CaseSchedule.appointmentDate(
                                deadlines, rules, EnvironmentalCategory.I, monday, List.of()))
                .contains(LocalDate.of(2027, 1, 28));
    }

    @Test
    void shouldPromiseNoDateWhileASupplementIsOwed() {
        var open = new Pause(LocalDate.of(2026, 11, 25), Optional.empty());

        assertThat(
                        CaseSchedule.appointmentDate(
                                deadlines, rules, EnvironmentalCategory.IV, monday, List.of(open)))
                .isEmpty();
    }

    @Test
    void shouldReviseALateDateByTheStagesStillAhead() {
        // Appraisal (5 working days) then approval (3): 30 November, then 3 December.
        assertThat(
                        CaseSchedule.revisedAppointment(
                                deadlines,
                                rules,
                                EnvironmentalCategory.IV,
                                ApplicationStatus.APPRAISAL,
                                monday))
                .isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(
                        CaseSchedule.revisedAppointment(
                                deadlines,
                                rules,
                                EnvironmentalCategory.IV,
                                ApplicationStatus.AWAITING_APPROVAL,
                                monday))
                .isEqualTo(LocalDate.of(2026, 11, 26));
        // Completeness (5) → 30 Nov; impact review (45 calendar days) → 14 Jan 2027; appraisal (5)
        // → 21 Jan; approval (3) → 26 Jan.
        assertThat(
                        CaseSchedule.revisedAppointment(
                                deadlines,
                                rules,
                                EnvironmentalCategory.I,
                                ApplicationStatus.UNDER_REVIEW,
                                monday))
                .isEqualTo(LocalDate.of(2027, 1, 26));
    }

    @Test
    void shouldRefuseToReviseAnEndedCase() {
        assertThatThrownBy(
                        () ->
                                CaseSchedule.revisedAppointment(
                                        deadlines,
                                        rules,
                                        EnvironmentalCategory.IV,
                                        ApplicationStatus.LICENSED,
                                        monday))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
