package vn.onestop.investor.investor.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** The document that identifies the investor, as issued by a country's authority. */
@Embeddable
public record IdentityDocument(
        @Enumerated(EnumType.STRING) @Column(name = "identity_document_type", nullable = false)
                IdentityDocumentType type,
        @Column(name = "identity_document_number", nullable = false) String number,
        @Column(name = "identity_document_country", nullable = false) String issuingCountry,
        @Column(name = "identity_document_expires_on") LocalDate expiresOn) {}
