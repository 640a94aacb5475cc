package vn.onestop.licensing.application.model;

import java.time.LocalDate;
import java.util.List;
import vn.onestop.workflow.calendar.StatutoryClock;
import vn.onestop.workflow.limits.Deadlines;
import vn.onestop.workflow.limits.LimitKey;
import vn.onestop.workflow.limits.RuleSet;
import vn.onestop.workflow.process.EnvironmentalCategory;

/**
 * The appointment (result) date of a case: the statutory period from the day the dossier was
 * received, not counting time a supplement was owed, plus the impact-assessment period for Group I
 * and II projects (a procedure of its own with its own limit).
 */
public final class CaseSchedule {

    private CaseSchedule() {}

    /** Empty while a supplement is owed: the date depends on when the investor answers. */
    public static java.util.Optional<LocalDate> appointmentDate(
            Deadlines deadlines,
            RuleSet rules,
            EnvironmentalCategory category,
            LocalDate receivedOn,
            List<StatutoryClock.Pause> pauses) {
        var clock =
                new StatutoryClock(
                        deadlines.calendar(),
                        receivedOn,
                        rules.limit(LimitKey.CASE_TOTAL).days(),
                        pauses);
        return clock.dueDate()
                .map(date -> withEnvironmentalReview(deadlines, rules, category, date));
    }

    /**
     * A new appointment date for a case past its date: the limits of the stages still ahead,
     * counted from {@code today} (the stage the case is at counts in full).
     */
    public static LocalDate revisedAppointment(
            Deadlines deadlines,
            RuleSet rules,
            EnvironmentalCategory category,
            ApplicationStatus status,
            LocalDate today) {
        LocalDate date = today;
        for (LimitKey key : stagesAhead(category, status)) {
            date = deadlines.dueDate(date, rules.limit(key));
        }
        return date;
    }

    private static List<LimitKey> stagesAhead(
            EnvironmentalCategory category, ApplicationStatus status) {
        List<LimitKey> environment =
                switch (category) {
                    case I -> List.of(LimitKey.ENVIRONMENTAL_IMPACT_REVIEW_GROUP_I);
                    case II -> List.of(LimitKey.ENVIRONMENTAL_IMPACT_REVIEW_GROUP_II);
                    case III -> List.of(LimitKey.ENVIRONMENTAL_REGISTRATION_CHECK);
                    case IV -> List.of();
                };
        List<LimitKey> ahead = new java.util.ArrayList<>();
        switch (status) {
            case SUBMITTED, UNDER_REVIEW -> {
                ahead.add(LimitKey.COMPLETENESS_CHECK);
                ahead.addAll(environment);
                ahead.add(LimitKey.APPRAISAL);
            }
            case ENVIRONMENTAL_REVIEW -> {
                ahead.addAll(environment);
                ahead.add(LimitKey.APPRAISAL);
            }
            case APPRAISAL -> ahead.add(LimitKey.APPRAISAL);
            case AWAITING_APPROVAL -> {}
            default ->
                    throw new IllegalArgumentException("A " + status + " case has no stages ahead");
        }
        ahead.add(LimitKey.APPROVAL);
        return ahead;
    }

    private static LocalDate withEnvironmentalReview(
            Deadlines deadlines, RuleSet rules, EnvironmentalCategory category, LocalDate date) {
        return switch (category) {
            case I ->
                    deadlines.dueDate(
                            date, rules.limit(LimitKey.ENVIRONMENTAL_IMPACT_REVIEW_GROUP_I));
            case II ->
                    deadlines.dueDate(
                            date, rules.limit(LimitKey.ENVIRONMENTAL_IMPACT_REVIEW_GROUP_II));
            case III, IV -> date;
        };
    }
}
