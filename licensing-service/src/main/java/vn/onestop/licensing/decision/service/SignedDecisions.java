package vn.onestop.licensing.decision.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.onestop.licensing.application.service.ApplicationService;
import vn.onestop.licensing.decision.model.OfficialCertificate;
import vn.onestop.licensing.decision.model.StageDecision;
import vn.onestop.licensing.decision.persistence.OfficialCertificateRepository;
import vn.onestop.licensing.decision.persistence.StageDecisionRepository;
import vn.onestop.support.security.Actor;

/**
 * A case's decisions as signed legal acts: each with the text signed, the JWS, the certificate and
 * its current revocation state, so anyone can verify them again with their own tools.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SignedDecisions {

    private final ApplicationService applications;
    private final StageDecisionRepository decisions;
    private final OfficialCertificateRepository certificates;

    SignedDecisions(
            ApplicationService applications,
            StageDecisionRepository decisions,
            OfficialCertificateRepository certificates) {
        this.applications = applications;
        this.decisions = decisions;
        this.certificates = certificates;
    }

    /** A decision with the certificate it was signed with. */
    public record Signed(StageDecision decision, OfficialCertificate certificate) {}

    /** In the order they were taken; 404 for whoever may not read the case. */
    public List<Signed> forCase(Actor actor, UUID applicationId) {
        applications.get(actor, applicationId);
        List<StageDecision> found = decisions.forApplication(applicationId);
        Map<UUID, OfficialCertificate> used =
                found.isEmpty()
                        ? Map.of()
                        : certificates
                                .list(
                                        "id in ?1",
                                        found.stream().map(StageDecision::certificateId).toList())
                                .stream()
                                .collect(
                                        Collectors.toMap(
                                                OfficialCertificate::id, Function.identity()));
        return found.stream().map(d -> new Signed(d, used.get(d.certificateId()))).toList();
    }
}
