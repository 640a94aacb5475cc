package vn.onestop.workflow.limits;

import java.time.LocalDate;
import java.util.Map;

/**
 * The time limits in force from a date, with their legal basis. A case keeps the rule set it was
 * submitted under, even after the law changes.
 */
public record RuleSet(
        String version,
        LocalDate effectiveFrom,
        String legalBasis,
        String note,
        Map<LimitKey, TimeLimit> limits) {

    public RuleSet {
        limits = Map.copyOf(limits);
        for (LimitKey key : LimitKey.values()) {
            if (!limits.containsKey(key)) {
                throw new IllegalStateException("Rule set " + version + " has no limit " + key);
            }
        }
    }

    public TimeLimit limit(LimitKey key) {
        return limits.get(key);
    }
}
