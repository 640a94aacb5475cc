package vn.onestop.licensing.decision.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.onestop.licensing.decision.model.StageDecision;
import vn.onestop.licensing.decision.persistence.StageDecisionRepository;

/** The signed decisions taken on cases, as the features that record and read them see them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Decisions {

    private final StageDecisionRepository decisions;

    Decisions(StageDecisionRepository decisions) {
        this.decisions = decisions;
    }

    /** Records a verified decision; the caller holds the case's row lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(StageDecision decision) {
        decisions.persist(decision);
    }

    /** The case's decisions, oldest first. */
    public List<StageDecision> of(UUID applicationId) {
        return decisions.forApplication(applicationId);
    }

    /** The case's latest decision, which the next one is chained to. */
    public Optional<StageDecision> latestOf(UUID applicationId) {
        return decisions.latestFor(applicationId);
    }

    /** Decisions taken in [from, to), for the statistics. */
    public List<StageDecision> takenBetween(Instant from, Instant to) {
        return decisions.list("decidedAt >= ?1 and decidedAt < ?2", from, to);
    }

    /** Whether the official took a decision at the stage on this case (separation of duties). */
    public boolean decided(UUID applicationId, String stage, String issuer, String subject) {
        return decisions.decided(applicationId, stage, issuer, subject);
    }
}
