package vn.onestop.licensing.application.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.onestop.support.problem.ApplicationException;
import vn.onestop.workflow.process.EnvironmentalCategory;

/**
 * An investor's application for an Investment Registration Certificate: a draft its owner edits,
 * then, once submitted, a case whose status the workflow drives.
 */
@Entity
@Table(name = "application")
public class Application {

    /** The target type of the audit records that tell a case's story. */
    public static final String AUDIT_TARGET = "application";

    @Id private UUID id;

    @Version private long version;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(name = "investor_id", nullable = false, updatable = false)
    private UUID investorId;

    @Column(name = "owner_issuer", nullable = false, updatable = false)
    private String ownerIssuer;

    @Column(name = "owner_subject", nullable = false, updatable = false)
    private String ownerSubject;

    // The project's fields may be missing in a draft; submission requires them
    // (DossierRequirements), and the database refuses a submitted row without them.
    @Column(name = "project_name")
    private String projectName;

    private String objectives;

    @Column(name = "sector_code")
    private String sectorCode;

    private String park;

    private String zone;

    @Column(name = "land_area_m2")
    private BigDecimal landAreaM2;

    @Embedded private Money totalCapital;

    @Column(name = "construction_start")
    private LocalDate constructionStart;

    @Column(name = "operation_start")
    private LocalDate operationStart;

    @Column(name = "expected_employees")
    private Integer expectedEmployees;

    @Enumerated(EnumType.STRING)
    @Column(name = "environmental_category")
    private EnvironmentalCategory environmentalCategory;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status;

    @Column(name = "rule_set")
    private String ruleSet;

    @Column(name = "content_hash")
    private String contentHash;

    /** The investor's registered name when the case was submitted (printed on the licence). */
    @Column(name = "investor_name")
    private String investorName;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "statutory_due_date")
    private LocalDate statutoryDueDate;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Application() {}

    public static Application draft(
            String reference,
            UUID investorId,
            String ownerIssuer,
            String ownerSubject,
            ProjectDetails details,
            Instant now) {
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.reference = reference;
        application.investorId = investorId;
        application.ownerIssuer = ownerIssuer;
        application.ownerSubject = ownerSubject;
        application.status = ApplicationStatus.DRAFT;
        application.createdAt = now;
        application.apply(details, now);
        return application;
    }

    public void edit(ProjectDetails details, Instant now) {
        requireDraft("edited");
        apply(details, now);
    }

    /** Freezes the dossier under its content hash and the rule set in force. */
    public void submit(
            String contentHash,
            String ruleSet,
            LocalDate statutoryDueDate,
            String investorName,
            Instant now) {
        requireDraft("submitted");
        this.contentHash = contentHash;
        this.investorName = investorName;
        this.ruleSet = ruleSet;
        this.statutoryDueDate = statutoryDueDate;
        this.submittedAt = now;
        moveTo(ApplicationStatus.SUBMITTED, now);
    }

    /** The workflow moved the case; ended cases never move again. */
    public void moveTo(ApplicationStatus next, Instant now) {
        if (status.isEnded()) {
            throw ApplicationException.conflict("application.ended", reference, status);
        }
        this.status = next;
        this.updatedAt = now;
        if (next.isEnded()) {
            this.endedAt = now;
        }
    }

    /** The clock stopped or restarted: the due date is unknown while a supplement is owed. */
    public void rescheduleStatutoryDueDate(LocalDate dueDate, Instant now) {
        this.statutoryDueDate = dueDate;
        this.updatedAt = now;
    }

    public boolean isOwnedBy(String issuer, String subject) {
        return ownerIssuer.equals(issuer) && ownerSubject.equals(subject);
    }

    private void requireDraft(String action) {
        if (status != ApplicationStatus.DRAFT) {
            throw ApplicationException.conflict(
                    "application.no-longer." + action, reference, status);
        }
    }

    private void apply(ProjectDetails details, Instant now) {
        this.projectName = details.projectName();
        this.objectives = details.objectives();
        this.sectorCode = details.sectorCode();
        this.park = details.park();
        this.zone = details.zone();
        this.landAreaM2 = details.landAreaM2();
        this.totalCapital = details.totalCapital();
        this.constructionStart = details.constructionStart();
        this.operationStart = details.operationStart();
        this.expectedEmployees = details.expectedEmployees();
        this.environmentalCategory = details.environmentalCategory();
        this.updatedAt = now;
    }

    public ProjectDetails details() {
        return new ProjectDetails(
                projectName,
                objectives,
                sectorCode,
                park,
                zone,
                landAreaM2,
                totalCapital,
                constructionStart,
                operationStart,
                expectedEmployees,
                environmentalCategory);
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String reference() {
        return reference;
    }

    public UUID investorId() {
        return investorId;
    }

    public String ownerIssuer() {
        return ownerIssuer;
    }

    public String ownerSubject() {
        return ownerSubject;
    }

    public ApplicationStatus status() {
        return status;
    }

    public String ruleSet() {
        return ruleSet;
    }

    public String investorName() {
        return investorName;
    }

    public String contentHash() {
        return contentHash;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public LocalDate statutoryDueDate() {
        return statutoryDueDate;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
