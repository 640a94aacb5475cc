package vn.onestop.licensing.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.onestop.licensing.application.model.Application;
import vn.onestop.licensing.application.model.ApplicationStatus;
import vn.onestop.licensing.application.model.ProjectDetails;
import vn.onestop.licensing.application.persistence.ApplicationRepository;
import vn.onestop.licensing.investor.InvestorDirectory;
import vn.onestop.licensing.security.Roles;
import vn.onestop.support.audit.AuditTrail;
import vn.onestop.support.precondition.EntityTags;
import vn.onestop.support.problem.ApplicationException;
import vn.onestop.support.security.Actor;
import vn.onestop.workflow.limits.Deadlines;

/** Investors' drafts and everyone's reads of applications. */
@ApplicationScoped
@Transactional
public class ApplicationService {

    private final ApplicationRepository applications;
    private final InvestorDirectory investors;
    private final AuditTrail audit;
    private final ConsultedAgencies consultations;
    private final Clock clock;

    ApplicationService(
            ApplicationRepository applications,
            InvestorDirectory investors,
            AuditTrail audit,
            ConsultedAgencies consultations,
            Clock clock) {
        this.clock = clock;
        this.applications = applications;
        this.investors = investors;
        this.audit = audit;
        this.consultations = consultations;
    }

    /**
     * Starts a draft for the calling investor, who must have registered with investor-service.
     *
     * @throws ApplicationException 422 when the account has not registered, 503 when
     *     investor-service cannot answer
     */
    public Application create(Actor investor, ProjectDetails details) {
        var registered =
                investors
                        .findByOwner(investor.issuer(), investor.subject())
                        .orElseThrow(
                                () ->
                                        ApplicationException.unprocessable(
                                                "application.register-first"));
        Instant now = clock.instant();
        String reference =
                applications.nextReference(
                        LocalDate.ofInstant(now, Deadlines.AUTHORITY_ZONE).getYear());
        Application application =
                Application.draft(
                        reference,
                        registered.id(),
                        investor.issuer(),
                        investor.subject(),
                        details,
                        now);
        applications.persist(application);
        audit.record(
                investor,
                "APPLICATION_CREATED",
                Application.AUDIT_TARGET,
                application.id().toString(),
                Map.of("reference", reference));
        return application;
    }

    public Application edit(Actor investor, UUID id, String ifMatch, ProjectDetails details) {
        Application application = owned(investor, id);
        EntityTags.requireMatch(ifMatch, application.version());
        application.edit(details, clock.instant());
        applications.flush();
        audit.record(
                investor,
                "APPLICATION_EDITED",
                Application.AUDIT_TARGET,
                id.toString(),
                Map.of("reference", application.reference()));
        return application;
    }

    /**
     * An application as the caller may see it: investors their own, officials and auditors every
     * submitted case, an agency's officials the cases it was consulted on. Anything else is
     * reported missing so its existence does not leak.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Application get(Actor actor, UUID id) {
        Application application = applications.findByIdOptional(id).orElseThrow(() -> notFound(id));
        if (!canRead(actor, application)) {
            throw denied(actor, id);
        }
        return application;
    }

    /**
     * Investors list their own applications (drafts included); officials and auditors the submitted
     * cases. Either list may be narrowed to one status.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Application> list(Actor actor, ApplicationStatus status, int page, int size) {
        return seesOwnOnly(actor)
                ? applications.ownedBy(actor.issuer(), actor.subject(), status, page, size)
                : applications.cases(status, page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(Actor actor, ApplicationStatus status) {
        return seesOwnOnly(actor)
                ? applications.countOwnedBy(actor.issuer(), actor.subject(), status)
                : applications.countCases(status);
    }

    private static boolean seesOwnOnly(Actor actor) {
        return actor.hasRole(Roles.INVESTOR) && !isOfficialOrAuditor(actor);
    }

    private static boolean isOfficialOrAuditor(Actor actor) {
        return actor.hasRole(Roles.AUDITOR) || Roles.OFFICIALS.stream().anyMatch(actor::hasRole);
    }

    private boolean canRead(Actor actor, Application application) {
        if (application.isOwnedBy(actor.issuer(), actor.subject())) {
            return true;
        }
        if (application.status() == ApplicationStatus.DRAFT) {
            return false;
        }
        if (isOfficialOrAuditor(actor)) {
            return true;
        }
        Set<String> agencies =
                actor.roles().stream()
                        .filter(r -> r.startsWith(Roles.AGENCY_PREFIX))
                        .collect(Collectors.toSet());
        return actor.hasRole(Roles.AGENCY)
                && !agencies.isEmpty()
                && consultations.anyConsulted(application.reference(), agencies);
    }

    private Application owned(Actor investor, UUID id) {
        Application application = applications.findByIdOptional(id).orElseThrow(() -> notFound(id));
        if (!application.isOwnedBy(investor.issuer(), investor.subject())) {
            throw denied(investor, id);
        }
        return application;
    }

    /**
     * Records the refused attempt (in its own transaction) and answers as if the application did
     * not exist, so the refusal leaks nothing.
     */
    ApplicationException denied(Actor actor, UUID id) {
        audit.denied(
                actor,
                Application.AUDIT_TARGET,
                id.toString(),
                "The application is not the caller's");
        return notFound(id);
    }

    static ApplicationException notFound(UUID id) {
        return ApplicationException.notFound("application", id);
    }
}
