package vn.onestop.workflow.process;

/**
 * The few, typed process variables of a case. The application itself lives in the licensing tables;
 * the process carries only what its gateways and timers need.
 */
public final class CaseVariables {

    /** Id of the application in the licensing database (text). */
    public static final String APPLICATION_ID = "applicationId";

    /** {@link EnvironmentalCategory} name. */
    public static final String ENVIRONMENTAL_CATEGORY = "environmentalCategory";

    /** Version of the time-limit rule set the case was submitted under. */
    public static final String RULE_SET = "ruleSet";

    /** Agencies (their group names) consulted by appraisal: a list of text. */
    public static final String CONSULTED_AGENCIES = "consultedAgencies";

    /** The stage that asked for the supplement being awaited, where the case returns. */
    public static final String SUPPLEMENT_RETURN = "supplementReturn";

    /** When the investor's answer to the awaited supplement is due (a date). */
    public static final String SUPPLEMENT_DUE_AT = "supplementDueAt";

    /** When the investor is warned that the case is about to lapse. */
    public static final String SUPPLEMENT_WARNING_AT = "supplementWarningAt";

    /** Message the investor's answer to a supplement request is correlated with. */
    public static final String SUPPLEMENT_PROVIDED_MESSAGE = "SupplementProvided";

    /** Message a withdrawal is correlated with. */
    public static final String CASE_WITHDRAWN_MESSAGE = "CaseWithdrawn";

    private CaseVariables() {}
}
