package vn.onestop.licensing.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.onestop.licensing.support.ApiTest;
import vn.onestop.licensing.support.ApplicationRequests;
import vn.onestop.licensing.support.CaseApi;
import vn.onestop.support.testing.JsonBody;
import vn.onestop.support.testing.TestTokens;
import vn.onestop.workflow.process.EnvironmentalCategory;

/** Drafts: edits against the version read, field validation, who lists what. */
@QuarkusTest
class DraftTest extends ApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldEditADraftOnlyAgainstItsCurrentVersion() {
        var draft = newDraft();
        var edited =
                JsonBody.of(ApplicationRequests.inCategory(EnvironmentalCategory.III))
                        .set("projectName", "Trung tâm dữ liệu Sao Mai");

        given().auth()
                .oauth2(draft.investorToken())
                .contentType("application/json")
                .body(edited.tree())
                .put("/applications/{id}", draft.id())
                .then()
                .statusCode(428)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(draft.investorToken())
                .contentType("application/json")
                .body(edited.tree())
                .header("If-Match", "\"0\"")
                .put("/applications/{id}", draft.id())
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("projectName", equalTo("Trung tâm dữ liệu Sao Mai"))
                .body("environmentalCategory", equalTo("III"));
        given().auth()
                .oauth2(draft.investorToken())
                .contentType("application/json")
                .body(edited.tree())
                .header("If-Match", "\"0\"")
                .put("/applications/{id}", draft.id())
                .then()
                .statusCode(412)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.withRoles("investor"))
                .contentType("application/json")
                .body(edited.tree())
                .header("If-Match", "\"1\"")
                .put("/applications/{id}", draft.id())
                .then()
                .statusCode(404);
    }

    @Test
    void shouldRefuseToEditASubmittedApplication() {
        var draft =
                CaseApi.dossier(
                        CaseApi.verifiedInvestor(),
                        ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        String etag = CaseApi.submit(draft).statusCode(200).extract().header("ETag");

        given().auth()
                .oauth2(draft.investorToken())
                .contentType("application/json")
                .body(JsonBody.of(ApplicationRequests.inCategory(EnvironmentalCategory.IV)).tree())
                .header("If-Match", etag)
                .put("/applications/{id}", draft.id())
                .then()
                .statusCode(409)
                .contentType(PROBLEM);
    }

    @Test
    void shouldNameEveryInvalidFieldOfAnApplication() {
        var body =
                JsonBody.of(ApplicationRequests.inCategory(EnvironmentalCategory.IV))
                        .set("totalCapital.amount", "1500.50")
                        .set("sectorCode", "semiconductors")
                        .set("landAreaM2", "12,5")
                        .set("location.park", " ")
                        .set("expectedEmployees", -1);

        as(CaseApi.verifiedInvestor().sign())
                .body(body.tree())
                .post("/applications")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body(
                        "errors.field",
                        hasItems(
                                "totalCapital.amount",
                                "sectorCode",
                                "landAreaM2",
                                "location.park",
                                "expectedEmployees"))
                .body("errors.message", hasItem("VND amounts allow at most 0 decimals"));
        // In Vietnamese for a caller who asks for it, as the portal does for its user.
        as(CaseApi.verifiedInvestor().sign())
                .header("Accept-Language", "vi")
                .body(body.tree())
                .post("/applications")
                .then()
                .statusCode(400)
                .body(
                        "errors.message",
                        hasItems(
                                "số tiền VND chỉ được có tối đa 0 chữ số thập phân",
                                "phải là mã ngành kinh tế VSIC, ví dụ C2610 hoặc 2610",
                                "không được để trống",
                                "phải lớn hơn hoặc bằng 0"));
        as(CaseApi.verifiedInvestor().sign())
                .body(
                        JsonBody.of(ApplicationRequests.inCategory(EnvironmentalCategory.IV))
                                .set("environmentalCategory", "V")
                                .tree())
                .post("/applications")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("environmentalCategory"))
                .body("errors[0].message", equalTo("must be one of: I, II, III, IV"));
    }

    @Test
    void shouldListOwnApplicationsToInvestorsAndSubmittedCasesToOfficials() {
        var draft = newDraft();
        var submitted = CaseApi.submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));

        given().auth()
                .oauth2(draft.investorToken())
                .queryParam("size", 100)
                .get("/applications")
                .then()
                .statusCode(200)
                .body("items.reference", equalTo(java.util.List.of(draft.reference())));
        given().auth()
                .oauth2(TestTokens.withRoles("auditor"))
                .queryParam("status", "UNDER_REVIEW")
                .queryParam("size", 100)
                .get("/applications")
                .then()
                .statusCode(200)
                .body("items.reference", hasItem(submitted.reference()))
                .body("items.reference", not(hasItem(draft.reference())));
    }

    @Test
    void shouldNarrowAnInvestorsOwnListToOneStatus() {
        var investor = CaseApi.verifiedInvestor();
        var draft =
                CaseApi.draft(investor, ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        var submitted =
                CaseApi.dossier(investor, ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        CaseApi.submit(submitted).statusCode(200);

        given().auth()
                .oauth2(draft.investorToken())
                .queryParam("status", "UNDER_REVIEW")
                .get("/applications")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.reference", equalTo(java.util.List.of(submitted.reference())));
        given().auth()
                .oauth2(draft.investorToken())
                .queryParam("status", "DRAFT")
                .get("/applications")
                .then()
                .statusCode(200)
                .body("items.reference", equalTo(java.util.List.of(draft.reference())));
    }

    private static CaseApi.Case newDraft() {
        return CaseApi.draft(
                CaseApi.verifiedInvestor(),
                ApplicationRequests.inCategory(EnvironmentalCategory.IV));
    }
}
