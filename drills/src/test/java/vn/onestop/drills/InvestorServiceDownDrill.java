package vn.onestop.drills;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import vn.onestop.e2e.Investors;
import vn.onestop.e2e.Suite;

/**
 * Drill 4: investor-service is down (killed) while investors submit. Every submission is refused
 * with a 503 problem and nothing is half-written; after investor-service is back, the same requests
 * (same Idempotency-Keys) succeed, once each.
 */
class InvestorServiceDownDrill {

    @Test
    void shouldRefuseCleanlyWhileInvestorServiceIsDownAndAcceptTheSameRequestsAfter() {
        Suite.start();
        int size = Integer.getInteger("drills.size", 12);
        String investor = Investors.registered("investor1", true);
        Map<String, String> keys = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            keys.put(Investors.dossier(investor, "IV"), UUID.randomUUID().toString());
        }
        List<String> ids = new ArrayList<>(keys.keySet());
        Clients clients = new Clients(Math.min(8, size));

        List<Response> refused;
        Suite.kill("investor-service");
        try {
            List<Callable<Response>> once = new ArrayList<>();
            keys.forEach((id, key) -> once.add(() -> Investors.submit(investor, id, key)));
            refused = clients.all(once);
        } finally {
            Suite.restart("investor-service");
        }
        long halfWritten =
                Ledger.count(
                        "select count(*) from application where id::text = any(?) and status <> 'DRAFT'",
                        ids);
        long instancesWhileDown = instances(ids);
        long keysWhileDown = submissionKeys(ids);

        List<Callable<Response>> retries = new ArrayList<>();
        keys.forEach(
                (id, key) ->
                        retries.add(
                                () ->
                                        clients.untilDefinite(
                                                () -> Investors.submit(investor, id, key),
                                                Duration.ofMinutes(1))));
        List<Response> accepted = clients.all(retries);
        long submitted =
                Ledger.count(
                        "select count(*) from application where id::text = any(?) and status <> 'DRAFT'",
                        ids);
        new Tally("investor-service-down")
                .put("submissions", size)
                .put("refused503", refused.stream().filter(r -> r.statusCode() == 503).count())
                .put("halfWritten", halfWritten + instancesWhileDown + keysWhileDown)
                .put("acceptedAfter", accepted.stream().filter(r -> r.statusCode() == 200).count())
                .put("persisted", submitted)
                .put("processInstances", instances(ids))
                .put("idempotencyKeys", submissionKeys(ids))
                .print();

        assertThat(refused)
                .allSatisfy(
                        r -> {
                            assertThat(r.statusCode()).isEqualTo(503);
                            assertThat(r.contentType()).startsWith("application/problem+json");
                            assertThat(r.<Integer>path("status")).isEqualTo(503);
                        });
        assertThat(halfWritten).isZero();
        assertThat(instancesWhileDown).isZero();
        assertThat(keysWhileDown).isZero();
        assertThat(accepted).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        assertThat(submitted).isEqualTo(size);
        assertThat(instances(ids)).isEqualTo(size);
        assertThat(submissionKeys(ids)).isEqualTo(size);
    }

    private static long instances(List<String> ids) {
        return Ledger.count(
                "select count(*) from act_hi_procinst p join application a"
                        + " on a.reference = p.business_key_ where a.id::text = any(?)",
                ids);
    }

    private static long submissionKeys(List<String> ids) {
        return Ledger.count(
                "select count(*) from submission_key where application_id::text = any(?)", ids);
    }
}
