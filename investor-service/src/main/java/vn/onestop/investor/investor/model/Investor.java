package vn.onestop.investor.investor.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import vn.onestop.support.problem.ApplicationException;

/**
 * An investor known to the authority, owned by one OIDC account. The lifecycle is
 * PENDING_VERIFICATION → VERIFIED | REJECTED; a rejected record goes back to pending when its owner
 * corrects it; a verified one can be suspended and reinstated.
 */
@Entity
@Table(name = "investor")
public class Investor {

    @Id private UUID id;

    @Version private long version;

    @Embedded private Owner owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvestorType type;

    @Column(name = "legal_name", nullable = false)
    private String legalName;

    @Column(nullable = false)
    private String country;

    @Embedded private IdentityDocument identityDocument;

    @Embedded private Address registeredAddress;

    @Column(name = "contact_email", nullable = false)
    private String contactEmail;

    @Column(name = "contact_phone", nullable = false)
    private String contactPhone;

    @Embedded private LegalRepresentative legalRepresentative;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvestorStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Investor() {}

    public static Investor register(Owner owner, InvestorProfile profile, Instant now) {
        Investor investor = new Investor();
        investor.id = UUID.randomUUID();
        investor.owner = owner;
        investor.status = InvestorStatus.PENDING_VERIFICATION;
        investor.statusChangedAt = now;
        investor.createdAt = now;
        investor.apply(profile, now);
        return investor;
    }

    /**
     * The owner corrects the profile. Allowed while the authority has not accepted it; correcting a
     * rejected record submits it for verification again.
     */
    public void updateProfile(InvestorProfile profile, Instant now) {
        requireStatus(
                Set.of(InvestorStatus.PENDING_VERIFICATION, InvestorStatus.REJECTED), "edited");
        if (status == InvestorStatus.REJECTED) {
            changeStatus(InvestorStatus.PENDING_VERIFICATION, null, now);
        }
        apply(profile, now);
    }

    public void verify(Instant now) {
        requireStatus(Set.of(InvestorStatus.PENDING_VERIFICATION), "verified");
        changeStatus(InvestorStatus.VERIFIED, null, now);
    }

    public void reject(String reason, Instant now) {
        requireStatus(Set.of(InvestorStatus.PENDING_VERIFICATION), "rejected");
        changeStatus(InvestorStatus.REJECTED, reason, now);
    }

    public void suspend(String reason, Instant now) {
        requireStatus(Set.of(InvestorStatus.VERIFIED), "suspended");
        changeStatus(InvestorStatus.SUSPENDED, reason, now);
    }

    public void reinstate(Instant now) {
        requireStatus(Set.of(InvestorStatus.SUSPENDED), "reinstated");
        changeStatus(InvestorStatus.VERIFIED, null, now);
    }

    public boolean isOwnedBy(String issuer, String subject) {
        return owner.issuer().equals(issuer) && owner.subject().equals(subject);
    }

    private void apply(InvestorProfile profile, Instant now) {
        this.type = profile.type();
        this.legalName = profile.legalName();
        this.country = profile.country();
        this.identityDocument = profile.identityDocument();
        this.registeredAddress = profile.registeredAddress();
        this.contactEmail = profile.contactEmail();
        this.contactPhone = profile.contactPhone();
        this.legalRepresentative = profile.legalRepresentative();
        this.updatedAt = now;
    }

    private void requireStatus(Set<InvestorStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw ApplicationException.conflict("investor.status-forbids." + action, status);
        }
    }

    private void changeStatus(InvestorStatus next, String reason, Instant now) {
        this.status = next;
        this.statusReason = reason;
        this.statusChangedAt = now;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Owner owner() {
        return owner;
    }

    public InvestorProfile profile() {
        return new InvestorProfile(
                type,
                legalName,
                country,
                identityDocument,
                registeredAddress,
                contactEmail,
                contactPhone,
                legalRepresentative);
    }

    public InvestorStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
