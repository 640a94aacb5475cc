package vn.onestop.investor.investor.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The person who legally represents an organisation before the authority. */
@Embeddable
public record LegalRepresentative(
        @Column(name = "representative_full_name") String fullName,
        @Column(name = "representative_position") String position,
        @Column(name = "representative_nationality") String nationality) {}
