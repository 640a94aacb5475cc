package vn.onestop.licensing.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.onestop.licensing.application.model.Application;
import vn.onestop.licensing.application.model.DossierDocument;
import vn.onestop.licensing.application.service.Cases;
import vn.onestop.licensing.decision.service.DecisionSignatures;
import vn.onestop.licensing.decision.service.SignedDecisions;
import vn.onestop.licensing.forms.service.CaseFile;
import vn.onestop.licensing.forms.service.CaseFileService;
import vn.onestop.licensing.notification.service.Notifier;
import vn.onestop.support.audit.AuditRecord;
import vn.onestop.support.audit.AuditStore;
import vn.onestop.support.security.Actor;
import vn.onestop.workflow.history.CaseHistory;

/**
 * A case as an auditor reconstructs it: the audit trail, the engine's history, the signed decisions
 * verified again, the documents and notifications, merged in time order; and the export that lets
 * anyone check it without the database.
 */
@ApplicationScoped
@Transactional
public class CaseAuditService {

    private final CaseFileService caseFiles;
    private final CaseHistory engineHistory;
    private final AuditStore trail;
    private final SignedDecisions signedDecisions;
    private final DecisionSignatures signatures;
    private final Cases cases;
    private final Notifier notifier;
    private final String service;
    private final Clock clock;

    CaseAuditService(
            CaseFileService caseFiles,
            CaseHistory engineHistory,
            AuditStore trail,
            SignedDecisions signedDecisions,
            DecisionSignatures signatures,
            Cases cases,
            Notifier notifier,
            @ConfigProperty(name = "quarkus.application.name") String service,
            Clock clock) {
        this.clock = clock;
        this.caseFiles = caseFiles;
        this.engineHistory = engineHistory;
        this.trail = trail;
        this.signedDecisions = signedDecisions;
        this.signatures = signatures;
        this.cases = cases;
        this.notifier = notifier;
        this.service = service;
    }

    public CaseAudit.History history(Actor auditor, UUID id) {
        Instant now = clock.instant();
        CaseFile.Timeline file = caseFiles.timeline(auditor, id);
        Application application = file.application();
        List<CaseHistory.Step> steps = engineHistory.steps(application.reference(), now);
        List<AuditRecord> records = trail.ofTarget(Application.AUDIT_TARGET, id.toString());
        List<CaseAudit.DecisionCheck> decisions = decisions(auditor, id);
        List<CaseAudit.DocumentVersion> versions = documents(id);
        List<CaseAudit.SentNotification> sent =
                notifier.ofCase(id).stream()
                        .map(
                                n ->
                                        new CaseAudit.SentNotification(
                                                n.id(),
                                                n.kind(),
                                                n.message(),
                                                n.createdAt(),
                                                // No status: e-mail copies are switched off.
                                                n.emailStatus() == null
                                                        ? "NOT_EMAILED"
                                                        : n.emailStatus().name()))
                        .toList();
        return new CaseAudit.History(
                CaseSearch.summary(application, now),
                file.clock(),
                merge(records, steps, decisions, versions, sent),
                steps,
                decisions,
                versions,
                sent,
                records);
    }

    /** The case's signed decisions, each verified again now. */
    public List<CaseAudit.DecisionCheck> decisions(Actor auditor, UUID id) {
        List<CaseAudit.DecisionCheck> checked = new ArrayList<>();
        String previous = null;
        for (SignedDecisions.Signed signed : signedDecisions.forCase(auditor, id)) {
            var decision = signed.decision();
            List<String> problems = signatures.recheck(decision, signed.certificate(), previous);
            checked.add(
                    new CaseAudit.DecisionCheck(
                            decision.taskId(),
                            decision.stage(),
                            decision.outcome(),
                            decision.decidedAt(),
                            decision.officialUsername(),
                            decision.document(),
                            decision.documentHash(),
                            decision.previousHash(),
                            decision.signature(),
                            signed.certificate() == null
                                    ? null
                                    : Base64.getEncoder()
                                            .encodeToString(signed.certificate().certificateDer()),
                            signed.certificate() == null ? null : signed.certificate().revokedAt(),
                            decision.verification(),
                            problems.isEmpty(),
                            problems));
            previous = decision.documentHash();
        }
        return checked;
    }

    /**
     * The history with its proof: the chain links from the case's first record to the end of the
     * checkpoint covering its last one, and the checkpoints themselves.
     */
    public CaseAudit.Export export(Actor auditor, UUID id) {
        CaseAudit.History history = history(auditor, id);
        List<AuditRecord> records =
                history.auditRecords().stream().filter(r -> r.hash() != null).toList();
        long sealedUpTo = trail.sealedUpTo();
        if (records.isEmpty()) {
            return new CaseAudit.Export(
                    CaseAudit.Export.FORMAT,
                    service,
                    clock.instant(),
                    history,
                    List.of(),
                    List.of(),
                    sealedUpTo);
        }
        long first = records.get(0).seq();
        long last = records.get(records.size() - 1).seq();
        List<AuditStore.SealedCheckpoint> covering = trail.checkpoints(first, last);
        long end =
                covering.stream()
                        .filter(c -> c.fromSequence() <= last)
                        .mapToLong(AuditStore.SealedCheckpoint::toSequence)
                        .max()
                        .orElse(trail.head().lastSeq());
        long segmentEnd = Math.max(end, last);
        return new CaseAudit.Export(
                CaseAudit.Export.FORMAT,
                service,
                clock.instant(),
                history,
                trail.links(first, segmentEnd),
                covering.stream().map(AuditStore.SealedCheckpoint::jws).toList(),
                sealedUpTo);
    }

