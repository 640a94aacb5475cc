package vn.onestop.workflow.limits;

/** The time limits a rule set gives, one per stage of the case plus the case as a whole. */
public enum LimitKey {
    /** Reception checks the dossier is complete or asks for a supplement. */
    COMPLETENESS_CHECK,
    /** Environmental impact assessment review, Group I projects. */
    ENVIRONMENTAL_IMPACT_REVIEW_GROUP_I,
    /** Environmental impact assessment review, Group II projects. */
    ENVIRONMENTAL_IMPACT_REVIEW_GROUP_II,
    /** Environmental registration check, Group III projects. */
    ENVIRONMENTAL_REGISTRATION_CHECK,
    /** Investment appraisal and its written recommendation. */
    APPRAISAL,
    /** Another agency's answer to a consultation. */
    CONSULTATION,
    /** The approver's decision. */
    APPROVAL,
    /** The investor's time to answer a supplement request before the case lapses. */
    SUPPLEMENT_RESPONSE,
    /** The whole case, from a complete dossier to the certificate (the statutory clock). */
    CASE_TOTAL
}
