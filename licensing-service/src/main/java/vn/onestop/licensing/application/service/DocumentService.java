package vn.onestop.licensing.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.onestop.licensing.application.model.Application;
import vn.onestop.licensing.application.model.ApplicationStatus;
import vn.onestop.licensing.application.model.DocumentContent;
import vn.onestop.licensing.application.model.DocumentType;
import vn.onestop.licensing.application.model.DossierDocument;
import vn.onestop.licensing.application.model.UploadRules;
import vn.onestop.licensing.application.persistence.ApplicationRepository;
import vn.onestop.licensing.application.persistence.DocumentContentRepository;
import vn.onestop.licensing.application.persistence.DocumentRepository;
import vn.onestop.support.audit.AuditTrail;
import vn.onestop.support.problem.ApplicationException;
import vn.onestop.support.problem.ProblemType;
import vn.onestop.support.security.Actor;

/**
 * The dossier's files: uploaded by the investor while the dossier is open (a draft, or while a
 * supplement is owed), read by whoever may read the case.
 */
@ApplicationScoped
@Transactional
public class DocumentService {

    private static final Set<ApplicationStatus> OPEN =
            Set.of(ApplicationStatus.DRAFT, ApplicationStatus.SUPPLEMENT_REQUESTED);

    /** A document with its bytes, for a download. */
    public record Download(DossierDocument document, byte[] content) {}

    private final ApplicationRepository applications;
    private final ApplicationService reads;
    private final DocumentRepository documents;
    private final DocumentContentRepository contents;
    private final DocumentConfig config;
    private final AuditTrail audit;
    private final Clock clock;

    DocumentService(
            ApplicationRepository applications,
            ApplicationService reads,
            DocumentRepository documents,
            DocumentContentRepository contents,
            DocumentConfig config,
            AuditTrail audit,
            Clock clock) {
        this.clock = clock;
        this.applications = applications;
        this.reads = reads;
        this.documents = documents;
        this.contents = contents;
        this.config = config;
        this.audit = audit;
    }

    /**
     * Adds a version of a document; it supersedes the current one of the same type.
     *
     * @throws ApplicationException 409 when the dossier is frozen, 413 above the size limit, 415
     *     when the content is not a PDF
     */
    public DossierDocument upload(
            Actor investor, UUID applicationId, DocumentType type, String filename, Path file) {
        Application application =
                applications
                        .findForUpdate(applicationId)
                        .filter(a -> a.isOwnedBy(investor.issuer(), investor.subject()))
                        .orElseThrow(() -> ApplicationService.notFound(applicationId));
        if (!OPEN.contains(application.status())) {
            throw ApplicationException.conflict(
                    "dossier.frozen", application.reference(), application.status());
        }
        byte[] content = read(file);
        if (content.length > config.maxSize().asLongValue()) {
            throw new ApplicationException(
                    ProblemType.PAYLOAD_TOO_LARGE,
                    "dossier.too-large",
                    content.length,
                    config.maxSize().asLongValue());
        }
        if (!UploadRules.isPdf(content)) {
            throw new ApplicationException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "dossier.not-pdf");
        }
        Instant now = clock.instant();
        documents.currentOfType(applicationId, type).forEach(d -> d.supersede(now));
        var document =
                new DossierDocument(
                        applicationId,
                        type,
                        UploadRules.safeFilename(filename),
                        content.length,
                        sha256(content),
                        investor.subject(),
                        now);
        documents.persist(document);
        contents.persist(new DocumentContent(document.id(), content));
        audit.record(
                investor,
                "DOCUMENT_UPLOADED",
                Application.AUDIT_TARGET,
                applicationId.toString(),
                Map.of(
                        "reference", application.reference(),
                        "documentId", document.id().toString(),
                        "type", type.name(),
                        "sha256", document.sha256(),
                        "sizeBytes", content.length));
        return document;
    }

    /** Every version, oldest first, for whoever may read the case. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DossierDocument> list(Actor actor, UUID applicationId) {
        requireReadable(actor, applicationId);
        return documents.forApplication(applicationId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Download download(Actor actor, UUID applicationId, UUID documentId) {
        requireReadable(actor, applicationId);
        DossierDocument document =
                documents
                        .findByIdOptional(documentId)
                        .filter(d -> d.applicationId().equals(applicationId))
                        .orElseThrow(() -> ApplicationException.notFound("document", documentId));
        return new Download(document, contents.findById(documentId).content());
    }

    private void requireReadable(Actor actor, UUID applicationId) {
        reads.get(actor, applicationId);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
