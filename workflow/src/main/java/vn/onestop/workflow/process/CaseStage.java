package vn.onestop.workflow.process;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.onestop.workflow.limits.LimitKey;

/**
 * The official stages of a case: one user task each in the BPMN model, with the outcomes an
 * official may choose there and the limit that makes it due.
 */
public enum CaseStage {
    COMPLETENESS_CHECK(
            "completenessCheck",
            "reception",
            "completenessOutcome",
            List.of("COMPLETE", "SUPPLEMENT_NEEDED", "INELIGIBLE")),
    ENVIRONMENTAL_IMPACT_REVIEW(
            "environmentalImpactReview",
            "environment",
            "environmentalImpactReviewOutcome",
            List.of("APPROVE", "SUPPLEMENT_NEEDED", "REJECT")),
    ENVIRONMENTAL_REGISTRATION_CHECK(
            "environmentalRegistrationCheck",
            "environment",
            "environmentalRegistrationCheckOutcome",
            List.of("ACCEPT", "REJECT")),
    APPRAISAL(
            "appraisal",
            "appraisal",
            "appraisalOutcome",
            List.of("RECOMMEND_APPROVAL", "RECOMMEND_REJECTION", "CONSULT")),
    /** Another agency's answer; its candidate group is the agency's. */
    CONSULTATION(
            "consultation",
            null,
            "consultationAnswer",
            List.of("AGREE", "AGREE_WITH_CONDITIONS", "DISAGREE")),
    APPROVAL("approval", "approver", "approvalOutcome", List.of("APPROVE", "REJECT"));

    private final String activityId;
    private final String group;
    private final String outcomeVariable;
    private final List<String> outcomes;

    CaseStage(String activityId, String group, String outcomeVariable, List<String> outcomes) {
        this.activityId = activityId;
        this.group = group;
        this.outcomeVariable = outcomeVariable;
        this.outcomes = outcomes;
    }

    public static Optional<CaseStage> ofActivity(String activityId) {
        return Arrays.stream(values()).filter(s -> s.activityId.equals(activityId)).findFirst();
    }

    /** The BPMN user task id, also the task definition key of its tasks. */
    public String activityId() {
        return activityId;
    }

    /** The realm role whose holders work this stage; empty for consultations. */
    public Optional<String> group() {
        return Optional.ofNullable(group);
    }

    /** The process variable the stage's gateway decides on. */
    public String outcomeVariable() {
        return outcomeVariable;
    }

    public List<String> outcomes() {
        return outcomes;
    }

    /** The limit that makes this stage due, which for impact review depends on the group. */
    public LimitKey limitKey(EnvironmentalCategory category) {
        return switch (this) {
            case COMPLETENESS_CHECK -> LimitKey.COMPLETENESS_CHECK;
            case ENVIRONMENTAL_IMPACT_REVIEW ->
                    category == EnvironmentalCategory.I
                            ? LimitKey.ENVIRONMENTAL_IMPACT_REVIEW_GROUP_I
                            : LimitKey.ENVIRONMENTAL_IMPACT_REVIEW_GROUP_II;
            case ENVIRONMENTAL_REGISTRATION_CHECK -> LimitKey.ENVIRONMENTAL_REGISTRATION_CHECK;
            case APPRAISAL -> LimitKey.APPRAISAL;
            case CONSULTATION -> LimitKey.CONSULTATION;
            case APPROVAL -> LimitKey.APPROVAL;
        };
    }
}
