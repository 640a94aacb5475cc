package vn.onestop.investor.investor.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import vn.onestop.investor.investor.model.Investor;
import vn.onestop.investor.investor.persistence.InvestorRepository;
import vn.onestop.support.audit.AuditTrail;
import vn.onestop.support.precondition.EntityTags;
import vn.onestop.support.problem.ApplicationException;
import vn.onestop.support.security.Actor;

/**
 * Reception officials' decisions on investor records: verify, reject, suspend, reinstate. Each is
 * taken against the version the official read, and never on the official's own record.
 */
@ApplicationScoped
@Transactional
public class InvestorVerificationService {

    private final InvestorRepository investors;
    private final AuditTrail audit;
    private final MeterRegistry metrics;

    InvestorVerificationService(
            InvestorRepository investors, AuditTrail audit, MeterRegistry metrics) {
        this.investors = investors;
        this.audit = audit;
        this.metrics = metrics;
    }

    public Investor verify(Actor official, UUID id, String ifMatch) {
        return decide(official, id, ifMatch, "INVESTOR_VERIFIED", null, i -> i.verify(now()));
    }

    public Investor reject(Actor official, UUID id, String ifMatch, String reason) {
        return decide(
                official, id, ifMatch, "INVESTOR_REJECTED", reason, i -> i.reject(reason, now()));
    }

    public Investor suspend(Actor official, UUID id, String ifMatch, String reason) {
        return decide(
                official, id, ifMatch, "INVESTOR_SUSPENDED", reason, i -> i.suspend(reason, now()));
    }

    public Investor reinstate(Actor official, UUID id, String ifMatch) {
        return decide(official, id, ifMatch, "INVESTOR_REINSTATED", null, i -> i.reinstate(now()));
    }

    private Investor decide(
            Actor official,
            UUID id,
            String ifMatch,
            String action,
            String reason,
            Consumer<Investor> decision) {
        Investor investor =
                investors.findByIdOptional(id).orElseThrow(() -> InvestorService.notFound(id));
        if (investor.isOwnedBy(official.issuer(), official.subject())) {
            throw ApplicationException.forbidden("investor.own-record");
        }
        EntityTags.requireMatch(ifMatch, investor.version());
        var before = investor.status();
        decision.accept(investor);
        investors.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", before.name());
        details.put("to", investor.status().name());
        if (reason != null) {
            details.put("reason", reason);
        }
        audit.record(official, action, InvestorService.TARGET, id.toString(), details);
        metrics.counter("investor.decisions", "action", action).increment();
        return investor;
    }

    private static Instant now() {
        return InvestorService.now();
    }
}
