package vn.onestop.investor.investor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.onestop.investor.support.ApiTest;
import vn.onestop.investor.support.InvestorApi;
import vn.onestop.investor.support.InvestorRequests;
import vn.onestop.support.testing.JsonBody;
import vn.onestop.support.testing.TestTokens;

/** Who may call what, with real signed tokens; the ownership rule; bad tokens. */
@QuarkusTest
class InvestorAccessTest extends ApiTest {

    private static final String PROBLEM = "application/problem+json";

    static Stream<Arguments> badTokens() {
        return Stream.of(
                Arguments.of(
                        "expired",
                        TestTokens.newAccount()
                                .roles("investor")
                                .expiresAt(Instant.now().minusSeconds(120))
                                .sign()),
                Arguments.of(
                        "issued for another service",
                        TestTokens.newAccount()
                                .roles("investor")
                                .audience("licensing-service")
                                .sign()),
                Arguments.of(
                        "from another issuer",
                        TestTokens.newAccount()
                                .roles("investor")
                                .issuer("https://evil.example.com")
                                .sign()),
                Arguments.of(
                        "signed by an unknown key",
                        TestTokens.newAccount().roles("investor").signedByAStranger().sign()),
                Arguments.of("not a JWT", "definitely-not-a-token"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void shouldRefuseABadTokenWith401(String why, String token) {
        as(token)
                .body(JsonBody.of(InvestorRequests.individual()).tree())
                .post("/investors")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:onestop:problem:unauthorized"));
    }

    @Test
    void shouldRefuseACallWithoutTokenWith401() {
        anonymous()
                .get("/investors/me")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .body("title", equalTo("Authentication is required"));
    }

    @Test
    void shouldHideAnotherInvestorsRecordAs404WithoutItsData() {
        var record = InvestorApi.registerIndividual();

        as(TestTokens.investor())
                .get("/investors/" + record.id())
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body(not(containsString("Tanaka")))
                .body("detail", equalTo("Investor " + record.id() + " was not found"));
    }

    @Test
    void shouldNotLetAnotherInvestorEditARecord() {
        var record = InvestorApi.registerIndividual();

        as(TestTokens.investor())
                .header("If-Match", record.etag())
                .body(JsonBody.of(InvestorRequests.individual()).tree())
                .put("/investors/" + record.id())
                .then()
                .statusCode(404);
    }

    @Test
    void shouldRefuseOfficialOperationsToInvestorsWith403() {
        var record = InvestorApi.registerIndividual();
        String investor = record.ownerToken();

        as(investor).get("/investors").then().statusCode(403).contentType(PROBLEM);
        as(investor)
                .header("If-Match", record.etag())
                .post("/investors/" + record.id() + "/verify")
                .then()
                .statusCode(403)
                .body("type", equalTo("urn:onestop:problem:forbidden"));
        as(investor).get("/internal/investors/" + record.id()).then().statusCode(403);
    }

    @Test
    void shouldLetAuditorsReadEverythingAndChangeNothing() {
        var record = InvestorApi.registerIndividual();
        String auditor = TestTokens.auditor();

        as(auditor).get("/investors/" + record.id()).then().statusCode(200);
        as(auditor).get("/investors").then().statusCode(200);
        as(auditor)
                .body(JsonBody.of(InvestorRequests.individual()).tree())
                .post("/investors")
                .then()
                .statusCode(403);
        as(auditor)
                .header("If-Match", record.etag())
                .body(JsonBody.of(InvestorRequests.individual()).tree())
                .put("/investors/" + record.id())
                .then()
                .statusCode(403);
        for (String decision : new String[] {"verify", "reject", "suspend", "reinstate"}) {
            as(auditor)
                    .header("If-Match", record.etag())
                    .body(Map.of("reason", "auditors cannot decide"))
                    .post("/investors/{id}/{decision}", record.id(), decision)
                    .then()
                    .statusCode(403);
        }
        as(record.ownerToken())
                .get("/investors/me")
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING_VERIFICATION"));
    }

    @Test
    void shouldNotLetOfficialsRegisterOrEditAsInvestors() {
        var record = InvestorApi.registerIndividual();
        String reception = TestTokens.reception();

        as(reception)
                .body(JsonBody.of(InvestorRequests.individual()).tree())
                .post("/investors")
                .then()
                .statusCode(403);
        as(reception)
                .header("If-Match", record.etag())
                .body(JsonBody.of(InvestorRequests.individual()).tree())
                .put("/investors/" + record.id())
                .then()
                .statusCode(403);
        as(reception).get("/investors/" + record.id()).then().statusCode(200);
    }

    @Test
    void shouldGiveOtherServicesTheStatusOfAnInvestorByIdOrOwner() {
        var tokens = TestTokens.newAccount().roles("investor");
        var record = InvestorApi.register(tokens.sign(), InvestorRequests.organization());
        String service = TestTokens.newAccount().roles("investor-status-reader").sign();

        as(service)
                .get("/internal/investors/" + record.id())
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING_VERIFICATION"))
                .body("type", equalTo("ORGANIZATION"))
                .body("ownerSubject", equalTo(tokens.subject()))
                .body("contactEmail", equalTo(InvestorRequests.organization().contactEmail()));
        as(service)
                .queryParam("issuer", TestTokens.ISSUER)
                .queryParam("subject", tokens.subject())
                .get("/internal/investors")
                .then()
                .statusCode(200)
                .body("id", equalTo(record.id()));
        as(service)
                .queryParam("issuer", TestTokens.ISSUER)
                .queryParam("subject", "nobody")
                .get("/internal/investors")
                .then()
                .statusCode(404);
        as(service)
                .get("/internal/investors")
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("issuer", "subject"));
    }
}
