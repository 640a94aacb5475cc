package vn.onestop.investor.investor;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.onestop.investor.support.ApiTest;
import vn.onestop.investor.support.InvestorApi;
import vn.onestop.investor.support.InvestorRequests;
import vn.onestop.support.testing.TestTokens;

/** Reception officials verifying, rejecting, suspending and reinstating; their search. */
@QuarkusTest
class InvestorVerificationTest extends ApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldVerifyAPendingInvestor() {
        var record = InvestorApi.registerIndividual();

        as(TestTokens.reception())
                .header("If-Match", record.etag())
                .post("/investors/" + record.id() + "/verify")
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("VERIFIED"));
        as(record.ownerToken()).get("/investors/me").then().body("status", equalTo("VERIFIED"));
    }

    @Test
    void shouldRejectWithAReasonTheInvestorCanRead() {
        var rejected =
                InvestorApi.decide(
                        TestTokens.reception(),
                        InvestorApi.registerIndividual(),
                        "reject",
                        "Passport expired before the date of application");

        as(rejected.ownerToken())
                .get("/investors/me")
                .then()
                .body("status", equalTo("REJECTED"))
                .body("statusReason", equalTo("Passport expired before the date of application"));
    }

    @Test
    void shouldRequireAReasonToRejectOrSuspend() {
        var record = InvestorApi.registerIndividual();

        as(TestTokens.reception())
                .header("If-Match", record.etag())
                .body(Map.of("reason", "  "))
                .post("/investors/" + record.id() + "/reject")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("reason"));
        as(TestTokens.reception())
                .header("If-Match", record.etag())
                .post("/investors/" + record.id() + "/suspend")
                .then()
                .statusCode(400);
    }

    @Test
    void shouldSuspendAndReinstateAVerifiedInvestor() {
        var verified = InvestorApi.verified();
        String official = TestTokens.reception();

        var suspended =
                InvestorApi.decide(official, verified, "suspend", "Court order 12/2026/QĐ-TA");
        as(verified.ownerToken())
                .get("/investors/me")
                .then()
                .body("status", equalTo("SUSPENDED"))
                .body("statusReason", equalTo("Court order 12/2026/QĐ-TA"));

        InvestorApi.decide(official, suspended, "reinstate", null);
        as(verified.ownerToken()).get("/investors/me").then().body("status", equalTo("VERIFIED"));
    }

    @Test
    void shouldRefuseTransitionsTheLifecycleDoesNotAllowWith409() {
        var pending = InvestorApi.registerIndividual();
        var verified = InvestorApi.verified();
        String official = TestTokens.reception();

        as(official)
                .header("If-Match", verified.etag())
                .post("/investors/" + verified.id() + "/verify")
                .then()
                .statusCode(409)
                .body(
                        "detail",
                        equalTo("An investor record in status VERIFIED cannot be verified"));
        as(official)
                .header("If-Match", pending.etag())
                .body(Map.of("reason", "no"))
                .post("/investors/" + pending.id() + "/suspend")
                .then()
                .statusCode(409);
        as(official)
                .header("If-Match", pending.etag())
                .post("/investors/" + pending.id() + "/reinstate")
                .then()
                .statusCode(409);
    }

    @Test
    void shouldRequireTheCurrentETagForDecisions() {
        var record = InvestorApi.registerIndividual();
        String official = TestTokens.reception();

        as(official)
                .post("/investors/" + record.id() + "/verify")
                .then()
                .statusCode(428)
                .contentType(PROBLEM);
        as(official)
                .header("If-Match", "\"7\"")
                .post("/investors/" + record.id() + "/verify")
                .then()
                .statusCode(412)
                .contentType(PROBLEM);
    }

    @Test
    void shouldNotLetAnOfficialDecideOnTheirOwnRecord() {
        var account = TestTokens.newAccount().roles("investor", "reception");
        String token = account.sign();
        var own = InvestorApi.register(token, InvestorRequests.individual());

        as(token)
                .header("If-Match", own.etag())
                .post("/investors/" + own.id() + "/verify")
                .then()
                .statusCode(403)
                .body(
                        "detail",
                        equalTo(
                                "You cannot decide on your own investor record; another official must"));
    }

    @Test
    void shouldAnswer404ForAnUnknownOrMalformedId() {
        String official = TestTokens.reception();
        as(official)
                .header("If-Match", "\"0\"")
                .post("/investors/" + UUID.randomUUID() + "/verify")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        as(official).get("/investors/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void shouldSearchByFiltersWithPaging() {
        String marker = "Searchable " + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            InvestorApi.register(
                    TestTokens.investor(), InvestorRequests.individualNamed(marker + " #" + i));
        }
        InvestorApi.register(TestTokens.investor(), InvestorRequests.organization());

        as(TestTokens.reception())
                .queryParam("name", marker.toUpperCase())
                .queryParam("status", "PENDING_VERIFICATION")
                .queryParam("type", "INDIVIDUAL")
                .queryParam("country", "JP")
                .queryParam("size", 2)
                .get("/investors")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items.legalName", hasItems(marker + " #2", marker + " #1"))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2))
                .body("page", equalTo(0));
        as(TestTokens.auditor())
                .queryParam("name", marker)
                .queryParam("page", 1)
                .queryParam("size", 2)
                .get("/investors")
                .then()
                .body("items.legalName", equalTo(java.util.List.of(marker + " #0")));
        as(TestTokens.reception())
                .queryParam("name", marker)
                .queryParam("status", "VERIFIED")
                .get("/investors")
                .then()
                .body("totalItems", equalTo(0));
    }

    @Test
    void shouldTreatSearchTextLiterally() {
        as(TestTokens.reception())
                .queryParam("name", "%_%")
                .get("/investors")
                .then()
                .statusCode(200)
                .body("items.legalName", everyItem(org.hamcrest.Matchers.containsString("%_%")));
    }

    @Test
    void shouldNameEveryInvalidSearchParameter() {
        as(TestTokens.reception())
                .queryParam("status", "APPROVED")
                .queryParam("type", "PERSON")
                .queryParam("country", "Vietnam")
                .queryParam("size", 0)
                .queryParam("page", -1)
                .get("/investors")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItems("status", "type", "country", "size", "page"))
                .body(
                        "errors.find { it.field == 'status' }.message",
                        equalTo(
                                "must be one of: PENDING_VERIFICATION, VERIFIED, REJECTED, SUSPENDED"));
    }
}
