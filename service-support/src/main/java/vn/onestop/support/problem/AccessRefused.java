package vn.onestop.support.problem;

/**
 * Fired, synchronously, when a request is answered with 403: the audit trail observes it, so that
 * problem mapping does not depend on the audit package (which itself answers with problems).
 *
 * @param reason why the caller was refused, in English for the record
 */
public record AccessRefused(String reason) {}
