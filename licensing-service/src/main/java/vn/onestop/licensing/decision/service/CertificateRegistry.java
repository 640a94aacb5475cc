package vn.onestop.licensing.decision.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.onestop.licensing.decision.model.OfficialCertificate;
import vn.onestop.licensing.decision.persistence.OfficialCertificateRepository;
import vn.onestop.support.audit.AuditTrail;
import vn.onestop.support.problem.ApplicationException;
import vn.onestop.support.security.Actor;

/**
 * Which certificate belongs to which official. A certificate is registered by the official's own
 * account, so a signature made with it is bound to the token's issuer and subject.
 */
@ApplicationScoped
@Transactional
public class CertificateRegistry {

    static final String TARGET = "OFFICIAL_CERTIFICATE";

    private final OfficialCertificateRepository certificates;
    private final CertificateValidator validator;
    private final AuditTrail audit;
    private final Clock clock;

    CertificateRegistry(
            OfficialCertificateRepository certificates,
            CertificateValidator validator,
            AuditTrail audit,
            Clock clock) {
        this.clock = clock;
        this.certificates = certificates;
        this.validator = validator;
        this.audit = audit;
    }

    /**
     * Registers the caller's signing certificate; registering the same one again returns it.
     *
     * @throws ApplicationException 422 when it may not sign (untrusted, expired, wrong key usage,
     *     weak key), 409 when another account registered it
     */
    public Registration register(Actor official, List<String> chainBase64) {
        List<X509Certificate> chain = validator.parse(chainBase64);
        Instant now = clock.instant();
        validator.requireSigningCertificate(chain, now);
        X509Certificate signer = chain.get(0);
        String fingerprint = CertificateValidator.fingerprint(signer);
        var existing = certificates.findByFingerprint(fingerprint);
        if (existing.isPresent()) {
            if (!existing.get().isOwnedBy(official.issuer(), official.subject())) {
                throw ApplicationException.conflict("certificate.registered-to-other");
            }
            return new Registration(existing.get(), false);
        }
        var certificate =
                new OfficialCertificate(
                        official.issuer(),
                        official.subject(),
                        facts(signer, fingerprint),
                        chainBase64.subList(1, chainBase64.size()),
                        now);
        certificates.persist(certificate);
        audit.record(
                official,
                "CERTIFICATE_REGISTERED",
                TARGET,
                certificate.id().toString(),
                Map.of(
                        "fingerprint", fingerprint,
                        "subjectDn", certificate.subjectDn(),
                        "notAfter", certificate.notAfter().toString()));
        return new Registration(certificate, true);
    }

    /** A registered certificate, and whether this call registered it. */
    public record Registration(OfficialCertificate certificate, boolean created) {}

    /**
     * An administrator revokes a certificate: from now on it signs nothing, while what it signed
     * before stays valid.
     *
     * @throws ApplicationException 404 unknown, 409 already revoked
     */
    public OfficialCertificate revoke(Actor administrator, UUID id, String reason) {
        OfficialCertificate certificate =
                certificates
                        .findByIdOptional(id)
                        .orElseThrow(() -> ApplicationException.notFound("certificate", id));
        certificate.revoke(administrator.username(), reason, clock.instant());
        audit.record(
                administrator,
                "CERTIFICATE_REVOKED",
                TARGET,
                id.toString(),
                Map.of("fingerprint", certificate.fingerprint(), "reason", reason));
        return certificate;
    }

    /**
     * One registration, for its owner, administrators and auditors.
     *
     * @throws ApplicationException 404 when unknown or someone else's
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OfficialCertificate get(Actor actor, UUID id, boolean overseer) {
        return certificates
                .findByIdOptional(id)
                .filter(c -> overseer || c.isOwnedBy(actor.issuer(), actor.subject()))
                .orElseThrow(() -> ApplicationException.notFound("certificate", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OfficialCertificate> ownedBy(Actor official) {
        return certificates.ownedBy(official.issuer(), official.subject());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OfficialCertificate> search(String subject, int page, int size) {
        return certificates.search(subject, page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(String subject) {
        return certificates.countSearch(subject);
    }

    private static OfficialCertificate.CertificateFacts facts(
            X509Certificate certificate, String fingerprint) {
        try {
            return new OfficialCertificate.CertificateFacts(
                    fingerprint,
                    certificate.getSubjectX500Principal().getName(),
                    certificate.getIssuerX500Principal().getName(),
                    certificate.getSerialNumber().toString(16),
                    certificate.getNotBefore().toInstant(),
                    certificate.getNotAfter().toInstant(),
                    certificate.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
