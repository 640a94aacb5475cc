package vn.onestop.licensing.forms.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import vn.onestop.licensing.application.model.Application;
import vn.onestop.licensing.application.model.ApplicationStatus;
import vn.onestop.licensing.application.model.CaseSchedule;
import vn.onestop.licensing.application.model.ClockPause;
import vn.onestop.licensing.application.service.ApplicationService;
import vn.onestop.licensing.application.service.Cases;
import vn.onestop.licensing.decision.model.StageDecision;
import vn.onestop.licensing.decision.service.Decisions;
import vn.onestop.support.audit.AuditEventRepository;
import vn.onestop.support.problem.ApplicationException;
import vn.onestop.support.problem.ProblemType;
import vn.onestop.support.security.Actor;
import vn.onestop.workflow.calendar.StatutoryClock;
import vn.onestop.workflow.limits.Deadlines;
import vn.onestop.workflow.limits.LimitKey;
import vn.onestop.workflow.limits.RuleSet;
import vn.onestop.workflow.process.CaseRules;
import vn.onestop.workflow.process.CaseStage;
import vn.onestop.workflow.process.CaseVariables;

/** Reads a case as a whole: its timeline and the forms the one-stop shop hands out. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CaseFileService {

    private final ApplicationService applications;
    private final Cases cases;
    private final Decisions decisions;
    private final AuditEventRepository audit;
    private final RuntimeService runtime;
    private final CaseRules rules;

    CaseFileService(
            ApplicationService applications,
            Cases cases,
            Decisions decisions,
            AuditEventRepository audit,
            RuntimeService runtime,
            CaseRules rules) {
        this.applications = applications;
        this.cases = cases;
        this.decisions = decisions;
        this.audit = audit;
        this.runtime = runtime;
        this.rules = rules;
    }

    public CaseFile.Timeline timeline(Actor actor, UUID id) {
        Application application = applications.get(actor, id);
        boolean official = !application.isOwnedBy(actor.issuer(), actor.subject());
        List<CaseFile.Event> events =
                audit.forTarget(Application.AUDIT_TARGET, id.toString()).stream()
                        .map(
                                e ->
                                        new CaseFile.Event(
                                                e.occurredAt(),
                                                e.action(),
                                                official ? e.actorUsername() : null,
                                                e.details()))
                        .toList();
        List<CaseFile.Decision> decided =
                decisions.of(id).stream()
                        .map(
                                d ->
                                        new CaseFile.Decision(
                                                d.decidedAt(),
                                                d.stage(),
                                                d.outcome(),
                                                d.comment(),
                                                d.reasons(),
                                                official ? d.officialUsername() : null,
                                                official
                                                        ? (String)
                                                                d.verification()
                                                                        .get("certificateSubject")
                                                        : null,
                                                d.documentHash()))
                        .toList();
        return new CaseFile.Timeline(
                application, clock(application), owed(application), events, decided);
    }

    public CaseFile.Receipt receipt(Actor actor, UUID id) {
        Application application = submitted(applications.get(actor, id));
        RuleSet ruleSet = rules.catalog().version(application.ruleSet());
        return new CaseFile.Receipt(
                application,
                cases.currentDocumentsOf(id),
                application.statutoryDueDate(),
                ruleSet.limit(LimitKey.CASE_TOTAL).basis());
    }

    public CaseFile.SupplementRequest supplementRequest(Actor actor, UUID id) {
        Application application = applications.get(actor, id);
        StageDecision decision =
                latest(id, Set.of(CaseStage.SUPPLEMENT_NEEDED))
                        .orElseThrow(
                                () ->
                                        ApplicationException.notFound(
                                                "supplement-request-of", application.reference()));
        RuleSet ruleSet = rules.catalog().version(application.ruleSet());
        var limit = ruleSet.limit(LimitKey.SUPPLEMENT_RESPONSE);
        Instant answerDueAt = rules.deadlines().dueAt(decision.decidedAt(), limit);
        return new CaseFile.SupplementRequest(application, decision, answerDueAt, limit.basis());
    }

    public CaseFile.Refusal refusal(Actor actor, UUID id) {
        Application application = applications.get(actor, id);
        if (application.status() != ApplicationStatus.REJECTED) {
            throw ApplicationException.notFound("refusal-of", application.reference());
        }
        return new CaseFile.Refusal(application, latest(id, CaseStage.REFUSING).orElseThrow());
    }

    /**
     * The apology for a case past its appointment date (still running, not waiting for the
     * investor), with a new date.
     */
    public CaseFile.Apology apology(Actor actor, UUID id) {
        Application application = applications.get(actor, id);
        LocalDate today = LocalDate.now(Deadlines.AUTHORITY_ZONE);
        LocalDate appointment = application.statutoryDueDate();
        boolean late =
                !application.status().isEnded()
                        && appointment != null
                        && today.isAfter(appointment);
        if (!late) {
            throw new ApplicationException(
                    ProblemType.NOT_FOUND, "apology.not-late", application.reference());
        }
        LocalDate newDate =
                CaseSchedule.revisedAppointment(
                        rules.deadlines(),
                        rules.catalog().version(application.ruleSet()),
                        application.details().environmentalCategory(),
                        application.status(),
                        today);
        return new CaseFile.Apology(application, appointment, newDate);
    }

    private CaseFile.Clock clock(Application application) {
        if (application.submittedAt() == null) {
            return null;
        }
        List<ClockPause> casePauses = cases.pausesOf(application.id());
        RuleSet ruleSet = rules.catalog().version(application.ruleSet());
        int limit = ruleSet.limit(LimitKey.CASE_TOTAL).days();
        LocalDate received =
                LocalDate.ofInstant(application.submittedAt(), Deadlines.AUTHORITY_ZONE);
        LocalDate until =
                application.endedAt() != null
                        ? LocalDate.ofInstant(application.endedAt(), Deadlines.AUTHORITY_ZONE)
                        : LocalDate.now(Deadlines.AUTHORITY_ZONE);
        var clock =
                new StatutoryClock(
                        rules.calendar(),
                        received,
                        limit,
                        casePauses.stream().map(ClockPause::toPause).toList());
        return new CaseFile.Clock(
                limit,
                clock.daysUsed(until),
                clock.isPaused(),
                casePauses.stream()
                        .map(
                                p ->
                                        new CaseFile.Pause(
                                                p.toPause().from(),
                                                p.toPause().until().orElse(null),
                                                p.stage()))
                        .toList());
    }

    private CaseFile.Owed owed(Application application) {
        return switch (application.status()) {
            case DRAFT -> new CaseFile.Owed("INVESTOR", "SUBMISSION", null);
            case SUPPLEMENT_REQUESTED ->
                    new CaseFile.Owed(
                            "INVESTOR", "SUPPLEMENT", supplementDueAt(application.reference()));
            case LICENSED, REJECTED, LAPSED, WITHDRAWN -> null;
            default ->
                    new CaseFile.Owed(
                            "AUTHORITY",
                            application.status().name(),
                            application.statutoryDueDate() == null
                                    ? null
                                    : Deadlines.endOf(application.statutoryDueDate()));
        };
    }

    private Instant supplementDueAt(String reference) {
        var instance =
                runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(reference)
                        .singleResult();
        if (instance == null) {
            return null;
        }
        Object due = runtime.getVariable(instance.getId(), CaseVariables.SUPPLEMENT_DUE_AT);
        return due instanceof Date date ? date.toInstant() : null;
    }

    private java.util.Optional<StageDecision> latest(UUID id, Set<String> outcomes) {
        return decisions.of(id).stream()
                .filter(d -> outcomes.contains(d.outcome()))
                .max(Comparator.comparing(StageDecision::decidedAt));
    }

    private static Application submitted(Application application) {
        if (application.submittedAt() == null) {
            throw ApplicationException.notFound("receipt-of", application.reference());
        }
        return application;
    }
}
