package vn.onestop.licensing.application.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.onestop.licensing.application.model.Application;
import vn.onestop.licensing.application.model.ClockPause;
import vn.onestop.licensing.application.model.DossierDocument;
import vn.onestop.licensing.application.persistence.ApplicationRepository;
import vn.onestop.licensing.application.persistence.ClockPauseRepository;
import vn.onestop.licensing.application.persistence.DocumentRepository;

/**
 * The case core as the features above it see it: the application, its dossier and its clock,
 * without their repositories. Nothing here checks who asks; callers have done so (the inbox, the
 * forms, the engine's callbacks, the auditors' reads).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Cases {

    private final ApplicationRepository applications;
    private final DocumentRepository documents;
    private final ClockPauseRepository pauses;

    Cases(
            ApplicationRepository applications,
            DocumentRepository documents,
            ClockPauseRepository pauses) {
        this.applications = applications;
        this.documents = documents;
        this.pauses = pauses;
    }

    /** An application that something else (a licence, a notification) refers to. */
    public Application byId(UUID id) {
        return applications
                .findByIdOptional(id)
                .orElseThrow(() -> new IllegalStateException("No application " + id));
    }

    public Optional<Application> byReference(String reference) {
        return applications.findByReference(reference);
    }

    /** The case with its row locked, so that the decisions taken on it form one chain. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Application> lockByReference(String reference) {
        return applications.findByReferenceForUpdate(reference);
    }

    public List<Application> byReferences(Collection<String> references) {
        return references.isEmpty()
                ? List.of()
                : applications.list("reference in ?1", List.copyOf(references));
    }

    /** References of the open cases whose investor's name contains the text. */
    public List<String> referencesOfInvestorsNamed(String text) {
        return applications.referencesOfInvestorsNamed(text);
    }

    /** Every version of every dossier document, in upload order. */
    public List<DossierDocument> documentsOf(UUID applicationId) {
        return documents.forApplication(applicationId);
    }

    /** The dossier as it stands: the latest version of each document. */
    public List<DossierDocument> currentDocumentsOf(UUID applicationId) {
        return documents.current(applicationId);
    }

    public List<ClockPause> pausesOf(UUID applicationId) {
        return pauses.forApplication(applicationId);
    }

    /** Stops the statutory clock from the given day while the investor owes a supplement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void pauseClock(Application application, LocalDate from, String stage) {
        pauses.persist(new ClockPause(application.id(), from, stage));
    }
}