    /**
     * The processing-control sheet: each user task as a hand-over from whoever held the file before
     * (the investor at first and after a supplement) to the official who worked it.
     */
    public CaseAudit.ProcessingControl processingControl(Actor auditor, UUID id) {
        Instant now = clock.instant();
        Application application = caseFiles.timeline(auditor, id).application();
        Map<String, String> outcomes = new HashMap<>();
        for (SignedDecisions.Signed signed : signedDecisions.forCase(auditor, id)) {
            outcomes.put(signed.decision().taskId(), signed.decision().outcome());
        }
        String investor = application.investorName();
        String holder = investor;
        List<CaseAudit.ControlStep> rows = new ArrayList<>();
        for (CaseHistory.Step step : engineHistory.steps(application.reference(), now)) {
            if ("receiveTask".equals(step.type()) && step.endedAt() != null) {
                holder = investor;
                continue;
            }
            if (!"userTask".equals(step.type())) {
                continue;
            }
            String receiver =
                    step.assignee() != null
                            ? step.assignee()
                            : String.join(", ", step.candidateGroups());
            rows.add(
                    new CaseAudit.ControlStep(
                            step.name() == null ? step.activityId() : step.name(),
                            holder,
                            receiver,
                            step.startedAt(),
                            step.dueAt(),
                            step.endedAt(),
                            outcomes.get(step.taskId()),
                            timeliness(step.endedAt(), step.dueAt(), now)));
            holder = receiver;
        }
        Instant due =
                application.statutoryDueDate() == null
                        ? null
                        : application
                                .statutoryDueDate()
                                .plusDays(1)
                                .atStartOfDay(vn.onestop.workflow.limits.Deadlines.AUTHORITY_ZONE)
                                .toInstant();
        return new CaseAudit.ProcessingControl(
                application.reference(),
                investor,
                application.details().projectName(),
                application.submittedAt(),
                application.statutoryDueDate(),
                application.endedAt(),
                application.status().name(),
                timeliness(application.endedAt(), due, now),
                rows);
    }

    private static String timeliness(Instant endedAt, Instant dueAt, Instant now) {
        if (endedAt == null) {
            return dueAt != null && now.isAfter(dueAt) ? "OVERDUE" : "IN_PROGRESS";
        }
        return dueAt == null || !endedAt.isAfter(dueAt) ? "ON_TIME" : "LATE";
    }

    private List<CaseAudit.DocumentVersion> documents(UUID id) {
        Map<String, Integer> versions = new HashMap<>();
        List<CaseAudit.DocumentVersion> found = new ArrayList<>();
        List<DossierDocument> uploaded = new ArrayList<>(cases.documentsOf(id));
        uploaded.sort(Comparator.comparing(DossierDocument::uploadedAt));
        for (DossierDocument document : uploaded) {
            int version = versions.merge(document.type().name(), 1, Integer::sum);
            found.add(
                    new CaseAudit.DocumentVersion(
                            document.id(),
                            document.type().name(),
                            version,
                            document.filename(),
                            document.sizeBytes(),
                            document.sha256(),
                            document.uploadedAt(),
                            document.supersededAt()));
        }
        return found;
    }

    private static List<CaseAudit.Entry> merge(
            List<AuditRecord> records,
            List<CaseHistory.Step> steps,
            List<CaseAudit.DecisionCheck> decisions,
            List<CaseAudit.DocumentVersion> versions,
            List<CaseAudit.SentNotification> sent) {
        List<CaseAudit.Entry> entries = new ArrayList<>();
        for (AuditRecord r : records) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("seq", r.seq());
            details.put("outcome", r.outcome());
            details.put("where", r.location());
            details.put("roles", r.actorRoles());
            details.put("details", r.details());
            entries.add(
                    new CaseAudit.Entry(
                            r.occurredAt(), "AUDIT", r.eventType(), r.actorUsername(), details));
        }
        for (CaseHistory.Step s : steps) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("activityId", s.activityId());
            details.put("name", s.name());
            details.put("type", s.type());
            details.put("candidateGroups", s.candidateGroups());
            details.put("dueAt", s.dueAt());
            entries.add(
                    new CaseAudit.Entry(
                            s.startedAt(), "ENGINE", "ACTIVITY_STARTED", s.assignee(), details));
            if (s.endedAt() != null) {
                Map<String, Object> ended = new LinkedHashMap<>(details);
                ended.put("durationMillis", s.durationMillis());
                ended.put("overdue", s.overdue());
                entries.add(
                        new CaseAudit.Entry(
                                s.endedAt(), "ENGINE", "ACTIVITY_ENDED", s.assignee(), ended));
            }
        }
        for (CaseAudit.DecisionCheck d : decisions) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("stage", d.stage());
            details.put("outcome", d.outcome());
            details.put("documentHash", d.documentHash());
            details.put("validNow", d.validNow());
            entries.add(
                    new CaseAudit.Entry(
                            d.decidedAt(), "DECISION", "DECISION_SIGNED", d.official(), details));
        }
        for (CaseAudit.DocumentVersion v : versions) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("documentType", v.type());
            details.put("version", v.version());
            details.put("sha256", v.sha256());
            entries.add(
                    new CaseAudit.Entry(
                            v.uploadedAt(), "DOCUMENT", "DOCUMENT_UPLOADED", null, details));
        }
        for (CaseAudit.SentNotification n : sent) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("kind", n.kind());
            details.put("emailStatus", n.emailStatus());
            entries.add(
                    new CaseAudit.Entry(
                            n.createdAt(), "NOTIFICATION", "NOTIFICATION_SENT", null, details));
        }
        entries.sort(Comparator.comparing(CaseAudit.Entry::at));
        return entries;
    }
}
