package vn.onestop.licensing.lifecycle;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.onestop.licensing.application.model.Application;
import vn.onestop.licensing.application.model.ApplicationStatus;
import vn.onestop.licensing.application.service.Cases;
import vn.onestop.licensing.licence.service.LicenceIssuer;
import vn.onestop.licensing.notification.service.Notifier;
import vn.onestop.licensing.security.SystemActor;
import vn.onestop.support.audit.AuditTrail;
import vn.onestop.workflow.limits.Deadlines;
import vn.onestop.workflow.process.CaseEnd;
import vn.onestop.workflow.process.CaseLifecycle;
import vn.onestop.workflow.process.CaseStage;

/**
 * Keeps the application in step with its process: status, statutory clock, notifications, licence
 * and audit. Called by the engine inside its transaction, so each write commits with the process
 * step that caused it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseProgress implements CaseLifecycle {

    private final Cases cases;
    private final LicenceIssuer licences;
    private final Notifier notifier;
    private final AuditTrail audit;
    private final MeterRegistry metrics;
    private final Clock clock;

    CaseProgress(
            Cases cases,
            LicenceIssuer licences,
            Notifier notifier,
            AuditTrail audit,
            MeterRegistry metrics,
            Clock clock) {
        this.clock = clock;
        this.cases = cases;
        this.licences = licences;
        this.notifier = notifier;
        this.audit = audit;
        this.metrics = metrics;
    }

    @Override
    public void stageStarted(String reference, CaseStage stage, String taskId, Instant dueAt) {
        Application application = byReference(reference);
        ApplicationStatus status = ApplicationStatus.during(stage);
        if (application.status() != status) {
            application.moveTo(status, clock.instant());
        }
        record(
                application,
                "STAGE_STARTED",
                Map.of("stage", stage.name(), "taskId", taskId, "dueAt", dueAt.toString()));
    }

    @Override
    public void supplementRequested(String reference, CaseStage from, Instant answerDueAt) {
        Application application = byReference(reference);
        Instant now = clock.instant();
        application.moveTo(ApplicationStatus.SUPPLEMENT_REQUESTED, now);
        application.rescheduleStatutoryDueDate(null, now);
        cases.pauseClock(application, today(now), from.name());
        LocalDate answerBy = LocalDate.ofInstant(answerDueAt, Deadlines.AUTHORITY_ZONE);
        notifier.tell(
                application,
                Notifier.Kind.SUPPLEMENT_REQUESTED,
                "Your dossier "
                        + reference
                        + " needs a supplement; answer by "
                        + answerBy
                        + " or the case lapses.");
        record(
                application,
                "SUPPLEMENT_REQUESTED",
                Map.of("stage", from.name(), "answerDueAt", answerDueAt.toString()));
    }

    @Override
    public void lapseApproaching(String reference, Instant lapsesAt) {
        Application application = byReference(reference);
        notifier.tell(
                application,
                Notifier.Kind.LAPSE_WARNING,
                "The supplement to your dossier "
                        + reference
                        + " is still owed; the case lapses on "
                        + LocalDate.ofInstant(lapsesAt, Deadlines.AUTHORITY_ZONE)
                        + " unless you answer before then.");
        record(application, "LAPSE_WARNING_SENT", Map.of("lapsesAt", lapsesAt.toString()));
    }

    @Override
    public void taskOverdue(String reference, CaseStage stage) {
        metrics.counter("licensing.tasks.overdue", "stage", stage.name()).increment();
        record(byReference(reference), "TASK_OVERDUE", Map.of("stage", stage.name()));
    }

    @Override
    public void consultationUnanswered(String reference, String agency) {
        record(byReference(reference), "CONSULTATION_UNANSWERED", Map.of("agency", agency));
    }

    @Override
    public void issueLicence(String reference) {
        Application application = byReference(reference);
        Instant now = clock.instant();
        var licence = licences.issue(application, now);
        application.moveTo(ApplicationStatus.LICENSED, now);
        notifier.tell(
                application,
                Notifier.Kind.LICENCE_ISSUED,
                "Investment Registration Certificate "
                        + licence.certificateNumber()
                        + " was issued for "
                        + reference
                        + ".");
        metrics.counter("licensing.cases.ended", "end", ApplicationStatus.LICENSED.name())
                .increment();
        record(
                application,
                "LICENCE_ISSUED",
                Map.of("certificateNumber", licence.certificateNumber()));
    }

    @Override
    public void caseEnded(String reference, CaseEnd end) {
        Application application = byReference(reference);
        ApplicationStatus status = ApplicationStatus.valueOf(end.name());
        application.moveTo(status, clock.instant());
        if (status == ApplicationStatus.REJECTED) {
            notifier.tell(
                    application,
                    Notifier.Kind.DECISION,
                    "Your application "
                            + reference
                            + " was refused; the refusal with its reasons is in your case file.");
        } else {
            notifier.tell(
                    application,
                    Notifier.Kind.CASE_ENDED,
                    "Your case " + reference + " ended: " + status + ".");
        }
        metrics.counter("licensing.cases.ended", "end", status.name()).increment();
        record(application, "CASE_" + status.name(), Map.of());
    }

    private Application byReference(String reference) {
        return cases.byReference(reference)
                .orElseThrow(() -> new IllegalStateException("No application " + reference));
    }

    private void record(Application application, String action, Map<String, Object> details) {
        Map<String, Object> all = new LinkedHashMap<>(details);
        all.put("reference", application.reference());
        all.put("investorId", application.investorId().toString());
        audit.record(
                SystemActor.WORKFLOW,
                action,
                Application.AUDIT_TARGET,
                application.id().toString(),
                all);
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, Deadlines.AUTHORITY_ZONE);
    }
}
