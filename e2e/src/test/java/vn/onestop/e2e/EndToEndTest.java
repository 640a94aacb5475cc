package vn.onestop.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.Duration;
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
        String investor = Investors.registered("investor1", true);
        String id = Investors.dossier(investor, "II");
        String reference =
                Investors.submit(investor, id, UUID.randomUUID().toString())
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
                .until(() -> "LICENSED".equals(Investors.application(investor, id).path("status")));
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
        String investor = Investors.registered("investor2", false);
        String id = Investors.dossier(investor, "IV");

        Investors.submit(investor, id, UUID.randomUUID().toString())
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("detail", org.hamcrest.Matchers.containsString("only a verified investor"));

        assertThat(Investors.application(investor, id).<String>path("status")).isEqualTo("DRAFT");
    }

    @Test
    void shouldAnswer503WhileInvestorServiceIsDownLoseNothingAndSucceedOnRetry() {
        String investor = Investors.registered("investor1", true);
        String id = Investors.dossier(investor, "IV");
        String key = UUID.randomUUID().toString();

        Suite.stop("investor-service");
        try {
            Investors.submit(investor, id, key)
                    .then()
                    .statusCode(503)
                    .contentType(PROBLEM)
                    .body("status", equalTo(503));
            Response unchanged = Investors.application(investor, id);
            assertThat(unchanged.<String>path("status")).isEqualTo("DRAFT");
            assertThat(unchanged.<Integer>path("version")).isZero();
        } finally {
            Suite.restart("investor-service");
        }

        // The circuit breaker may still be open for a moment: the client retries with its key.
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> Investors.submit(investor, id, key).statusCode() == 200);
        assertThat(Investors.application(investor, id).<String>path("status"))
                .isEqualTo("UNDER_REVIEW");
        Investors.submit(investor, id, key)
                .then()
                .statusCode(200)
                .body("status", equalTo("UNDER_REVIEW"));
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
}
