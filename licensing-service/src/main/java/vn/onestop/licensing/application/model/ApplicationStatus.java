package vn.onestop.licensing.application.model;

import java.util.Set;
import vn.onestop.workflow.process.CaseStage;

/** Where an application stands. Only the workflow moves it past DRAFT; clients never set it. */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    UNDER_REVIEW,
    SUPPLEMENT_REQUESTED,
    ENVIRONMENTAL_REVIEW,
    APPRAISAL,
    AWAITING_APPROVAL,
    LICENSED,
    REJECTED,
    LAPSED,
    WITHDRAWN;

    private static final Set<ApplicationStatus> ENDED =
            Set.of(LICENSED, REJECTED, LAPSED, WITHDRAWN);

    public boolean isEnded() {
        return ENDED.contains(this);
    }

    /** The status of a case while an official works {@code stage}. */
    public static ApplicationStatus during(CaseStage stage) {
        return switch (stage) {
            case COMPLETENESS_CHECK -> UNDER_REVIEW;
            case ENVIRONMENTAL_IMPACT_REVIEW, ENVIRONMENTAL_REGISTRATION_CHECK ->
                    ENVIRONMENTAL_REVIEW;
            case APPRAISAL, CONSULTATION -> APPRAISAL;
            case APPROVAL -> AWAITING_APPROVAL;
        };
    }

    /** A case may be withdrawn until the approver has decided. */
    public boolean isWithdrawable() {
        return this != DRAFT && this != AWAITING_APPROVAL && !isEnded();
    }
}
