package vn.onestop.investor.investor.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The OIDC account that owns an investor record. A subject is only unique within its issuer, so
 * both are kept.
 */
@Embeddable
public record Owner(
        @Column(name = "owner_issuer", nullable = false, updatable = false) String issuer,
        @Column(name = "owner_subject", nullable = false, updatable = false) String subject) {}
