package vn.onestop.workflow.process;

/** How a case ends without a licence. */
public enum CaseEnd {
    REJECTED,
    LAPSED,
    WITHDRAWN
}
