package vn.onestop.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/**
 * The officials' task cycle at 1, 4, 8 and 16 concurrent officials: read the inbox, claim an open
 * completeness check, fetch the decision document, sign and complete it. Each official completes
 * the same number of tasks; the figure is tasks completed per second (jBPM 7.8's published
 * user-task flow: 16/52/72 instances/s at 1/4/8 threads on a laptop, for comparison).
 */
final class TaskCycle {

    private final Path pki;

    TaskCycle(Path pki) {
        this.pki = pki;
    }

    Map<String, Object> run(int officials, int tasksEach) throws Exception {
        Latencies latencies = new Latencies();
        Api api = new Api(latencies);
        Desk desk = new Desk(api, pki);
        desk.ensureVerifiedInvestor("investor1");
        seed(api, 2 * (officials * tasksEach + officials));
        // Untimed first round: registers the certificate, warms the token and the JIT (each
        // level would otherwise pay for a cold start differently).
        for (int t = 0; t < officials * tasksEach; t++) {
            desk.cycle("reception1", "COMPLETENESS_CHECK", "COMPLETE");
        }
        latencies.reset();
        desk.refusedInboxes.reset();
        ExecutorService pool = Executors.newFixedThreadPool(officials);
        LongAdder done = new LongAdder();
        List<Callable<Void>> work = new ArrayList<>();
        for (int i = 0; i < officials; i++) {
            work.add(
                    () -> {
                        for (int t = 0; t < tasksEach; t++) {
                            if (desk.cycle("reception1", "COMPLETENESS_CHECK", "COMPLETE")) {
                                done.increment();
                            }
                        }
                        return null;
                    });
        }
        long start = System.nanoTime();
        for (Future<Void> future : pool.invokeAll(work)) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("officials", officials);
        result.put("tasksCompleted", done.sum());
        result.put("seconds", CaseLoad.round(seconds));
        result.put("tasksPerSecond", CaseLoad.round(done.sum() / seconds));
        result.put("inboxPagesRefused", desk.refusedInboxes.sum());
        Map<String, Map<String, Object>> summary = latencies.summary();
        summary.keySet()
                .removeIf(
                        op ->
                                op.equals("draft")
                                        || op.equals("upload")
                                        || op.equals("submit")
                                        || op.equals("setup")
                                        || op.equals("token"));
        result.put("latencyMs", summary);
        return result;
    }

    /** Cases waiting at the completeness check, submitted by 8 investors' clients at once. */
    private static void seed(Api api, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<String>> submissions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            submissions.add(() -> api.submit("investor1", api.dossier("investor1", "IV")));
        }
        for (Future<String> future : pool.invokeAll(submissions)) {
            future.get();
        }
        pool.shutdown();
    }
}
