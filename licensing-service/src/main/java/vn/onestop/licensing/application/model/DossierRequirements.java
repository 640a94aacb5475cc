package vn.onestop.licensing.application.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.onestop.support.problem.Wording;
import vn.onestop.workflow.process.EnvironmentalCategory;

/**
 * What a dossier for a new Investment Registration Certificate must contain before it can be
 * submitted: the documents of the Law on Investment 2020, art. 33(1) (the application, the
 * investor's legal status, financial capacity, the project proposal, the land-use document), the
 * environmental document its category needs (Law on Environmental Protection 2020: an impact
 * assessment for Groups I and II, a registration for Group III, nothing for Group IV), and every
 * declared project field except the zone and the schedule.
 */
public final class DossierRequirements {

    /** One thing a submission lacks: the request's field path and what to do about it. */
    public record Missing(String field, Wording message) {}

    private static final Set<DocumentType> ALWAYS =
            Collections.unmodifiableSet(
                    EnumSet.of(
                            DocumentType.APPLICATION_FORM,
                            DocumentType.INVESTOR_LEGAL_STATUS,
                            DocumentType.FINANCIAL_CAPACITY,
                            DocumentType.PROJECT_PROPOSAL,
                            DocumentType.LAND_USE));
    private static final Set<DocumentType> OPTIONAL =
            Collections.unmodifiableSet(EnumSet.of(DocumentType.TECHNOLOGY, DocumentType.OTHER));
    private static final Wording FIELD_MESSAGE = Wording.of("dossier.field-required");

    private DossierRequirements() {}

    /**
     * The document types the dossier must contain, in declaration order; without a category yet,
     * the ones every dossier needs.
     */
    public static Set<DocumentType> required(EnvironmentalCategory category) {
        Set<DocumentType> required = EnumSet.copyOf(ALWAYS);
        if (category == EnvironmentalCategory.I || category == EnvironmentalCategory.II) {
            required.add(DocumentType.ENVIRONMENTAL_IMPACT_ASSESSMENT);
        } else if (category == EnvironmentalCategory.III) {
            required.add(DocumentType.ENVIRONMENTAL_REGISTRATION);
        }
        return Collections.unmodifiableSet(required);
    }

    /** The document types worth uploading that no dossier requires. */
    public static Set<DocumentType> optional() {
        return OPTIONAL;
    }

    /**
     * Everything the draft still lacks for a submission: each missing project field, then each
     * required document type among {@code uploaded} (the current documents' types) that is not
     * there. Empty when the draft can be submitted.
     */
    public static List<Missing> missing(ProjectDetails details, Collection<DocumentType> uploaded) {
        List<Missing> missing = new ArrayList<>();
        Money capital = details.totalCapital();
        require(missing, "projectName", present(details.projectName()));
        require(missing, "objectives", present(details.objectives()));
        require(missing, "sectorCode", present(details.sectorCode()));
        require(missing, "location.park", present(details.park()));
        require(missing, "landAreaM2", details.landAreaM2() != null);
        require(missing, "totalCapital.amount", capital != null && capital.amount() != null);
        require(missing, "totalCapital.currency", capital != null && present(capital.currency()));
        require(missing, "expectedEmployees", details.expectedEmployees() != null);
        require(missing, "environmentalCategory", details.environmentalCategory() != null);
        for (DocumentType type : required(details.environmentalCategory())) {
            if (!uploaded.contains(type)) {
                missing.add(
                        new Missing(
                                "documents." + type.name(),
                                Wording.of("dossier.document-required", type.description())));
            }
        }
        return List.copyOf(missing);
    }

    private static void require(List<Missing> missing, String field, boolean given) {
        if (!given) {
            missing.add(new Missing(field, FIELD_MESSAGE));
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
