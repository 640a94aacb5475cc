package vn.onestop.investor.investor;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.onestop.investor.support.ApiTest;
import vn.onestop.investor.support.InvestorApi;
import vn.onestop.investor.support.InvestorRequests;
import vn.onestop.support.testing.JsonBody;
import vn.onestop.support.testing.TestTokens;

/** An owner correcting their record, guarded by If-Match and by the record's status. */
@QuarkusTest
class InvestorUpdateTest extends ApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldUpdateOwnRecordAgainstTheCurrentETag() {
        var record = InvestorApi.registerIndividual();
        var corrected = InvestorRequests.individualNamed("Tanaka Hiroshi (corrected)");

        as(record.ownerToken())
                .header("If-Match", record.etag())
                .body(JsonBody.of(corrected).tree())
                .put("/investors/" + record.id())
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("legalName", equalTo("Tanaka Hiroshi (corrected)"))
                .body("version", equalTo(1));

        as(record.ownerToken())
                .get("/investors/me")
                .then()
                .body("legalName", equalTo("Tanaka Hiroshi (corrected)"));
    }

    @Test
    void shouldRefuseAStaleETagWith412AndKeepTheRecord() {
        var record = InvestorApi.registerIndividual();
        var first = InvestorRequests.individualNamed("First edit");
        as(record.ownerToken())
                .header("If-Match", record.etag())
                .body(JsonBody.of(first).tree())
                .put("/investors/" + record.id())
                .then()
                .statusCode(200);

        as(record.ownerToken())
                .header("If-Match", record.etag())
                .body(JsonBody.of(InvestorRequests.individualNamed("Lost update")).tree())
                .put("/investors/" + record.id())
                .then()
                .statusCode(412)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:onestop:problem:precondition-failed"));

        as(record.ownerToken())
                .get("/investors/me")
                .then()
                .body("legalName", equalTo("First edit"));
    }

    @Test
    void shouldRequireIfMatchWith428() {
        var record = InvestorApi.registerIndividual();

        as(record.ownerToken())
                .body(JsonBody.of(InvestorRequests.individual()).tree())
                .put("/investors/" + record.id())
                .then()
                .statusCode(428)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:onestop:problem:precondition-required"));
        as(record.ownerToken())
                .header("If-Match", "*")
                .body(JsonBody.of(InvestorRequests.individual()).tree())
                .put("/investors/" + record.id())
                .then()
                .statusCode(428);
    }

    @Test
    void shouldRefuseEditsOnceVerifiedWith409() {
        var record = InvestorApi.verified();

        as(record.ownerToken())
                .header("If-Match", record.etag())
                .body(JsonBody.of(InvestorRequests.individual()).tree())
                .put("/investors/" + record.id())
                .then()
                .statusCode(409)
                .body(
                        "detail",
                        equalTo(
                                "An investor record in status VERIFIED cannot be edited by its owner"));
    }

    @Test
    void shouldReturnARejectedRecordToPendingWhenItsOwnerCorrectsIt() {
        var rejected =
                InvestorApi.decide(
                        TestTokens.reception(),
                        InvestorApi.registerIndividual(),
                        "reject",
                        "Passport scan unreadable");

        as(rejected.ownerToken())
                .header("If-Match", rejected.etag())
                .body(JsonBody.of(InvestorRequests.individual()).tree())
                .put("/investors/" + rejected.id())
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING_VERIFICATION"))
                .body("statusReason", nullValue());
    }

    @Test
    void shouldValidateAnUpdateLikeARegistration() {
        var record = InvestorApi.registerIndividual();

        as(record.ownerToken())
                .header("If-Match", record.etag())
                .body(JsonBody.of(InvestorRequests.individual()).set("contactPhone", "12").tree())
                .put("/investors/" + record.id())
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("contactPhone"));
    }
}
