package vn.onestop.workflow.process;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /** Sends the dossier back to the investor, who owes a supplement before the clock runs on. */
    public static final String SUPPLEMENT_NEEDED = "SUPPLEMENT_NEEDED";

    /** The appraiser asks other agencies first; the decision names them. */
    public static final String CONSULT = "CONSULT";

    /** The outcomes that end a case refused; the refusal form quotes the latest of them. */
    public static final Set<String> REFUSING = Set.of("INELIGIBLE", "REJECT");

    /**
     * The outcomes that go against the investor, refusals and the appraiser's recommendation to
     * refuse: each must say why (reasons or a comment).
     */
    public static final Set<String> ADVERSE = Set.of("INELIGIBLE", "REJECT", "RECOMMEND_REJECTION");

    /** Adverse outcomes and consulted agencies' disagreement: the objections statistics count. */
    public static final Set<String> OBJECTIONS =
            Set.of("INELIGIBLE", "REJECT", "RECOMMEND_REJECTION", "DISAGREE");

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
