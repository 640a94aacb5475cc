package vn.onestop.licensing.application.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.onestop.licensing.application.model.DocumentType;
import vn.onestop.licensing.application.model.DossierDocument;

/** Dossier document versions (without their bytes). */
@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<DossierDocument, UUID> {

    public List<DossierDocument> forApplication(UUID applicationId) {
        return list("applicationId", Sort.ascending("uploadedAt").and("id"), applicationId);
    }

    public List<DossierDocument> current(UUID applicationId) {
        return list(
                "applicationId = ?1 and supersededAt is null",
                Sort.ascending("type"),
                applicationId);
    }

    public List<DossierDocument> currentOfType(UUID applicationId, DocumentType type) {
        return list(
                "applicationId = ?1 and type = ?2 and supersededAt is null", applicationId, type);
    }
}
