package vn.onestop.investor.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import vn.onestop.support.testing.JsonBody;
import vn.onestop.support.testing.TestTokens;

/** The investor API calls that many tests need as set-up. */
public final class InvestorApi {

    /** An investor record as the API returned it, with the ETag to send back. */
    public record Record(String id, String etag, String ownerToken) {}

    private InvestorApi() {}

    public static Record register(String ownerToken, Object request) {
        ExtractableResponse<Response> response =
                given().auth()
                        .oauth2(ownerToken)
                        .contentType("application/json")
                        .body(JsonBody.of(request).tree())
                        .post("/investors")
                        .then()
                        .statusCode(201)
                        .extract();
        return new Record(response.path("id"), response.header("ETag"), ownerToken);
    }

    public static Record registerIndividual() {
        return register(TestTokens.investor(), InvestorRequests.individual());
    }

    public static Record decide(
            String officialToken, Record record, String decision, String reason) {
        var request = given().auth().oauth2(officialToken).header("If-Match", record.etag());
        if (reason != null) {
            request.contentType("application/json").body(java.util.Map.of("reason", reason));
        }
        ExtractableResponse<Response> response =
                request.post("/investors/{id}/{decision}", record.id(), decision)
                        .then()
                        .statusCode(200)
                        .extract();
        return new Record(record.id(), response.header("ETag"), record.ownerToken());
    }

    public static Record verified() {
        return decide(TestTokens.reception(), registerIndividual(), "verify", null);
    }
}
