package vn.onestop.drills;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import vn.onestop.e2e.Investors;
import vn.onestop.e2e.Keycloak;
import vn.onestop.e2e.Suite;

/**
 * Drill 3: PostgreSQL stopped under load and started again. While it is down both services report
 * not ready and every failed request is a 503 problem (never a stack trace, never a 500); once it
 * is back they recover by themselves, and no case committed before or during the outage is lost.
 */
class DatabaseRestartDrill {

    private static final Path POSTGRES = Path.of("..", "drills", "postgres");

    @Test
    void shouldAnswer503WhileTheDatabaseIsDownAndLoseNoCommittedCase() throws Exception {
        Suite.start();
        int size = Integer.getInteger("drills.size", 12);
        String investor = Investors.registered("investor1", true);
        String auditor = Keycloak.token("auditor1");
        List<String> before = new ArrayList<>();
        List<String> during = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            before.add(Investors.dossier(investor, "IV"));
            during.add(Investors.dossier(investor, "IV"));
        }
        for (String id : before) {
            Investors.submit(investor, id, UUID.randomUUID().toString()).then().statusCode(200);
        }

        Clients clients = new Clients(Math.min(8, size));
        Queue<String> reads = new ConcurrentLinkedQueue<>();
        Queue<String> readiness = new ConcurrentLinkedQueue<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        CompletableFuture<Void> readers =
                CompletableFuture.runAsync(
                        () -> {
                            while (loading.get()) {
                                reads.add(
                                        answer(
                                                () ->
                                                        given().auth()
                                                                .oauth2(auditor)
                                                                .get(
                                                                        Suite.LICENSING
                                                                                + "/applications")));
                                reads.add(
                                        answer(
                                                () ->
                                                        given().auth()
                                                                .oauth2(investor)
                                                                .get(
                                                                        Suite.INVESTOR
                                                                                + "/investors/me")));
                                readiness.add(ready(Suite.LICENSING) + " " + ready(Suite.INVESTOR));
                            }
                        });
        postgres("stop");
        List<Response> submitted;
        try {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> readiness.stream().anyMatch(r -> r.equals("503 503")));
            List<Callable<Response>> submissions = new ArrayList<>();
            for (String id : during) {
                String key = UUID.randomUUID().toString();
                submissions.add(
                        () ->
                                clients.untilDefinite(
                                        () -> Investors.submit(investor, id, key),
                                        Duration.ofMinutes(3)));
            }
            CompletableFuture<List<Response>> outcome =
                    CompletableFuture.supplyAsync(() -> clients.all(submissions));
            await().atMost(Duration.ofSeconds(60)).until(() -> clients.attempts.get() >= size);
            postgres("start");
            submitted = outcome.join();
            await().atMost(Duration.ofSeconds(120))
                    .until(() -> ready(Suite.LICENSING) == 200 && ready(Suite.INVESTOR) == 200);
            // Keycloak shares the cluster; the drills after this one need its tokens again.
            await().atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptions()
                    .until(() -> Keycloak.token("investor1") != null);
        } finally {
            postgres("start");
            loading.set(false);
            readers.join();
        }

        List<String> failures = new ArrayList<>();
        reads.stream().filter(a -> !a.startsWith("2")).forEach(failures::add);
        clients.answers.stream().filter(a -> !a.startsWith("2")).forEach(failures::add);
        List<String> improper =
                failures.stream()
                        .filter(a -> !a.matches("503 application/problem\\+json.*"))
                        .toList();
        List<String> all = new ArrayList<>(before);
        all.addAll(during);
        long persisted =
                Ledger.count(
                        "select count(*) from application where id::text = any(?) and status <> 'DRAFT'",
                        all);
        long instances =
                Ledger.count(
                        "select count(*) from act_hi_procinst p join application a"
                                + " on a.reference = p.business_key_ where a.id::text = any(?)",
                        all);
        new Tally("database-restart")
                .put("committedBefore", before.size())
                .put("submittedDuring", during.size())
                .put("requests", reads.size() + clients.answers.size())
                .put("refused503", failures.size() - improper.size())
                .put("improper", improper.stream().distinct().toList())
                .put("notReadySeen", readiness.stream().filter(r -> r.contains("503")).count())
                .put("persisted", persisted)
                .put("processInstances", instances)
                .print();

        assertThat(improper).as("failures other than 503 problem details").isEmpty();
        assertThat(failures).as("requests refused while PostgreSQL was down").isNotEmpty();
        assertThat(submitted).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        assertThat(persisted).isEqualTo(all.size());
        assertThat(instances).isEqualTo(all.size());
    }

    /** "status content-type", or "unreachable" when no HTTP answer came at all. */
    private static String answer(java.util.function.Supplier<Response> request) {
        try {
            Response response = request.get();
            return response.statusCode() + " " + response.contentType();
        } catch (Exception e) {
            return "unreachable " + e.getClass().getSimpleName();
        }
    }

    private static int ready(String service) {
        try {
            return given().get(service + "/q/health/ready").statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static void postgres(String action) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(POSTGRES.toString(), action).inheritIO().start();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("drills/postgres " + action + " failed: " + exit);
        }
    }
}
