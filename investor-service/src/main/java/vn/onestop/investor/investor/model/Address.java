package vn.onestop.investor.investor.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address (registered office or residence). */
@Embeddable
public record Address(
        @Column(name = "address_street", nullable = false) String street,
        @Column(name = "address_city", nullable = false) String city,
        @Column(name = "address_postal_code") String postalCode,
        @Column(name = "address_country", nullable = false) String country) {}
