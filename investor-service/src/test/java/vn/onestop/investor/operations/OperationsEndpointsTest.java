package vn.onestop.investor.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.onestop.investor.support.ApiTest;
import vn.onestop.investor.support.InvestorApi;

/** What operators and frontend developers rely on: readiness, metrics, the API contract. */
@QuarkusTest
class OperationsEndpointsTest extends ApiTest {

    @Test
    void shouldReportReadyOnlyWithTheDatabaseChecked() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database connections health check")));
    }

    @Test
    void shouldForbidSniffingEverywhereAndStoringInvestorsRecords() {
        InvestorApi.Record record = InvestorApi.registerIndividual();

        as(record.ownerToken())
                .get("/investors/{id}", record.id())
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", containsString("no-store"));
        anonymous()
                .get("/investors/me")
                .then()
                .statusCode(401)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", containsString("no-store"));
        given().get("/q/health/ready").then().header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void shouldExposeBusinessMetricsForPrometheus() {
        InvestorApi.registerIndividual();

        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("investor_registrations_total{type=\"INDIVIDUAL\"}"));
    }

    @Test
    void shouldPublishTheContractWithOperationIdsAndProblemResponses() {
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/investors'.post.operationId", equalTo("register"))
                .body("paths.'/investors/{id}/verify'.post.operationId", equalTo("verify"))
                .body(
                        "paths.'/investors/{id}'.put.responses.'412'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body(
                        "paths.'/investors/{id}'.put.responses.'401'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body("components.schemas.Problem.properties.errors.type", equalTo("array"));
    }
}
