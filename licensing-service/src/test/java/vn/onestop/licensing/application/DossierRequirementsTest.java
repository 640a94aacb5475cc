package vn.onestop.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.licensing.application.model.DocumentType.APPLICATION_FORM;
import static vn.onestop.licensing.application.model.DocumentType.ENVIRONMENTAL_IMPACT_ASSESSMENT;
import static vn.onestop.licensing.application.model.DocumentType.ENVIRONMENTAL_REGISTRATION;
import static vn.onestop.licensing.application.model.DocumentType.FINANCIAL_CAPACITY;
import static vn.onestop.licensing.application.model.DocumentType.INVESTOR_LEGAL_STATUS;
import static vn.onestop.licensing.application.model.DocumentType.LAND_USE;
import static vn.onestop.licensing.application.model.DocumentType.OTHER;
import static vn.onestop.licensing.application.model.DocumentType.PROJECT_PROPOSAL;
import static vn.onestop.licensing.application.model.DocumentType.TECHNOLOGY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.onestop.licensing.application.model.DocumentType;
import vn.onestop.licensing.application.model.DossierRequirements;
import vn.onestop.licensing.application.model.Money;
import vn.onestop.licensing.application.model.ProjectDetails;
import vn.onestop.workflow.process.EnvironmentalCategory;

/** What a new certificate's dossier needs (plain rules, no application start). */
class DossierRequirementsTest {

    private static final List<DocumentType> EVERY_DOSSIER =
            List.of(
                    APPLICATION_FORM,
                    INVESTOR_LEGAL_STATUS,
                    FINANCIAL_CAPACITY,
                    PROJECT_PROPOSAL,
                    LAND_USE);

    @Test
    void shouldRequireTheArticle33DocumentsOfEveryDossier() {
        assertThat(DossierRequirements.required(EnvironmentalCategory.IV))
                .containsExactlyElementsOf(EVERY_DOSSIER);
        assertThat(DossierRequirements.required(null)).containsExactlyElementsOf(EVERY_DOSSIER);
    }

    @Test
    void shouldRequireTheImpactAssessmentForGroupsIAndII() {
        for (var category : List.of(EnvironmentalCategory.I, EnvironmentalCategory.II)) {
            assertThat(DossierRequirements.required(category))
                    .containsAll(EVERY_DOSSIER)
                    .contains(ENVIRONMENTAL_IMPACT_ASSESSMENT)
                    .doesNotContain(ENVIRONMENTAL_REGISTRATION)
                    .hasSize(6);
        }
    }

    @Test
    void shouldRequireTheEnvironmentalRegistrationForGroupIII() {
        assertThat(DossierRequirements.required(EnvironmentalCategory.III))
                .containsAll(EVERY_DOSSIER)
                .contains(ENVIRONMENTAL_REGISTRATION)
                .doesNotContain(ENVIRONMENTAL_IMPACT_ASSESSMENT)
                .hasSize(6);
    }

    @Test
    void shouldNeverRequireTheTechnologyOrOtherDocuments() {
        for (var category : EnvironmentalCategory.values()) {
            assertThat(DossierRequirements.required(category)).doesNotContain(TECHNOLOGY, OTHER);
        }
        assertThat(DossierRequirements.optional()).containsExactly(TECHNOLOGY, OTHER);
    }

    @Test
    void shouldFindNothingMissingInACompleteDossier() {
        assertThat(
                        DossierRequirements.missing(
                                complete(EnvironmentalCategory.III),
                                EnumSet.complementOf(EnumSet.of(ENVIRONMENTAL_IMPACT_ASSESSMENT))))
                .isEmpty();
    }

    @Test
    void shouldNameEveryMissingFieldThenEveryMissingDocument() {
        var draft =
                new ProjectDetails(
                        "Nhà máy Sao Mai",
                        " ",
                        null,
                        null,
                        "Khu CNC 1",
                        null,
                        new Money(new BigDecimal("1500"), null),
                        null,
                        null,
                        null,
                        EnvironmentalCategory.II);

        assertThat(DossierRequirements.missing(draft, List.of(LAND_USE, OTHER)))
                .extracting(DossierRequirements.Missing::field)
                .containsExactly(
                        "objectives",
                        "sectorCode",
                        "location.park",
                        "landAreaM2",
                        "totalCapital.currency",
                        "expectedEmployees",
                        "documents.APPLICATION_FORM",
                        "documents.INVESTOR_LEGAL_STATUS",
                        "documents.FINANCIAL_CAPACITY",
                        "documents.PROJECT_PROPOSAL",
                        "documents.ENVIRONMENTAL_IMPACT_ASSESSMENT");
    }

    @Test
    void shouldSayWhatToUploadForAMissingDocument() {
        assertThat(
                        DossierRequirements.missing(
                                complete(EnvironmentalCategory.IV),
                                EnumSet.complementOf(EnumSet.of(LAND_USE))))
                .extracting(m -> m.field() + " " + m.message().inEnglish())
                .containsExactly(
                        "documents.LAND_USE is required: upload the land-use rights document (or"
                                + " one locating the project's site) before submitting");
    }

    private static ProjectDetails complete(EnvironmentalCategory category) {
        return new ProjectDetails(
                "Nhà máy Sao Mai",
                "Đóng gói chip bán dẫn",
                "C2610",
                "Khu công nghệ cao Hòa Lạc",
                null,
                new BigDecimal("12500.50"),
                new Money(new BigDecimal("250000000000"), "VND"),
                LocalDate.of(2027, 3, 1),
                null,
                0,
                category);
    }
}
