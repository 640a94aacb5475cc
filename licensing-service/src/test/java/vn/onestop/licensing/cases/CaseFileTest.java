package vn.onestop.licensing.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.onestop.licensing.support.ApiTest;
import vn.onestop.licensing.support.ApplicationRequests;
import vn.onestop.licensing.support.CaseApi;
import vn.onestop.support.testing.TestTokens;
import vn.onestop.workflow.process.CaseStage;
import vn.onestop.workflow.process.EnvironmentalCategory;

/** The timeline and the one-stop-shop forms of a case. */
@QuarkusTest
class CaseFileTest extends ApiTest {

    private final String reception = TestTokens.withRoles("reception");

    @Test
    void shouldIssueAReceiptWithTheAppointmentDateAndTheDossier() {
        var application =
                CaseApi.dossier(
                        CaseApi.verifiedInvestor(),
                        ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        List<String> required = CaseApi.read(application).extract().path("requiredDocuments");
        given().auth()
                .oauth2(application.investorToken())
                .get("/applications/{id}/receipt", application.id())
                .then()
                .statusCode(404);
        CaseApi.submit(application).statusCode(200);

        given().auth()
                .oauth2(application.investorToken())
                .get("/applications/{id}/receipt", application.id())
                .then()
                .statusCode(200)
                .body("reference", equalTo(application.reference()))
                .body("appointmentDate", notNullValue())
                .body("documents.type", containsInAnyOrder(required.toArray()))
                .body("legalBasis", org.hamcrest.Matchers.containsString("art. 38"));
        given().auth()
                .oauth2(application.investorToken())
                .get("/applications/{id}/apology", application.id())
                .then()
                .statusCode(404)
                .body(
                        "detail",
                        equalTo(
                                "Case "
                                        + application.reference()
                                        + " is not past its appointment date; there is no apology"));
    }

    @Test
    void shouldShowWhoOwesWhatThroughASupplementLoop() {
        var application =
                CaseApi.submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        timeline(application.investorToken(), application)
                .body("owed.by", equalTo("AUTHORITY"))
                .body("statutoryClock.paused", equalTo(false))
                .body("statutoryClock.limitWorkingDays", equalTo(15));

        CaseApi.complete(
                        reception,
                        CaseApi.taskId(reception, application, CaseStage.COMPLETENESS_CHECK),
                        Map.of(
                                "outcome", "SUPPLEMENT_NEEDED",
                                "comment", "Two documents are incomplete",
                                "reasons",
                                        List.of(
                                                Map.of(
                                                        "document",
                                                        "Project proposal",
                                                        "reason",
                                                        "Capital schedule missing"),
                                                Map.of(
                                                        "document",
                                                        "Land lease",
                                                        "reason",
                                                        "Not signed"))))
                .statusCode(204);

        timeline(application.investorToken(), application)
                .body("status", equalTo("SUPPLEMENT_REQUESTED"))
                .body("owed.by", equalTo("INVESTOR"))
                .body("owed.what", equalTo("SUPPLEMENT"))
                .body("owed.dueAt", notNullValue())
                .body("statutoryClock.paused", equalTo(true))
                .body("events.action", hasItem("SUPPLEMENT_REQUESTED"))
                .body("events.actor", everyItem(nullValue()));
        timeline(reception, application)
                .body("events.actor", hasItem("workflow-engine"))
                .body("decisions[0].official", notNullValue());
        timeline(application.investorToken(), application)
                .body("decisions", hasSize(1))
                .body("decisions[0].stage", equalTo("COMPLETENESS_CHECK"))
                .body("decisions[0].outcome", equalTo("SUPPLEMENT_NEEDED"))
                .body(
                        "decisions[0].reasons.document",
                        equalTo(List.of("Project proposal", "Land lease")))
                .body("decisions[0].official", nullValue());
        given().auth()
                .oauth2(application.investorToken())
                .get("/applications/{id}/supplement-request", application.id())
                .then()
                .statusCode(200)
                .body("stage", equalTo("COMPLETENESS_CHECK"))
                .body("reasons.document", equalTo(List.of("Project proposal", "Land lease")))
                .body("comment", equalTo("Two documents are incomplete"))
                .body("answerDueAt", notNullValue());

        given().auth()
                .oauth2(application.investorToken())
                .post("/applications/{id}/resubmission", application.id())
                .then()
                .statusCode(200);
        timeline(application.investorToken(), application)
                .body("statutoryClock.paused", equalTo(false))
                .body("statutoryClock.pauses", hasSize(1))
                .body("statutoryClock.pauses[0].until", notNullValue())
                .body("owed.by", equalTo("AUTHORITY"));
    }

    @Test
    void shouldGiveTheRefusalWithItsReasonsOnlyForARejectedCase() {
        var application =
                CaseApi.submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        given().auth()
                .oauth2(application.investorToken())
                .get("/applications/{id}/refusal", application.id())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");

        CaseApi.complete(
                        reception,
                        CaseApi.taskId(reception, application, CaseStage.COMPLETENESS_CHECK),
                        Map.of(
                                "outcome",
                                "INELIGIBLE",
                                "comment",
                                "Sector C2610 is not admitted in this zone"))
                .statusCode(204);

        given().auth()
                .oauth2(application.investorToken())
                .get("/applications/{id}/refusal", application.id())
                .then()
                .statusCode(200)
                .body("stage", equalTo("COMPLETENESS_CHECK"))
                .body("comment", equalTo("Sector C2610 is not admitted in this zone"));
        timeline(application.investorToken(), application).body("owed", nullValue());
        given().auth()
                .oauth2(TestTokens.withRoles("investor"))
                .get("/applications/{id}/timeline", application.id())
                .then()
                .statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse timeline(
            String token, CaseApi.Case application) {
        return given().auth()
                .oauth2(token)
                .get("/applications/{id}/timeline", application.id())
                .then()
                .statusCode(200);
    }
}
