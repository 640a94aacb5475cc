package vn.onestop.licensing.application.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The bytes of a dossier document, read only for downloads. */
@Entity
@Table(name = "document_content")
public class DocumentContent {

    @Id
    @Column(name = "document_id")
    private UUID documentId;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected DocumentContent() {}

    public DocumentContent(UUID documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content;
    }

    public byte[] content() {
        return content;
    }
}
