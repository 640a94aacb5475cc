package vn.onestop.licensing.audit.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.onestop.licensing.forms.service.CaseFile;
import vn.onestop.support.audit.AuditRecord;
import vn.onestop.support.audit.ChainLink;
import vn.onestop.workflow.history.CaseHistory;

/** What an auditor reads about a case, and the export that proves it offline. */
public final class CaseAudit {

    private CaseAudit() {}

    /** A case as found by a search. */
    public record CaseSummary(
            UUID id,
            String reference,
            UUID investorId,
            String investorName,
            String projectName,
            String status,
            String ruleSet,
            String dossierHash,
            Instant submittedAt,
            LocalDate statutoryDueDate,
            Instant endedAt,
            boolean overdue) {}

    /** One line of the merged history: where it comes from, what happened, who did it. */
    public record Entry(
            Instant at, String source, String type, String actor, Map<String, Object> details) {}

    /** A dossier document version and its hash. */
    public record DocumentVersion(
            UUID id,
            String type,
            int version,
            String filename,
            long sizeBytes,
            String sha256,
            Instant uploadedAt,
            Instant supersededAt) {}

    /**
     * A notification the investor was sent; {@code emailStatus} is PENDING, SENT, FAILED, or
     * NOT_EMAILED when e-mail copies are switched off.
     */
    public record SentNotification(
            UUID id, String kind, String message, Instant createdAt, String emailStatus) {}

    /**
     * A signed decision with what was signed and the result of verifying it again now: {@code
     * problems} is empty when every check still holds.
     */
    public record DecisionCheck(
            String taskId,
            String stage,
            String outcome,
            Instant decidedAt,
            String official,
            String document,
            String documentHash,
            String previousDecisionHash,
            String signature,
            String certificateDer,
            Instant certificateRevokedAt,
            Map<String, Object> verifiedWhenMade,
            boolean validNow,
            List<String> problems) {}

    /** Everything known about a case, each part in time order, and all of it merged. */
    public record History(
            CaseSummary caseFile,
            CaseFile.Clock clock,
            List<Entry> timeline,
            List<CaseHistory.Step> activities,
            List<DecisionCheck> decisions,
            List<DocumentVersion> documents,
            List<SentNotification> notifications,
            List<AuditRecord> auditRecords) {}

    /**
     * A case's history with the proof that its audit records are part of the sealed chain: the
     * links of every record from the case's first one to the end of the checkpoint that covers its
     * last one, and those checkpoints (compact JWS with the e-seal's certificate chain). Records
     * after the last checkpoint are linked but not yet sealed.
     */
    public record Export(
            String format,
            String service,
            Instant exportedAt,
            History history,
            List<ChainLink> chainSegment,
            List<String> checkpoints,
            long sealedUpTo) {

        public static final String FORMAT = "urn:onestop:case-export:v1";
    }

    /**
     * Counts and processing times of one stage or one official; {@code limit} is the stage's time
     * limit under the rule set in force at the end of the period (none for an official), and {@code
     * label} an official's name and username as the officials' directory has them (none for a
     * stage, whose name the client words, or an official who never signed in to the workspace).
     */
    public record Performance(
            String key,
            String label,
            String limit,
            long completed,
            double medianHours,
            double p90Hours,
            double medianWorkingDays,
            double p90WorkingDays,
            long onTime,
            long late,
            double onTimeRate) {}

    /** A reason and how often it was given. */
    public record ReasonCount(String reason, long count) {}

    public record Statistics(
            Instant from,
            Instant to,
            List<Performance> stages,
            List<Performance> officials,
            long overdueOpenTasks,
            long overdueCases,
            Map<String, Map<String, Long>> outcomes,
            List<ReasonCount> supplementReasons,
            List<ReasonCount> refusalReasons) {}

    /**
     * One row of the processing-control sheet (Phiếu kiểm soát quá trình giải quyết hồ sơ): who
     * handed the file to whom, when, by when it was due, and whether it was on time.
     */
    public record ControlStep(
            String step,
            String handedOverBy,
            String receivedBy,
            Instant receivedAt,
            Instant dueAt,
            Instant completedAt,
            String result,
            String timeliness) {}

    /**
     * The processing-control sheet and the case's line in the tracking log (Sổ theo dõi hồ sơ):
     * received, due, returned, on time or late.
     */
    public record ProcessingControl(
            String reference,
            String investorName,
            String projectName,
            Instant receivedAt,
            LocalDate appointmentDate,
            Instant returnedAt,
            String result,
            String timeliness,
            List<ControlStep> steps) {}
}
