package vn.onestop.investor.investor;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.onestop.investor.support.ApiTest;
import vn.onestop.investor.support.InvestorApi;
import vn.onestop.investor.support.InvestorRequests;
import vn.onestop.support.audit.AuditEventRepository;
import vn.onestop.support.testing.JsonBody;
import vn.onestop.support.testing.TestTokens;

/** Racing writers: exactly one wins, the others learn why, nothing is written twice. */
@QuarkusTest
class InvestorConcurrencyTest extends ApiTest {

    private static final int RACERS = 6;

    private final AuditEventRepository audit;

    InvestorConcurrencyTest(AuditEventRepository audit) {
        this.audit = audit;
    }

    @Test
    void shouldLetExactlyOneOfConcurrentDecisionsOnTheSameVersionWin() throws Exception {
        var record = InvestorApi.registerIndividual();

        List<Integer> statuses =
                race(
                        () ->
                                RestAssured.given()
                                        .auth()
                                        .oauth2(TestTokens.reception())
                                        .header("If-Match", record.etag())
                                        .post("/investors/" + record.id() + "/verify")
                                        .statusCode());

        assertThat(statuses).containsOnly(200, 412);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(audit.forTarget("investor", record.id()))
                .filteredOn(e -> e.action().equals("INVESTOR_VERIFIED"))
                .hasSize(1);
    }

    @Test
    void shouldRegisterAnAccountOnceWhenItsRegistrationsRace() throws Exception {
        String token = TestTokens.investor();
        var body = JsonBody.of(InvestorRequests.individual()).tree();

        List<Integer> statuses =
                race(
                        () ->
                                RestAssured.given()
                                        .auth()
                                        .oauth2(token)
                                        .contentType("application/json")
                                        .body(body)
                                        .post("/investors")
                                        .statusCode());

        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    }

    private static List<Integer> race(Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                results.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    return call.call();
                                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
