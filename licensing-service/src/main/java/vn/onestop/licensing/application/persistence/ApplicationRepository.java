package vn.onestop.licensing.application.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import vn.onestop.licensing.application.model.Application;
import vn.onestop.licensing.application.model.ApplicationStatus;

/** Applications, their human-readable references and the investors' and officials' lists. */
@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<Application, UUID> {

    /** The next reference, {@code HTP-2026-000123}: unique, never reused, readable on paper. */
    public String nextReference(int year) {
        Number next =
                (Number)
                        getEntityManager()
                                .createNativeQuery("select nextval('application_reference_seq')")
                                .getSingleResult();
        return String.format("HTP-%d-%06d", year, next.longValue());
    }

    /** Locks the row, serializing submissions, resubmissions and withdrawals of one case. */
    public Optional<Application> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Locks the row of a case by its reference, serializing the decisions on it. */
    public Optional<Application> findByReferenceForUpdate(String reference) {
        return find("reference", reference)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public Optional<Application> findByReference(String reference) {
        return find("reference", reference).firstResultOptional();
    }

    /**
     * References of the open cases (submitted, not ended) whose investor's name contains the text,
     * any case: what the officials' inbox filters on.
     */
    public List<String> referencesOfInvestorsNamed(String text) {
        return getEntityManager()
                .createQuery(
                        "select a.reference from Application a where a.submittedAt is not null"
                                + " and a.endedAt is null and lower(a.investorName) like :text"
                                + " escape '!'",
                        String.class)
                .setParameter("text", "%" + likeLiteral(text.toLowerCase(Locale.ROOT)) + "%")
                .getResultList();
    }

    private static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** An account's own applications, drafts included, optionally in one status. */
    public List<Application> ownedBy(
            String issuer, String subject, ApplicationStatus status, int page, int size) {
        return owned(issuer, subject, status).page(Page.of(page, size)).list();
    }

    public long countOwnedBy(String issuer, String subject, ApplicationStatus status) {
        return owned(issuer, subject, status).count();
    }

    /** Submitted cases (never drafts), optionally in one status, for officials and auditors. */
    public List<Application> cases(ApplicationStatus status, int page, int size) {
        return submitted(status).page(Page.of(page, size)).list();
    }

    public long countCases(ApplicationStatus status) {
        return submitted(status).count();
    }

    private PanacheQuery<Application> owned(
            String issuer, String subject, ApplicationStatus status) {
        Parameters parameters = Parameters.with("issuer", issuer).and("subject", subject);
        String query = "ownerIssuer = :issuer and ownerSubject = :subject";
        if (status != null) {
            query += " and status = :status";
            parameters = parameters.and("status", status);
        }
        return find(query, Sort.descending("createdAt").and("id"), parameters);
    }

    private PanacheQuery<Application> submitted(ApplicationStatus status) {
        if (status != null) {
            return find("status", Sort.descending("createdAt").and("id"), status);
        }
        return find(
                "status <> ?1", Sort.descending("createdAt").and("id"), ApplicationStatus.DRAFT);
    }
}
