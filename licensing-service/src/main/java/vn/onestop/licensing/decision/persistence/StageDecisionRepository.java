package vn.onestop.licensing.decision.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.onestop.licensing.decision.model.StageDecision;

/** Officials' decisions, in the order they were taken. */
@ApplicationScoped
public class StageDecisionRepository implements PanacheRepositoryBase<StageDecision, UUID> {

    public List<StageDecision> forApplication(UUID applicationId) {
        return list("applicationId", Sort.ascending("decidedAt"), applicationId);
    }

    /**
     * The case's latest decision, which the next one is chained to. Callers hold the application's
     * row lock, so no decision is recorded in between.
     */
    public Optional<StageDecision> latestFor(UUID applicationId) {
        return find("applicationId", Sort.descending("decidedAt").and("id"), applicationId)
                .firstResultOptional();
    }

    /** Whether the official took a decision at the stage on this case (separation of duties). */
    public boolean decided(UUID applicationId, String stage, String issuer, String subject) {
        return count(
                        "applicationId = ?1 and stage = ?2 and officialIssuer = ?3"
                                + " and officialSubject = ?4",
                        applicationId,
                        stage,
                        issuer,
                        subject)
                > 0;
    }
}
