package vn.onestop.licensing.application.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import vn.onestop.licensing.application.model.Application;
import vn.onestop.licensing.application.model.ApplicationStatus;
import vn.onestop.licensing.application.model.CaseSchedule;
import vn.onestop.licensing.application.model.ClockPause;
import vn.onestop.licensing.application.model.DossierDocument;
import vn.onestop.licensing.application.model.DossierHash;
import vn.onestop.licensing.application.model.DossierRequirements;
import vn.onestop.licensing.application.model.ProjectDetails;
import vn.onestop.licensing.application.model.SubmissionKey;
import vn.onestop.licensing.application.persistence.ApplicationRepository;
import vn.onestop.licensing.application.persistence.ClockPauseRepository;
import vn.onestop.licensing.application.persistence.DocumentRepository;
import vn.onestop.licensing.application.persistence.SubmissionKeyRepository;
import vn.onestop.licensing.investor.InvestorDirectory;
import vn.onestop.licensing.investor.InvestorStatus;
import vn.onestop.support.audit.AuditTrail;
import vn.onestop.support.problem.ApplicationException;
import vn.onestop.support.problem.ProblemType;
import vn.onestop.support.problem.Wording;
import vn.onestop.support.security.Actor;
import vn.onestop.workflow.engine.ProcessModels;
import vn.onestop.workflow.limits.Deadlines;
import vn.onestop.workflow.limits.RuleSet;
import vn.onestop.workflow.process.CaseRules;
import vn.onestop.workflow.process.CaseVariables;

/**
 * The investor's acts on a case: submit, answer a supplement request, withdraw. Each locks the
 * application row first, so acts on one case are serialized, and changes the application and the
 * process in one transaction.
 */
@ApplicationScoped
@Transactional
public class SubmissionService {

    private final ApplicationRepository applications;
    private final SubmissionKeyRepository keys;
    private final ClockPauseRepository pauses;
    private final DocumentRepository documents;
    private final InvestorDirectory investors;
    private final RuntimeService runtime;
    private final CaseRules rules;
    private final AuditTrail audit;
    private final MeterRegistry metrics;
    private final Clock clock;

    SubmissionService(
            ApplicationRepository applications,
            SubmissionKeyRepository keys,
            ClockPauseRepository pauses,
            DocumentRepository documents,
            InvestorDirectory investors,
            RuntimeService runtime,
            CaseRules rules,
            AuditTrail audit,
            MeterRegistry metrics,
            Clock clock) {
        this.clock = clock;
        this.applications = applications;
        this.keys = keys;
        this.pauses = pauses;
        this.documents = documents;
        this.investors = investors;
        this.runtime = runtime;
        this.rules = rules;
        this.audit = audit;
        this.metrics = metrics;
    }

