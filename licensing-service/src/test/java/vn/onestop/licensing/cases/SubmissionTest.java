package vn.onestop.licensing.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static vn.onestop.licensing.support.CaseApi.dossier;
import static vn.onestop.licensing.support.CaseApi.read;
import static vn.onestop.licensing.support.CaseApi.submit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import vn.onestop.licensing.application.service.SubmissionService;
import vn.onestop.licensing.support.ApiTest;
import vn.onestop.licensing.support.ApplicationRequests;
import vn.onestop.licensing.support.CaseApi;
import vn.onestop.licensing.support.InvestorRegister;
import vn.onestop.support.security.Actor;
import vn.onestop.support.testing.JsonBody;
import vn.onestop.support.testing.TestTokens;
import vn.onestop.workflow.process.EnvironmentalCategory;

/** Submission's unhappy paths: who may submit, what if investor-service is down, retries. */
@QuarkusTest
class SubmissionTest extends ApiTest {

    private static final String PROBLEM = "application/problem+json";

    private final RuntimeService runtime;
    private final SubmissionService submissions;

    SubmissionTest(RuntimeService runtime, SubmissionService submissions) {
        this.runtime = runtime;
        this.submissions = submissions;
    }

    @Test
    void shouldRefuseADraftFromAnAccountThatNeverRegistered() {
        as(TestTokens.withRoles("investor"))
                .body(JsonBody.of(ApplicationRequests.inCategory(EnvironmentalCategory.IV)).tree())
                .post("/applications")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("detail", equalTo("Register as an investor before applying"));
    }

    @Test
    void shouldRefuseSubmissionByAnUnverifiedInvestorAndChangeNothing() {
        var account = TestTokens.newAccount().roles("investor");
        InvestorRegister.register(account.subject(), "PENDING_VERIFICATION");
        var application =
                dossier(account, ApplicationRequests.inCategory(EnvironmentalCategory.IV));

        submit(application)
                .statusCode(422)
                .contentType(PROBLEM)
                .body(
                        "detail",
                        equalTo(
                                "Your investor record is PENDING_VERIFICATION; only a verified investor can submit"));

        read(application).body("status", equalTo("DRAFT")).body("version", equalTo(0));
        assertThat(instancesOf(application.reference())).isZero();
    }

    @Test
    void shouldAnswer503WhenInvestorServiceIsDownAndSucceedOnALaterRetry() {
        var account = CaseApi.verifiedInvestor();
        var application =
                dossier(account, ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        InvestorRegister.unreachable(account.subject());

        submit(application)
                .statusCode(503)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:onestop:problem:service-unavailable"));
        read(application).body("status", equalTo("DRAFT"));
        assertThat(instancesOf(application.reference())).isZero();

        InvestorRegister.register(account.subject(), "VERIFIED");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> submit(application).extract().statusCode() == 200);
        read(application).body("status", equalTo("UNDER_REVIEW"));
        assertThat(instancesOf(application.reference())).isEqualTo(1);
    }

    @Test
    void shouldReturnTheFirstResultWhenASubmissionIsRetriedWithTheSameKey() {
        var application =
                dossier(
                        CaseApi.verifiedInvestor(),
                        ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        String key = UUID.randomUUID().toString();

        for (int attempt = 0; attempt < 3; attempt++) {
            given().auth()
                    .oauth2(application.investorToken())
                    .header("Idempotency-Key", key)
                    .post("/applications/{id}/submission", application.id())
                    .then()
                    .statusCode(200)
                    .body("reference", equalTo(application.reference()));
        }
        assertThat(instancesOf(application.reference())).isEqualTo(1);
        submit(application).statusCode(409).contentType(PROBLEM);
    }

    @Test
    void shouldRefuseAKeyReusedForAnotherApplication() {
        var investor = CaseApi.verifiedInvestor();
        var first = dossier(investor, ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        var second =
                new CaseApi.Case(
                        first.investorToken(),
                        first.investorSubject(),
                        dossier(investor, ApplicationRequests.inCategory(EnvironmentalCategory.IV))
                                .id(),
                        null);
        String key = UUID.randomUUID().toString();
        given().auth()
                .oauth2(first.investorToken())
                .header("Idempotency-Key", key)
                .post("/applications/{id}/submission", first.id())
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(first.investorToken())
                .header("Idempotency-Key", key)
                .post("/applications/{id}/submission", second.id())
                .then()
                .statusCode(422)
                .body(
                        "detail",
                        equalTo(
                                "This Idempotency-Key was already used to submit another application"));
    }

    @Test
    void shouldStartOneCaseWhenTheSameSubmissionIsSentInParallel() throws Exception {
        var application =
                dossier(
                        CaseApi.verifiedInvestor(),
                        ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        String key = UUID.randomUUID().toString();
        var pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    return given().auth()
                                            .oauth2(application.investorToken())
                                            .header("Idempotency-Key", key)
                                            .post("/applications/{id}/submission", application.id())
                                            .statusCode();
                                }));
            }
            start.countDown();
            for (Future<Integer> call : calls) {
                assertThat(call.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(instancesOf(application.reference())).isEqualTo(1);
    }

    @Test
    void shouldRollBackTheApplicationAndTheProcessTogether() {
        var account = CaseApi.verifiedInvestor();
        var application =
                dossier(account, ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        Actor investor =
                new Actor(TestTokens.ISSUER, account.subject(), "investor", Set.of("investor"));

        assertThatThrownBy(
                        () ->
                                QuarkusTransaction.requiringNew()
                                        .run(
                                                () -> {
                                                    submissions.submit(
                                                            investor,
                                                            UUID.fromString(application.id()),
                                                            null);
                                                    assertThat(instancesOf(application.reference()))
                                                            .isEqualTo(1);
                                                    throw new IllegalStateException(
                                                            "failure after the process started");
                                                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("failure after the process started");

        read(application).body("status", equalTo("DRAFT"));
        assertThat(instancesOf(application.reference())).isZero();
    }

    private long instancesOf(String reference) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count();
    }
}
