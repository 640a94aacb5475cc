package vn.onestop.licensing.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.onestop.licensing.support.ApiTest;
import vn.onestop.licensing.support.ApplicationRequests;
import vn.onestop.licensing.support.CaseApi;
import vn.onestop.support.testing.TestTokens;
import vn.onestop.workflow.process.CaseStage;
import vn.onestop.workflow.process.EnvironmentalCategory;

/** What operators and frontend developers rely on: readiness, metrics, the API contract. */
@QuarkusTest
class OperationsEndpointsTest extends ApiTest {

    @Test
    void shouldBeReadyOnlyWithTheDatabaseAndTheJobExecutor() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(
                        "checks.name",
                        hasItems(
                                "Process engine job executor",
                                "Database connections health check"));
    }

    @Test
    void shouldForbidSniffingEverywhereAndStoringPersonalAnswers() {
        var application =
                CaseApi.draft(CaseApi.verifiedInvestor(), ApplicationRequests.onlyNamed("Sao Mai"));

        as(application.investorToken())
                .get("/applications/{id}", application.id())
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", containsString("no-store"));
        // Refusals, before or after authentication, and the operators' endpoints too.
        given().get("/applications")
                .then()
                .statusCode(401)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", containsString("no-store"));
        as(TestTokens.withRoles("auditor"))
                .get("/audit/cases/{id}/history", java.util.UUID.randomUUID())
                .then()
                .statusCode(404)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", containsString("no-store"));
        given().get("/q/health/ready").then().header("X-Content-Type-Options", "nosniff");
        // The public verification answer is public: sniffing is off, caching is not forbidden.
        given().get("/public/licences/{number}", "BQL-2026-999999")
                .then()
                .statusCode(200)
                .body("status", equalTo("UNKNOWN"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void shouldCountCasesAndTimeStages() {
        var application =
                CaseApi.submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        CaseApi.decide(
                TestTokens.withRoles("reception"),
                application,
                CaseStage.COMPLETENESS_CHECK,
                "COMPLETE");

        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("licensing_cases_started_total"))
                .body(
                        containsString(
                                "licensing_tasks_completed_total{stage=\"COMPLETENESS_CHECK\"}"))
                .body(
                        containsString(
                                "licensing_stage_duration_seconds_count{stage=\"COMPLETENESS_CHECK\"}"));
    }

    @Test
    void shouldPublishTheContractWithDistinctOperationIds() {
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(
                        "paths.'/applications/{id}/submission'.post.operationId",
                        equalTo("submitApplication"))
                .body("paths.'/tasks/{id}/completion'.post.operationId", equalTo("completeTask"))
                .body(
                        "paths.'/tasks/{id}/completion'.post.responses.'401'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"));
    }
}
