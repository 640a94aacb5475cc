package vn.onestop.licensing.decision.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.onestop.licensing.decision.model.OfficialCertificate;

/** Registered signing certificates, found by fingerprint when a signature names one. */
@ApplicationScoped
public class OfficialCertificateRepository
        implements PanacheRepositoryBase<OfficialCertificate, UUID> {

    public Optional<OfficialCertificate> findByFingerprint(String fingerprint) {
        return find("fingerprint", fingerprint).firstResultOptional();
    }

    public List<OfficialCertificate> ownedBy(String issuer, String subject) {
        return find(
                        "officialIssuer = :issuer and officialSubject = :subject",
                        Sort.descending("registeredAt").and("id"),
                        Parameters.with("issuer", issuer).and("subject", subject))
                .list();
    }

    /** Every registration, newest first, optionally of one account subject. */
    public List<OfficialCertificate> search(String subject, int page, int size) {
        return (subject == null
                        ? findAll(Sort.descending("registeredAt").and("id"))
                        : find(
                                "officialSubject",
                                Sort.descending("registeredAt").and("id"),
                                subject))
                .page(Page.of(page, size))
                .list();
    }

    public long countSearch(String subject) {
        return subject == null ? count() : count("officialSubject", subject);
    }
}
