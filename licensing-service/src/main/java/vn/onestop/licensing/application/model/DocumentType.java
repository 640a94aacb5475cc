package vn.onestop.licensing.application.model;

import vn.onestop.support.problem.Wording;

/**
 * The documents of an investment registration dossier (Law on Investment 2020, art. 33), plus the
 * environmental documents and anything else the authority asks for. Which ones a dossier must
 * contain is {@link DossierRequirements}' rule.
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
    OTHER;

    /**
     * What the document is, as messages to the investor name it (in English and Vietnamese in the
     * problem message bundles, {@code document-type.<NAME>}).
     */
    public Wording description() {
        return Wording.of("document-type." + name());
    }
}
