package vn.onestop.licensing.licence.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.onestop.licensing.application.model.Application;
import vn.onestop.licensing.application.service.ApplicationService;
import vn.onestop.licensing.application.service.Cases;
import vn.onestop.licensing.licence.model.Licence;
import vn.onestop.licensing.licence.persistence.LicenceRepository;
import vn.onestop.licensing.notification.service.Notifier;
import vn.onestop.support.audit.AuditTrail;
import vn.onestop.support.json.CanonicalJson;
import vn.onestop.support.problem.ApplicationException;
import vn.onestop.support.security.Actor;

/** Reads licences: for whoever may read the case, and publicly for verification. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Licences {

    /** What public verification says of a certificate number. */
    public enum Status {
        VALID,
        REVOKED,
        UNKNOWN
    }

    /** A licence with the case it was issued for. */
    public record Issued(Licence licence, Application application) {
        public Status status() {
            return licence.revokedAt() != null ? Status.REVOKED : Status.VALID;
        }
    }

    private final LicenceRepository licences;
    private final Cases applications;
    private final ApplicationService access;
    private final AuditTrail audit;
    private final Notifier notifier;
    private final Clock clock;

    Licences(
            LicenceRepository licences,
            Cases applications,
            ApplicationService access,
            AuditTrail audit,
            Notifier notifier,
            Clock clock) {
        this.clock = clock;
        this.licences = licences;
        this.applications = applications;
        this.access = access;
        this.audit = audit;
        this.notifier = notifier;
    }

    /**
     * The licence of a case, for its owner, officials and auditors.
     *
     * @throws ApplicationException 404 when the case is not readable or has no sealed licence
     */
    public Issued forApplication(Actor actor, UUID applicationId) {
        Application application = access.get(actor, applicationId);
        Licence licence =
                licences.forApplication(applicationId)
                        .filter(Licence::isSealed)
                        .orElseThrow(
                                () ->
                                        ApplicationException.notFound(
                                                "licence-of-application", applicationId));
        return new Issued(licence, application);
    }

    /**
     * An approver revokes a case's licence (e.g. after an inspection); the investor is told and
     * public verification answers REVOKED from now on.
     *
     * @throws ApplicationException 404 when there is no licence, 409 when already revoked
     */
    @Transactional
    public Issued revoke(Actor approver, UUID applicationId, String reason) {
        Application application = access.get(approver, applicationId);
        Licence licence =
                licences.forApplication(applicationId)
                        .map(l -> licences.findById(l.id(), LockModeType.PESSIMISTIC_WRITE))
                        .filter(Licence::isSealed)
                        .orElseThrow(
                                () ->
                                        ApplicationException.notFound(
                                                "licence-of-application", applicationId));
        licence.revoke(reason, clock.instant());
        audit.record(
                approver,
                "LICENCE_REVOKED",
                "application",
                applicationId.toString(),
                Map.of(
                        "reference", application.reference(),
                        "certificateNumber", licence.certificateNumber(),
                        "reason", reason));
        notifier.tell(
                application,
                Notifier.Kind.DECISION,
                "Investment Registration Certificate "
                        + licence.certificateNumber()
                        + " was revoked: "
                        + reason);
        return new Issued(licence, application);
    }

    /** A sealed licence by its number, for anyone: absent when no such licence was issued. */
    public Optional<Issued> byNumber(String certificateNumber) {
        return licences.findByNumber(certificateNumber)
                .filter(Licence::isSealed)
                .map(l -> new Issued(l, applications.byId(l.applicationId())));
    }

    /** Whether {@code upload} is byte for byte the sealed document. */
    public static boolean isTheSealedDocument(Licence licence, byte[] upload) {
        return CanonicalJson.sha256Hex(upload).equals(licence.pdfSha256());
    }
}
