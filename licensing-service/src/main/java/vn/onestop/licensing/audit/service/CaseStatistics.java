package vn.onestop.licensing.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.onestop.licensing.decision.model.StageDecision;
import vn.onestop.licensing.decision.service.Decisions;
import vn.onestop.licensing.official.service.OfficialDirectory;
import vn.onestop.workflow.calendar.WorkingDayCalendar;
import vn.onestop.workflow.history.CaseHistory;
import vn.onestop.workflow.limits.DayCount;
import vn.onestop.workflow.limits.Deadlines;
import vn.onestop.workflow.limits.LimitKey;
import vn.onestop.workflow.limits.RuleSet;
import vn.onestop.workflow.limits.TimeLimit;
import vn.onestop.workflow.process.CaseRules;
import vn.onestop.workflow.process.CaseStage;

/**
 * How the authority performed over a period: per stage and per official, how many tasks were
 * completed, how long they took (median and 90th percentile, in hours and in working days), and how
 * many met their due date; what was decided, and why cases were sent back or refused.
 */
@ApplicationScoped
@Transactional
public class CaseStatistics {

    private final CaseHistory engineHistory;
    private final Decisions decisions;
    private final CaseSearch cases;
    private final WorkingDayCalendar calendar;
    private final CaseRules rules;
    private final OfficialDirectory directory;
    private final Clock clock;

    CaseStatistics(
            CaseHistory engineHistory,
            Decisions decisions,
            CaseSearch cases,
            CaseRules rules,
            OfficialDirectory directory,
            Clock clock) {
        this.clock = clock;
        this.engineHistory = engineHistory;
        this.decisions = decisions;
        this.cases = cases;
        this.calendar = rules.calendar();
        this.rules = rules;
        this.directory = directory;
    }

    /** Tasks completed and decisions taken in {@code [from, to)}. */
    public CaseAudit.Statistics between(Instant from, Instant to) {
        List<CaseHistory.CompletedTask> tasks = engineHistory.completedBetween(from, to);
        List<StageDecision> decided = decisions.takenBetween(from, to);
        Map<String, Map<String, Long>> outcomes = new TreeMap<>();
        for (StageDecision d : decided) {
            outcomes.computeIfAbsent(d.stage(), s -> new TreeMap<>())
                    .merge(d.outcome(), 1L, Long::sum);
        }
        RuleSet inForce = rules.catalog().effectiveOn(day(to));
        return new CaseAudit.Statistics(
                from,
                to,
                performance(
                        tasks,
                        CaseHistory.CompletedTask::stage,
                        key -> null,
                        key -> limit(inForce, key)),
                performance(
                        tasks,
                        t -> t.assignee() == null ? "(unassigned)" : t.assignee(),
                        this::officialLabel,
                        key -> null),
                engineHistory.overdueOpenTasks(clock.instant()),
                cases.overdueCases(),
                outcomes,
                count(
                        decided.stream()
                                .filter(d -> CaseStage.SUPPLEMENT_NEEDED.equals(d.outcome()))
                                .flatMap(d -> d.reasons().stream())
                                .map(r -> r.document() + ": " + r.reason())
                                .toList()),
                count(
                        decided.stream()
                                .filter(d -> CaseStage.OBJECTIONS.contains(d.outcome()))
                                .map(d -> d.comment() == null ? "(no comment)" : d.comment())
                                .toList()));
    }

    /** "Name (username)" from the directory: auditors read people, not token subjects. */
    private String officialLabel(String subject) {
        return directory
                .find(subject)
                .map(
                        o ->
                                o.displayName() == null || o.displayName().isBlank()
                                        ? o.username()
                                        : o.displayName() + " (" + o.username() + ")")
                .orElse(null);
    }

    private List<CaseAudit.Performance> performance(
            List<CaseHistory.CompletedTask> tasks,
            Function<CaseHistory.CompletedTask, String> key,
            Function<String, String> label,
            Function<String, String> limit) {
        Map<String, List<CaseHistory.CompletedTask>> groups =
                tasks.stream()
                        .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        List<CaseAudit.Performance> rows = new ArrayList<>();
        groups.forEach(
                (name, group) -> {
                    List<Double> hours =
                            group.stream()
                                    .map(
                                            t ->
                                                    Duration.between(t.createdAt(), t.completedAt())
                                                                    .toSeconds()
                                                            / 3600.0)
                                    .sorted()
                                    .toList();
                    List<Double> days =
                            group.stream()
                                    .map(
                                            t ->
                                                    (double)
                                                            calendar.workingDaysBetween(
                                                                    day(t.createdAt()),
                                                                    day(t.completedAt())))
                                    .sorted()
                                    .toList();
                    long onTime =
                            group.stream()
                                    .filter(
                                            t ->
                                                    t.dueAt() == null
                                                            || !t.completedAt().isAfter(t.dueAt()))
                                    .count();
                    rows.add(
                            new CaseAudit.Performance(
                                    name,
                                    label.apply(name),
                                    limit.apply(name),
                                    group.size(),
                                    percentile(hours, 50),
                                    percentile(hours, 90),
                                    percentile(days, 50),
                                    percentile(days, 90),
                                    onTime,
                                    group.size() - onTime,
                                    group.isEmpty() ? 0 : (double) onTime / group.size()));
                });
        return rows;
    }

    /** The limit of the stage whose BPMN task is {@code activityId}, as people read it. */
    private static String limit(RuleSet ruleSet, String activityId) {
        return switch (activityId) {
            case "completenessCheck" -> describe(ruleSet.limit(LimitKey.COMPLETENESS_CHECK));
            case "environmentalImpactReview" ->
                    "Group I: "
                            + describe(ruleSet.limit(LimitKey.ENVIRONMENTAL_IMPACT_REVIEW_GROUP_I))
                            + "; Group II: "
                            + describe(
                                    ruleSet.limit(LimitKey.ENVIRONMENTAL_IMPACT_REVIEW_GROUP_II));
            case "environmentalRegistrationCheck" ->
                    describe(ruleSet.limit(LimitKey.ENVIRONMENTAL_REGISTRATION_CHECK));
            case "appraisal" -> describe(ruleSet.limit(LimitKey.APPRAISAL));
            case "consultation" -> describe(ruleSet.limit(LimitKey.CONSULTATION));
            case "approval" -> describe(ruleSet.limit(LimitKey.APPROVAL));
            default -> null;
        };
    }

    private static String describe(TimeLimit limit) {
        return limit.days()
                + (limit.count() == DayCount.WORKING_DAYS ? " working days" : " calendar days")
                + " ("
                + limit.basis()
                + ")";
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static List<CaseAudit.ReasonCount> count(List<String> reasons) {
        return reasons.stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet()
                .stream()
                .map(e -> new CaseAudit.ReasonCount(e.getKey(), e.getValue()))
                .sorted(
                        Comparator.comparing(CaseAudit.ReasonCount::count)
                                .reversed()
                                .thenComparing(CaseAudit.ReasonCount::reason))
                .toList();
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, Deadlines.AUTHORITY_ZONE);
    }
}
