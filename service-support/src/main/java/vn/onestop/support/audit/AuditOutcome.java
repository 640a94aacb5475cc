package vn.onestop.support.audit;

/** Whether the audited attempt took effect. */
public enum AuditOutcome {
    /** The change was made. */
    SUCCESS,
    /** The caller was not allowed to do or see this; nothing changed. */
    DENIED
}
