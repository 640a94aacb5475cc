package vn.onestop.licensing.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.onestop.licensing.support.ApplicationRequests.ENVIRONMENTAL_CATEGORY;
import static vn.onestop.licensing.support.ApplicationRequests.PROJECT;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import vn.onestop.licensing.application.rest.ApplicationRequest;
import vn.onestop.licensing.support.ApiTest;
import vn.onestop.licensing.support.ApplicationRequests;
import vn.onestop.licensing.support.CaseApi;
import vn.onestop.support.testing.JsonBody;
import vn.onestop.workflow.process.EnvironmentalCategory;

/**
 * The portal's guided application: a draft saved after any page, every given field still checked,
 * the dossier's required documents served, and a submission refused until nothing is missing.
 */
@QuarkusTest
class GuidedApplicationTest extends ApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final List<String> EVERY_DOSSIER =
            List.of(
                    "APPLICATION_FORM",
                    "INVESTOR_LEGAL_STATUS",
                    "FINANCIAL_CAPACITY",
                    "PROJECT_PROPOSAL",
                    "LAND_USE");

    private final RuntimeService runtime;

    GuidedApplicationTest(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Test
    void shouldSaveADraftWithOnlyAProjectNameThenEditItPageByPage() {
        var draft =
                CaseApi.draft(
                        CaseApi.verifiedInvestor(),
                        ApplicationRequests.onlyNamed("Trung tâm dữ liệu Sao Mai"));
        CaseApi.read(draft)
                .body("status", equalTo("DRAFT"))
                .body("projectName", equalTo("Trung tâm dữ liệu Sao Mai"))
                .body("objectives", nullValue())
                .body("location", nullValue())
                .body("totalCapital", nullValue())
                .body("expectedEmployees", nullValue())
                .body("environmentalCategory", nullValue())
                .body("requiredDocuments", equalTo(EVERY_DOSSIER))
                .body("optionalDocuments", equalTo(List.of("TECHNOLOGY", "OTHER")));

        for (int page = PROJECT; page <= ENVIRONMENTAL_CATEGORY; page++) {
            edit(draft, page - 1, ApplicationRequests.upToPage(page, EnvironmentalCategory.II))
                    .statusCode(200)
                    .header("ETag", equalTo("\"" + page + "\""));
        }

        CaseApi.read(draft)
                .body("objectives", notNullValue())
                .body("sectorCode", equalTo("C2610"))
                .body("location.park", equalTo("Khu công nghệ cao Hòa Lạc"))
                .body("location.zone", equalTo("Khu CNC 1"))
                .body("landAreaM2", equalTo("12500.50"))
                .body("totalCapital.amount", startsWith("250000000000"))
                .body("totalCapital.currency", equalTo("VND"))
                .body("plannedSchedule.constructionStart", equalTo("2027-03-01"))
                .body("expectedEmployees", equalTo(350))
                .body("environmentalCategory", equalTo("II"));
    }

    @Test
    void shouldStillNameABadlyFormattedFieldOfAPartialDraft() {
        var body =
                JsonBody.of(ApplicationRequests.onlyNamed("Nhà máy Sao Mai"))
                        .set("sectorCode", "semiconductors")
                        .set("totalCapital.amount", "1,5 tỷ")
                        .set("location.zone", "Khu CNC 1");

        as(CaseApi.verifiedInvestor().sign())
                .body(body.tree())
                .post("/applications")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("sectorCode", "totalCapital.amount"))
                .body("errors.message", hasItem("must be a VSIC code such as C2610 or 2610"));
        as(CaseApi.verifiedInvestor().sign())
                .body(body.set("sectorCode", "C2610").set("totalCapital.amount", "1500").tree())
                .post("/applications")
                .then()
                .statusCode(201)
                .body("sectorCode", equalTo("C2610"));
    }

    @Test
    void shouldRequireTheImpactAssessmentForGroupIIButNotForGroupIV() {
        var investor = CaseApi.verifiedInvestor();
        var groupII =
                CaseApi.draft(investor, ApplicationRequests.inCategory(EnvironmentalCategory.II));
        var groupIV =
                CaseApi.draft(investor, ApplicationRequests.inCategory(EnvironmentalCategory.IV));

        CaseApi.read(groupII)
                .body("requiredDocuments", hasItem("ENVIRONMENTAL_IMPACT_ASSESSMENT"))
                .body("requiredDocuments", not(hasItem("ENVIRONMENTAL_REGISTRATION")));
        CaseApi.read(groupIV)
                .body("requiredDocuments", equalTo(EVERY_DOSSIER))
                .body("optionalDocuments", equalTo(List.of("TECHNOLOGY", "OTHER")));
    }

    @Test
    void shouldRefuseAnIncompleteDraftNamingEverythingMissingAndChangeNothing() {
        var draft =
                CaseApi.draft(
                        CaseApi.verifiedInvestor(),
                        ApplicationRequests.onlyNamed("Nhà máy Sao Mai"));
        CaseApi.upload(draft, "LAND_USE").statusCode(201);
        String key = UUID.randomUUID().toString();

        submit(draft, key)
                .statusCode(422)
                .contentType(PROBLEM)
                .body(
                        "detail",
                        equalTo(
                                "Application "
                                        + draft.reference()
                                        + " cannot be submitted yet: 8 fields and 4 required"
                                        + " documents are missing"))
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "objectives",
                                "sectorCode",
                                "location.park",
                                "landAreaM2",
                                "totalCapital.amount",
                                "totalCapital.currency",
                                "expectedEmployees",
                                "environmentalCategory",
                                "documents.APPLICATION_FORM",
                                "documents.INVESTOR_LEGAL_STATUS",
                                "documents.FINANCIAL_CAPACITY",
                                "documents.PROJECT_PROPOSAL"))
                .body("errors.message", everyItem(notNullValue()))
                .body(
                        "errors.find { it.field == 'documents.PROJECT_PROPOSAL' }.message",
                        equalTo(
                                "is required: upload the investment project proposal before submitting"));
        // In Vietnamese, the counts and the document's name included.
        given().auth()
                .oauth2(draft.investorToken())
                .header("Idempotency-Key", key)
                .header("Accept-Language", "vi")
                .post("/applications/{id}/submission", draft.id())
                .then()
                .statusCode(422)
                .body("title", equalTo("Không thể thực hiện yêu cầu"))
                .body(
                        "detail",
                        equalTo(
                                "Hồ sơ "
                                        + draft.reference()
                                        + " chưa nộp được: còn thiếu 8 trường thông tin và 4 tài"
                                        + " liệu bắt buộc"))
                .body(
                        "errors.find { it.field == 'documents.PROJECT_PROPOSAL' }.message",
                        equalTo("là bắt buộc: hãy tải lên đề xuất dự án đầu tư trước khi nộp"));

        CaseApi.read(draft).body("status", equalTo("DRAFT")).body("version", equalTo(0));
        assertThat(instancesOf(draft.reference())).isZero();
        timeline(draft).body("events.action", not(hasItem("APPLICATION_SUBMITTED")));
    }

    @Test
    void shouldSubmitOnceEveryFieldAndRequiredDocumentIsThere() {
        var draft =
                CaseApi.draft(
                        CaseApi.verifiedInvestor(),
                        ApplicationRequests.upToPage(ENVIRONMENTAL_CATEGORY - 1, null));
        String key = UUID.randomUUID().toString();
        submit(draft, key).statusCode(422).body("errors.field", hasItem("environmentalCategory"));

        List<String> required =
                edit(draft, 0, ApplicationRequests.inCategory(EnvironmentalCategory.I))
                        .statusCode(200)
                        .extract()
                        .path("requiredDocuments");
        assertThat(required).contains("ENVIRONMENTAL_IMPACT_ASSESSMENT");
        required.stream()
                .filter(type -> !type.equals("ENVIRONMENTAL_IMPACT_ASSESSMENT"))
                .forEach(type -> CaseApi.upload(draft, type).statusCode(201));
        submit(draft, key)
                .statusCode(422)
                .body(
                        "errors.field",
                        equalTo(List.of("documents.ENVIRONMENTAL_IMPACT_ASSESSMENT")));

        CaseApi.upload(draft, "ENVIRONMENTAL_IMPACT_ASSESSMENT").statusCode(201);
        // The same key again: the refusals did not consume it.
        submit(draft, key).statusCode(200).body("status", equalTo("UNDER_REVIEW"));
        assertThat(instancesOf(draft.reference())).isEqualTo(1);
    }

    private static ValidatableResponse edit(
            CaseApi.Case draft, long version, ApplicationRequest request) {
        return as(draft.investorToken())
                .header("If-Match", "\"" + version + "\"")
                .body(JsonBody.of(request).tree())
                .put("/applications/{id}", draft.id())
                .then();
    }

    private static ValidatableResponse submit(CaseApi.Case draft, String key) {
        return given().auth()
                .oauth2(draft.investorToken())
                .header("Idempotency-Key", key)
                .post("/applications/{id}/submission", draft.id())
                .then();
    }

    private static ValidatableResponse timeline(CaseApi.Case draft) {
        return given().auth()
                .oauth2(draft.investorToken())
                .get("/applications/{id}/timeline", draft.id())
                .then()
                .statusCode(200);
    }

    private long instancesOf(String reference) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count();
    }
}
