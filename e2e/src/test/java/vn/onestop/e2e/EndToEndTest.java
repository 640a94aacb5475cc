package vn.onestop.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The suite as deployed: Keycloak, PostgreSQL, investor-service and licensing-service as packaged
 * apps talking to each other with client-credentials tokens, driven with users' tokens from
 * Keycloak.
 */
class EndToEndTest {

    private static final String PROBLEM = "application/problem+json";

    @BeforeAll
    static void startTheSuite() {
        Suite.start();
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldCarryAGroupIICaseAcrossBothServicesToAPubliclyVerifiedLicence() {
        String investor = registered("investor1", true);
        String id = draft(investor, "II");
        upload(investor, id, "PROJECT_PROPOSAL");
        upload(investor, id, "ENVIRONMENTAL_IMPACT_ASSESSMENT");
        String reference =
                submit(investor, id, UUID.randomUUID().toString())
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("UNDER_REVIEW"))
                        .extract()
                        .path("reference");

        // A web frontend's signature: TypeScript (canonicalize + jose), verified by Java.
        Officials.decideSignedInTypeScript(
                "reception1", reference, "COMPLETENESS_CHECK", "COMPLETE");
        Officials.decide("environment1", reference, "ENVIRONMENTAL_IMPACT_REVIEW", "APPROVE");
        Officials.decide("appraisal1", reference, "APPRAISAL", "RECOMMEND_APPROVAL");
        Officials.decide("approver1", reference, "APPROVAL", "APPROVE");

        await().atMost(Duration.ofSeconds(60))
                .until(() -> "LICENSED".equals(application(investor, id).path("status")));
        String number =
                given().auth()
                        .oauth2(investor)
                        .get(Suite.LICENSING + "/applications/{id}/licence", id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("certificateNumber");
        given().get(Suite.LICENSING + "/public/licences/{n}", number)
                .then()
                .statusCode(200)
                .body("status", equalTo("VALID"));
        given().auth()
                .oauth2(Keycloak.token("auditor1"))
                .get(Suite.LICENSING + "/audit/cases/{id}/history", id)
                .then()
                .statusCode(200)
                .body("decisions.validNow", org.hamcrest.Matchers.everyItem(equalTo(true)))
                .body("decisions", org.hamcrest.Matchers.hasSize(4));
        for (String service : new String[] {Suite.INVESTOR, Suite.LICENSING}) {
            given().auth()
                    .oauth2(Keycloak.token("auditor1"))
                    .get(service + "/audit/chain/verification")
                    .then()
                    .statusCode(200)
                    .body("intact", equalTo(true));
        }
    }

    @Test
    void shouldStopAnUnverifiedInvestorAtSubmission() {
        String investor = registered("investor2", false);
        String id = draft(investor, "IV");

        submit(investor, id, UUID.randomUUID().toString())
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("detail", org.hamcrest.Matchers.containsString("only a verified investor"));

        assertThat(application(investor, id).<String>path("status")).isEqualTo("DRAFT");
    }

    @Test
    void shouldAnswer503WhileInvestorServiceIsDownLoseNothingAndSucceedOnRetry() {
        String investor = registered("investor1", true);
        String id = draft(investor, "IV");
        String key = UUID.randomUUID().toString();

        Suite.stop("investor-service");
        try {
            submit(investor, id, key)
                    .then()
                    .statusCode(503)
                    .contentType(PROBLEM)
                    .body("status", equalTo(503));
            Response unchanged = application(investor, id);
            assertThat(unchanged.<String>path("status")).isEqualTo("DRAFT");
            assertThat(unchanged.<Integer>path("version")).isZero();
        } finally {
            Suite.restart("investor-service");
        }

        // The circuit breaker may still be open for a moment: the client retries with its key.
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> submit(investor, id, key).statusCode() == 200);
        assertThat(application(investor, id).<String>path("status")).isEqualTo("UNDER_REVIEW");
        submit(investor, id, key).then().statusCode(200).body("status", equalTo("UNDER_REVIEW"));
    }

