package vn.onestop.workflow.process;

import java.time.Instant;

/**
 * What the process tells the application as a case moves: implemented by licensing-service, which
 * keeps the application's status, the statutory clock, notifications and the audit trail. Each call
 * runs inside the engine's transaction, so the application's writes commit with the process step or
 * not at all.
 */
public interface CaseLifecycle {

    /** An official task of {@code stage} was created, due at {@code dueAt}. */
    void stageStarted(String caseReference, CaseStage stage, String taskId, Instant dueAt);

    /** An official asked for a supplement; the case waits for the investor until {@code dueAt}. */
    void supplementRequested(String caseReference, CaseStage from, Instant answerDueAt);

    /** The answer period of a supplement request ends soon, at {@code lapsesAt}. */
    void lapseApproaching(String caseReference, Instant lapsesAt);

    /** The task of {@code stage} passed its due date and is escalated. */
    void taskOverdue(String caseReference, CaseStage stage);

    /** A consulted agency let its deadline pass. */
    void consultationUnanswered(String caseReference, String agency);

    /** The case was approved: issue the licence (runs on the job executor). */
    void issueLicence(String caseReference);

    /** The case ended without a licence. */
    void caseEnded(String caseReference, CaseEnd end);
}
