package vn.onestop.drills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.onestop.e2e.Investors;
import vn.onestop.e2e.Suite;

/**
 * Drill 1: licensing-service is killed with SIGKILL while investors submit, each client retrying
 * with its own Idempotency-Key until it gets an answer. Afterwards every submission was accepted
 * exactly once: accepted == applications submitted == process instances, no duplicates.
 */
class SubmissionCrashDrill {

    @Test
    void shouldLoseAndDuplicateNothingWhenKilledDuringSubmissions() {
        Suite.start();
        int size = Integer.getInteger("drills.size", 12);
        String investor = Investors.registered("investor1", true);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ids.add(Investors.dossier(investor, "II"));
        }
        Clients clients = new Clients(Math.min(8, size));
        AtomicInteger accepted = new AtomicInteger();
        List<Callable<Response>> submissions = new ArrayList<>();
        for (String id : ids) {
            String key = UUID.randomUUID().toString();
            submissions.add(
                    () -> {
                        Response answer =
                                clients.untilDefinite(
                                        () -> Investors.submit(investor, id, key),
                                        Duration.ofMinutes(3));
                        if (answer.statusCode() == 200) {
                            accepted.incrementAndGet();
                        }
                        return answer;
                    });
        }
        CompletableFuture<List<Response>> answers =
                CompletableFuture.supplyAsync(() -> clients.all(submissions));
        await().atMost(Duration.ofMinutes(1)).until(() -> accepted.get() >= Math.max(1, size / 4));
        int acceptedBeforeKill = accepted.get();
        Suite.kill("licensing-service");
        Suite.restart("licensing-service");
        List<Response> results = answers.join();

        List<String> references =
                results.stream().map(response -> response.<String>path("reference")).toList();
        long submitted =
                Ledger.count(
                        "select count(*) from application where id::text = any(?) and status <> 'DRAFT'",
                        ids);
        long instances =
                Ledger.count(
                        "select count(*) from act_hi_procinst where business_key_ = any(?)",
                        references);
        long duplicated =
                Ledger.count(
                        "select count(*) from (select business_key_ from act_hi_procinst"
                                + " where business_key_ = any(?) group by business_key_"
                                + " having count(*) > 1) d",
                        references);
        long keys =
                Ledger.count(
                        "select count(*) from submission_key where application_id::text = any(?)",
                        ids);
        new Tally("submission-crash")
                .put("submissions", size)
                .put("acceptedBeforeKill", acceptedBeforeKill)
                .put("accepted", accepted.get())
                .put("attempts", clients.attempts.get())
                .put("retried", clients.retried.get())
                .put("persisted", submitted)
                .put("processInstances", instances)
                .put("duplicates", duplicated)
                .put("idempotencyKeys", keys)
                .print();

        assertThat(results).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        assertThat(references).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(submitted).isEqualTo(accepted.get()).isEqualTo(size);
        assertThat(instances).isEqualTo(size);
        assertThat(duplicated).isZero();
        assertThat(keys).isEqualTo(size);
    }
}
