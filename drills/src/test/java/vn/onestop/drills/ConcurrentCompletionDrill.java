package vn.onestop.drills;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import vn.onestop.e2e.Investors;
import vn.onestop.e2e.Officials;
import vn.onestop.e2e.Suite;

/**
 * Drill 5: the same signed completion of one task sent K times at once (a double click, a client
 * retrying too eagerly, two tabs). Exactly one wins; the others are told so with a 4xx problem; the
 * decision is recorded once and the case moves on once.
 */
class ConcurrentCompletionDrill {

    @Test
    void shouldLetExactlyOneOfManyConcurrentCompletionsWin() {
        Suite.start();
        int size = Integer.getInteger("drills.size", 12);
        int racers = Math.max(4, Math.min(16, size));
        int rounds = Math.max(1, size / 6);
        String investor = Investors.registered("investor1", true);
        List<Integer> winners = new ArrayList<>();
        List<String> losers = new ArrayList<>();
        List<Long> decisions = new ArrayList<>();
        List<Long> openTasks = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            String id = Investors.dossier(investor, "II");
            String reference =
                    Investors.submit(investor, id, UUID.randomUUID().toString())
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("reference");
            Officials.Decision decision =
                    Officials.prepare("reception1", reference, "COMPLETENESS_CHECK", "COMPLETE");
            CyclicBarrier start = new CyclicBarrier(racers);
            List<Callable<Response>> race = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                race.add(
                        () -> {
                            start.await();
                            return decision.complete();
                        });
            }
            List<Response> answers = new Clients(racers).all(race);
            winners.add((int) answers.stream().filter(r -> r.statusCode() == 204).count());
            answers.stream()
                    .filter(r -> r.statusCode() != 204)
                    .forEach(r -> losers.add(r.statusCode() + " " + r.contentType()));
            decisions.add(
                    Ledger.count(
                            "select count(*) from stage_decision where task_id = ?",
                            decision.task()));
            openTasks.add(
                    Ledger.count(
                            "select count(*) from act_ru_task t join act_ru_execution e"
                                    + " on e.id_ = t.proc_inst_id_ where e.business_key_ = ?",
                            reference));
        }
        new Tally("concurrent-completion")
                .put("rounds", rounds)
                .put("racersPerRound", racers)
                .put("winners", winners)
                .put("decisionsRecorded", decisions)
                .put("openTasksAfter", openTasks)
                .put("losers", losers.stream().distinct().toList())
                .print();

        assertThat(winners).containsOnly(1);
        assertThat(decisions).containsOnly(1L);
        assertThat(openTasks).containsOnly(1L);
        assertThat(losers)
                .hasSize(rounds * (racers - 1))
                .allSatisfy(
                        answer ->
                                assertThat(answer).matches("4\\d\\d application/problem\\+json.*"));
    }
}
