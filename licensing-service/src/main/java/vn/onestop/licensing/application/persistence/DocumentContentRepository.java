package vn.onestop.licensing.application.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.onestop.licensing.application.model.DocumentContent;

/** Bytes of dossier documents. */
@ApplicationScoped
public class DocumentContentRepository implements PanacheRepositoryBase<DocumentContent, UUID> {}
