package vn.onestop.investor.investor.model;

import java.util.Set;

/** The documents an investor can identify with; which ones fit depends on the investor type. */
public enum IdentityDocumentType {
    PASSPORT,
    CITIZEN_ID,
    ENTERPRISE_REGISTRATION_CERTIFICATE,
    TAX_CODE;

    static final Set<IdentityDocumentType> FOR_INDIVIDUALS = Set.of(PASSPORT, CITIZEN_ID);
    static final Set<IdentityDocumentType> FOR_ORGANIZATIONS =
            Set.of(ENTERPRISE_REGISTRATION_CERTIFICATE, TAX_CODE);

    /** Personal documents expire; registration certificates and tax codes do not. */
    boolean expires() {
        return FOR_INDIVIDUALS.contains(this);
    }
}
