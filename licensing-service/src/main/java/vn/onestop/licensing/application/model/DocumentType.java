package vn.onestop.licensing.application.model;

/**
 * The documents of an investment registration dossier (Law on Investment 2020, art. 33), plus the
 * environmental documents and anything else the authority asks for. Which ones a dossier must
 * contain is {@link DossierRequirements}' rule.
 */
public enum DocumentType {
    APPLICATION_FORM("the written application to implement the investment project"),
    INVESTOR_LEGAL_STATUS("a document of the investor's legal status"),
    FINANCIAL_CAPACITY("documents proving the investor's financial capacity"),
    PROJECT_PROPOSAL("the investment project proposal"),
    LAND_USE("the land-use rights document (or one locating the project's site)"),
    TECHNOLOGY("an explanation of the technology the project uses"),
    ENVIRONMENTAL_IMPACT_ASSESSMENT("the environmental impact assessment report"),
    ENVIRONMENTAL_REGISTRATION("the environmental registration"),
    OTHER("any other document the project relies on");

    private final String description;

    DocumentType(String description) {
        this.description = description;
    }

    /** What the document is, in plain English, as messages to the investor name it. */
    public String description() {
        return description;
    }
}