    @Test
    void shouldRefuseTokensForAnotherAudienceAndExpiredOnes() {
        String forInvestorService = Keycloak.licensingServiceToken();
        given().auth()
                .oauth2(forInvestorService)
                .get(Suite.LICENSING + "/applications")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);

        String shortLived = Keycloak.shortLivedToken("auditor1", 2);
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () ->
                                given().auth()
                                                .oauth2(shortLived)
                                                .get(Suite.LICENSING + "/applications")
                                                .statusCode()
                                        == 401);
        given().auth()
                .oauth2(Keycloak.token("auditor1"))
                .get(Suite.LICENSING + "/applications")
                .then()
                .statusCode(200);
    }

    /** The user's token, after making sure they are registered (and verified when asked). */
    private static String registered(String user, boolean verified) {
        String token = Keycloak.token(user);
        Response me = given().auth().oauth2(token).get(Suite.INVESTOR + "/investors/me");
        String id;
        String status;
        if (me.statusCode() == 200) {
            id = me.path("id");
            status = me.path("status");
        } else {
            Response created =
                    given().auth()
                            .oauth2(token)
                            .contentType("application/json")
                            .body(
                                    Map.of(
                                            "type",
                                            "INDIVIDUAL",
                                            "legalName",
                                            "Nguyễn Văn " + user,
                                            "country",
                                            "VN",
                                            "identityDocument",
                                            Map.of(
                                                    "type", "CITIZEN_ID",
                                                    "number", citizenId(user),
                                                    "issuingCountry", "VN",
                                                    "expiresOn", "2035-01-01"),
                                            "registeredAddress",
                                            Map.of(
                                                    "street", "1 Tràng Tiền",
                                                    "city", "Hà Nội",
                                                    "country", "VN"),
                                            "contactEmail",
                                            user + "@example.com",
                                            "contactPhone",
                                            "+84 24 3825 1234"))
                            .post(Suite.INVESTOR + "/investors");
            assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
            id = created.path("id");
            status = created.path("status");
        }
        if (verified && "PENDING_VERIFICATION".equals(status)) {
            String reception = Keycloak.token("reception1");
            String etag =
                    given().auth()
                            .oauth2(reception)
                            .get(Suite.INVESTOR + "/investors/{id}", id)
                            .header("ETag");
            given().auth()
                    .oauth2(reception)
                    .header("If-Match", etag)
                    .post(Suite.INVESTOR + "/investors/{id}/verify", id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("VERIFIED"));
        }
        return token;
    }

    /** A 12-digit citizen identity number, stable per user. */
    private static String citizenId(String user) {
        return String.format("%012d", Math.abs((long) user.hashCode()) % 1_000_000_000_000L);
    }

    private static String draft(String investor, String category) {
        return given().auth()
                .oauth2(investor)
                .contentType("application/json")
                .body(
                        Map.of(
                                "projectName",
                                "Trung tâm dữ liệu Hòa Lạc",
                                "objectives",
                                "Data centre",
                                "sectorCode",
                                "J6311",
                                "location",
                                Map.of("park", "Khu công nghệ cao Hòa Lạc"),
                                "landAreaM2",
                                "8000",
                                "totalCapital",
                                Map.of("amount", "120000000000", "currency", "VND"),
                                "expectedEmployees",
                                120,
                                "environmentalCategory",
                                category))
                .post(Suite.LICENSING + "/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void upload(String investor, String id, String type) {
        byte[] pdf =
                "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
                        .getBytes(StandardCharsets.US_ASCII);
        given().auth()
                .oauth2(investor)
                .multiPart("type", type)
                .multiPart("file", type.toLowerCase() + ".pdf", pdf, "application/pdf")
                .post(Suite.LICENSING + "/applications/{id}/documents", id)
                .then()
                .statusCode(201);
    }

    private static Response submit(String investor, String id, String key) {
        return given().auth()
                .oauth2(investor)
                .header("Idempotency-Key", key)
                .post(Suite.LICENSING + "/applications/{id}/submission", id);
    }

    private static Response application(String investor, String id) {
        Response response =
                given().auth().oauth2(investor).get(Suite.LICENSING + "/applications/{id}", id);
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }
}
