package vn.onestop.investor.investor.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import vn.onestop.investor.investor.model.Investor;
import vn.onestop.investor.investor.model.InvestorProfile;
import vn.onestop.investor.investor.model.InvestorSearch;
import vn.onestop.investor.investor.model.Owner;
import vn.onestop.investor.investor.persistence.InvestorRepository;
import vn.onestop.investor.security.Roles;
import vn.onestop.support.audit.AuditTrail;
import vn.onestop.support.precondition.EntityTags;
import vn.onestop.support.problem.ApplicationException;
import vn.onestop.support.problem.ProblemType;
import vn.onestop.support.security.Actor;

/** Investors registering themselves, reading and correcting their own record; officials' reads. */
@ApplicationScoped
@Transactional
public class InvestorService {

    static final String TARGET = "investor";

    private final InvestorRepository investors;
    private final AuditTrail audit;
    private final MeterRegistry metrics;

    InvestorService(InvestorRepository investors, AuditTrail audit, MeterRegistry metrics) {
        this.investors = investors;
        this.audit = audit;
        this.metrics = metrics;
    }

    /**
     * Registers the calling account as an investor; one record per account.
     *
     * @throws ApplicationException 409 when the account already has a record
     */
    public Investor register(Actor actor, InvestorProfile profile) {
        if (investors.findByOwner(actor.issuer(), actor.subject()).isPresent()) {
            throw alreadyRegistered();
        }
        Investor investor =
                Investor.register(new Owner(actor.issuer(), actor.subject()), profile, now());
        try {
            investors.persistAndFlush(investor);
        } catch (PersistenceException e) {
            // A concurrent registration by the same account won the unique (issuer, subject) key.
            if (e instanceof ConstraintViolationException
                    || e.getCause() instanceof ConstraintViolationException) {
                throw alreadyRegistered();
            }
            throw e;
        }
        audit.record(
                actor,
                "INVESTOR_REGISTERED",
                TARGET,
                investor.id().toString(),
                Map.of("type", profile.type().name(), "country", profile.country()));
        metrics.counter("investor.registrations", "type", profile.type().name()).increment();
        return investor;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Investor findOwn(Actor actor) {
        return investors
                .findByOwner(actor.issuer(), actor.subject())
                .orElseThrow(
                        () ->
                                new ApplicationException(
                                        ProblemType.NOT_FOUND, "investor.not-registered"));
    }

    /**
     * A record as the caller may see it: officials and auditors see every record, investors only
     * their own. Someone else's record is reported as missing so its existence does not leak.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Investor get(Actor actor, UUID id) {
        Investor investor = investors.findByIdOptional(id).orElseThrow(() -> notFound(id));
        boolean official = actor.hasRole(Roles.RECEPTION) || actor.hasRole(Roles.AUDITOR);
        if (!official && !investor.isOwnedBy(actor.issuer(), actor.subject())) {
            throw denied(actor, id);
        }
        return investor;
    }

    /** The owner corrects their record, against the version they read ({@code If-Match}). */
    public Investor updateProfile(Actor actor, UUID id, String ifMatch, InvestorProfile profile) {
        Investor investor = investors.findByIdOptional(id).orElseThrow(() -> notFound(id));
        if (!investor.isOwnedBy(actor.issuer(), actor.subject())) {
            throw denied(actor, id);
        }
        EntityTags.requireMatch(ifMatch, investor.version());
        var before = investor.status();
        investor.updateProfile(profile, now());
        investors.flush();
        audit.record(
                actor,
                "INVESTOR_PROFILE_UPDATED",
                TARGET,
                id.toString(),
                Map.of("statusBefore", before.name(), "statusAfter", investor.status().name()));
        return investor;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Investor> search(InvestorSearch search, int page, int size) {
        return investors.search(search, page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(InvestorSearch search) {
        return investors.count(search);
    }

    /** For other services of the suite: the record of an account, if it registered. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Investor findByOwner(String issuer, String subject) {
        return investors
                .findByOwner(issuer, subject)
                .orElseThrow(
                        () ->
                                new ApplicationException(
                                        ProblemType.NOT_FOUND, "investor.none-for-account"));
    }

    /** For other services of the suite, which hold no investor token. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Investor getForService(UUID id) {
        return investors.findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    /**
     * Records the refused attempt (in its own transaction) and answers as if the record did not
     * exist, so the refusal leaks nothing.
     */
    private ApplicationException denied(Actor actor, UUID id) {
        audit.denied(actor, TARGET, id.toString(), "The investor record is not the caller's");
        return notFound(id);
    }

    static ApplicationException notFound(UUID id) {
        return ApplicationException.notFound("investor", id);
    }

    static Instant now() {
        // PostgreSQL keeps microseconds; truncating keeps responses equal to later reads.
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static ApplicationException alreadyRegistered() {
        return ApplicationException.conflict("investor.already-registered");
    }
}
