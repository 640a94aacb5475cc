package vn.onestop.licensing.operations;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.onestop.licensing.application.rest.ApplicationRequest;
import vn.onestop.licensing.support.ApiTest;
import vn.onestop.licensing.support.ApplicationRequests;
import vn.onestop.licensing.support.CaseApi;
import vn.onestop.support.testing.TestTokens;
import vn.onestop.workflow.process.EnvironmentalCategory;

/**
 * Text with control characters (NUL, which PostgreSQL cannot store, among them) is refused where it
 * arrives, in bodies and in parameters alike, with a 400 naming the field; nothing is stored.
 */
@QuarkusTest
class ControlCharactersTest extends ApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldRefuseANulInABodyFieldNamingItAndStoreNothing() {
        TestTokens investor = CaseApi.verifiedInvestor();
        ApplicationRequest valid = ApplicationRequests.inCategory(EnvironmentalCategory.IV);

        as(investor.sign())
                .header("Accept-Language", "vi")
                .body(named("Nhà máy\u0000Sao Mai", valid))
                .post("/applications")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("projectName"))
                .body("errors[0].message", containsString("ký tự điều khiển"));
        as(investor.sign())
                .get("/applications")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void shouldNameANestedFieldAndAcceptLineBreaksAndTabs() {
        TestTokens investor = CaseApi.verifiedInvestor();
        ApplicationRequest valid = ApplicationRequests.inCategory(EnvironmentalCategory.IV);
        ApplicationRequest bell =
                new ApplicationRequest(
                        valid.projectName(),
                        valid.objectives(),
                        valid.sectorCode(),
                        new ApplicationRequest.LocationDto("Hòa Lạc\u0007", "Khu CNC 1"),
                        valid.landAreaM2(),
                        valid.totalCapital(),
                        valid.plannedSchedule(),
                        valid.expectedEmployees(),
                        valid.environmentalCategory());

        as(investor.sign())
                .body(bell)
                .post("/applications")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("location.park"))
                .body("errors[0].message", containsString("control characters"));
        as(investor.sign())
                .body(
                        new ApplicationRequest(
                                valid.projectName(),
                                "Đóng gói chip\nKiểm thử\tcuối",
                                valid.sectorCode(),
                                valid.location(),
                                valid.landAreaM2(),
                                valid.totalCapital(),
                                valid.plannedSchedule(),
                                valid.expectedEmployees(),
                                valid.environmentalCategory()))
                .post("/applications")
                .then()
                .statusCode(201)
                .body("objectives", equalTo("Đóng gói chip\nKiểm thử\tcuối"));
    }

    @Test
    void shouldRefuseControlCharactersInQueryAndPathParameters() {
        String reception = TestTokens.withRoles("reception");

        as(reception)
                .queryParam("reference", "HTP-2026\u0000")
                .get("/tasks")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("reference"));
        RestAssured.given()
                .get("/public/licences/{number}", "BQL\u0000")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("number"));
    }

    private static ApplicationRequest named(String projectName, ApplicationRequest valid) {
        return new ApplicationRequest(
                projectName,
                valid.objectives(),
                valid.sectorCode(),
                valid.location(),
                valid.landAreaM2(),
                valid.totalCapital(),
                valid.plannedSchedule(),
                valid.expectedEmployees(),
                valid.environmentalCategory());
    }
}