    /**
     * Submits a draft: the investor must be verified; the dossier is frozen under its content hash
     * and the rule set in force today, and the case's process starts. A retry with the same {@code
     * Idempotency-Key} returns the case as the first call left it.
     *
     * @throws ApplicationException 409 when not a draft, 422 when the draft lacks fields or
     *     required documents (each one listed), the investor is not verified or the key was used
     *     for another application, 503 when investor-service is down
     */
    public Application submit(Actor investor, UUID id, String idempotencyKey) {
        Application application = lockOwned(investor, id);
        SubmissionKey.Id keyId =
                idempotencyKey == null
                        ? null
                        : new SubmissionKey.Id(
                                investor.issuer(), investor.subject(), idempotencyKey);
        if (keyId != null) {
            var used = keys.findByIdOptional(keyId);
            if (used.isPresent()) {
                return replay(used.get(), application);
            }
        }
        if (application.status() != ApplicationStatus.DRAFT) {
            throw ApplicationException.conflict("submission.already", application.reference());
        }
        var details = application.details();
        List<DossierDocument> dossier = documents.current(application.id());
        // Checked before asking investor-service: it costs nothing and changes nothing.
        requireComplete(application, details, dossier);
        var registered = requireVerified(investor);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Deadlines.AUTHORITY_ZONE);
        RuleSet ruleSet = rules.catalog().effectiveOn(today);
        List<String> documentHashes = dossier.stream().map(DossierDocument::sha256).toList();
        String hash = DossierHash.of(application.reference(), details, documentHashes);
        LocalDate appointment =
                CaseSchedule.appointmentDate(
                                rules.deadlines(),
                                ruleSet,
                                details.environmentalCategory(),
                                today,
                                List.of())
                        .orElseThrow();
        application.submit(hash, ruleSet.version(), appointment, registered.legalName(), now);
        applications.flush();
        // Recorded first: the submission causes the first stage, which the process starts now.
        audit.record(
                investor,
                "APPLICATION_SUBMITTED",
                Application.AUDIT_TARGET,
                id.toString(),
                Map.of(
                        "reference", application.reference(),
                        "contentHash", hash,
                        "ruleSet", ruleSet.version(),
                        "appointmentDate", appointment.toString()));
        startProcess(application);
        if (keyId != null) {
            keys.persist(new SubmissionKey(keyId, application.id(), now));
        }
        metrics.counter("licensing.cases.started").increment();
        return application;
    }

    /**
     * The investor has supplemented the dossier: the clock runs again and the case returns to the
     * stage that asked.
     */
    public Application resubmit(Actor investor, UUID id) {
        Application application = lockOwned(investor, id);
        if (application.status() != ApplicationStatus.SUPPLEMENT_REQUESTED) {
            throw ApplicationException.conflict(
                    "supplement.not-awaited", application.reference(), application.status());
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Deadlines.AUTHORITY_ZONE);
        List<ClockPause> casePauses = pauses.forApplication(application.id());
        casePauses.stream().filter(ClockPause::isOpen).forEach(pause -> pause.end(today));
        var appointment =
                CaseSchedule.appointmentDate(
                        rules.deadlines(),
                        rules.catalog().version(application.ruleSet()),
                        application.details().environmentalCategory(),
                        LocalDate.ofInstant(application.submittedAt(), Deadlines.AUTHORITY_ZONE),
                        casePauses.stream().map(ClockPause::toPause).toList());
        application.rescheduleStatutoryDueDate(appointment.orElse(null), now);
        // Recorded before the engine reacts, so the trail reads cause, then effect.
        audit.record(
                investor,
                "SUPPLEMENT_PROVIDED",
                Application.AUDIT_TARGET,
                id.toString(),
                Map.of("reference", application.reference()));
        runtime.createMessageCorrelation(CaseVariables.SUPPLEMENT_PROVIDED_MESSAGE)
                .processInstanceBusinessKey(application.reference())
                .correlateWithResult();
        return application;
    }

    /** The investor withdraws the case; allowed until the approver has decided. */
    public Application withdraw(Actor investor, UUID id) {
        Application application = lockOwned(investor, id);
        if (!application.status().isWithdrawable()) {
            throw ApplicationException.conflict(
                    "withdrawal.too-late", application.reference(), application.status());
        }
        // Recorded before the engine reacts, so the trail reads cause, then effect.
        audit.record(
                investor,
                "WITHDRAWAL_REQUESTED",
                Application.AUDIT_TARGET,
                id.toString(),
                Map.of("reference", application.reference()));
        runtime.createMessageCorrelation(CaseVariables.CASE_WITHDRAWN_MESSAGE)
                .processInstanceBusinessKey(application.reference())
                .correlateWithResult();
        return application;
    }

    private void startProcess(Application application) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.APPLICATION_ID, application.id().toString());
        variables.put(
                CaseVariables.ENVIRONMENTAL_CATEGORY,
                application.details().environmentalCategory().name());
        variables.put(CaseVariables.RULE_SET, application.ruleSet());
        runtime.startProcessInstanceByKey(
                ProcessModels.INVESTMENT_LICENSING, application.reference(), variables);
    }

    /** Refuses a draft that lacks project fields or required documents, naming each one. */
    private static void requireComplete(
            Application application, ProjectDetails details, List<DossierDocument> dossier) {
        var missing =
                DossierRequirements.missing(
                        details, dossier.stream().map(DossierDocument::type).toList());
        if (missing.isEmpty()) {
            return;
        }
        long documents = missing.stream().filter(m -> m.field().startsWith("documents.")).count();
        long fields = missing.size() - documents;
        Wording detail =
                documents == 0
                        ? Wording.of(
                                "submission.incomplete.fields", application.reference(), fields)
                        : fields == 0
                                ? Wording.of(
                                        "submission.incomplete.documents",
                                        application.reference(),
                                        documents)
                                : Wording.of(
                                        "submission.incomplete.both",
                                        application.reference(),
                                        fields,
                                        documents);
        throw new ApplicationException(
                ProblemType.UNPROCESSABLE,
                detail,
                missing.stream()
                        .map(m -> new ApplicationException.Invalid(m.field(), m.message()))
                        .toList());
    }

    private InvestorStatus requireVerified(Actor investor) {
        var status =
                investors
                        .findByOwner(investor.issuer(), investor.subject())
                        .orElseThrow(
                                () ->
                                        ApplicationException.unprocessable(
                                                "submission.register-first"));
        if (!status.isVerified()) {
            throw ApplicationException.unprocessable("submission.not-verified", status.status());
        }
        return status;
    }

    private Application replay(SubmissionKey used, Application application) {
        if (!used.applicationId().equals(application.id())) {
            throw ApplicationException.unprocessable("submission.key-reused");
        }
        return application;
    }

    private Application lockOwned(Actor investor, UUID id) {
        Application application =
                applications.findForUpdate(id).orElseThrow(() -> ApplicationService.notFound(id));
        if (!application.isOwnedBy(investor.issuer(), investor.subject())) {
            audit.denied(
                    investor,
                    Application.AUDIT_TARGET,
                    id.toString(),
                    "The application is not the caller's");
            throw ApplicationService.notFound(id);
        }
        return application;
    }
}
