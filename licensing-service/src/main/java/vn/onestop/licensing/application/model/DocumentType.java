package vn.onestop.licensing.application.model;

/**
 * The documents of an investment registration dossier (Law on Investment 2020, art. 33), plus the
 * environmental documents and anything else the authority asks for.
 */
public enum DocumentType {
    APPLICATION_FORM,
    INVESTOR_LEGAL_STATUS,
    FINANCIAL_CAPACITY,
    PROJECT_PROPOSAL,
    LAND_USE,
    TECHNOLOGY,
    ENVIRONMENTAL_IMPACT_ASSESSMENT,
    ENVIRONMENTAL_REGISTRATION,
    OTHER
}
