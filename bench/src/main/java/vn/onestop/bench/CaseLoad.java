package vn.onestop.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Whole cases at a steady arrival rate (an open workload: arrivals do not wait for completions).
 * Each case is what the suite's clients do: an investor drafts and submits a Group IV case; the
 * reception, appraisal and approval officials each find their task, fetch the decision document,
 * sign it and complete it; the engine's job executor issues the sealed licence; the investor reads
 * the case until it is LICENSED. Completed cases are counted, not started ones.
 */
final class CaseLoad {

    private final Database database;
    private final java.nio.file.Path pki;

    CaseLoad(Database database, java.nio.file.Path pki) {
        this.database = database;
        this.pki = pki;
    }

    Map<String, Object> run(double rate, Duration window) throws InterruptedException {
        Latencies latencies = new Latencies();
        Api api = new Api(latencies);
        Desk desk = new Desk(api, pki);
        desk.ensureVerifiedInvestor("investor1");
        for (String official : new String[] {"reception1", "appraisal1", "approver1"}) {
            api.token(official);
        }
        LongAdder started = new LongAdder();
        LongAdder completedInWindow = new LongAdder();
        LongAdder completed = new LongAdder();
        LongAdder failed = new LongAdder();
        AtomicLong lastFailure = new AtomicLong();
        String[] failure = new String[1];
        long commitsBefore = database.commits();
        long statementsBefore = database.statements();
        long historyBefore = database.historyBytes();
        long bytesBefore = database.databaseBytes();
        long start = System.nanoTime();
        long windowEnd = start + window.toNanos();

        ExecutorService cases = Executors.newCachedThreadPool();
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
        long[] backlog = {0, 0, 0}; // samples, sum, max
        clock.scheduleAtFixedRate(
                () -> {
                    long jobs = database.jobBacklog();
                    synchronized (backlog) {
                        backlog[0]++;
                        backlog[1] += jobs;
                        backlog[2] = Math.max(backlog[2], jobs);
                    }
                },
                0,
                1,
                TimeUnit.SECONDS);
        long periodMicros = Math.round(1_000_000 / rate);
        clock.scheduleAtFixedRate(
                () -> {
                    if (System.nanoTime() >= windowEnd) {
                        return;
                    }
                    started.increment();
                    cases.submit(
                            () -> {
                                long caseStart = System.nanoTime();
                                try {
                                    runCase(api, desk);
                                    latencies.record("whole case", System.nanoTime() - caseStart);
                                    completed.increment();
                                    if (System.nanoTime() <= windowEnd) {
                                        completedInWindow.increment();
                                    }
                                } catch (RuntimeException e) {
                                    failed.increment();
                                    lastFailure.set(System.nanoTime());
                                    failure[0] = e.getMessage();
                                }
                            });
                },
                0,
                periodMicros,
                TimeUnit.MICROSECONDS);
        Thread.sleep(window.toMillis());
        long commitsInWindow = database.commits() - commitsBefore;
        cases.shutdown();
        boolean drained = cases.awaitTermination(3, TimeUnit.MINUTES);
        clock.shutdownNow();
        double seconds = window.toNanos() / 1e9;

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("arrivalRate", rate);
        result.put("windowSeconds", seconds);
        result.put("started", started.sum());
        result.put("completed", completed.sum());
        result.put("failed", failed.sum());
        if (failure[0] != null) {
            result.put("lastFailure", failure[0]);
        }
        result.put("drained", drained);
        result.put("completedPerSecond", round(completedInWindow.sum() / seconds));
        result.put("dbCommitsPerSecond", round(commitsInWindow / seconds));
        long statements = database.statements();
        if (statementsBefore >= 0 && completed.sum() > 0) {
            result.put(
                    "statementsPerCase",
                    round((statements - statementsBefore) / (double) completed.sum()));
        }
        if (completed.sum() > 0) {
            result.put(
                    "historyBytesPerCase",
                    (database.historyBytes() - historyBefore) / completed.sum());
            result.put(
                    "databaseBytesPerCase",
                    (database.databaseBytes() - bytesBefore) / completed.sum());
        }
        synchronized (backlog) {
            result.put("jobBacklogMax", backlog[2]);
            result.put(
                    "jobBacklogMean",
                    backlog[0] == 0 ? 0 : round(backlog[1] / (double) backlog[0]));
        }
        result.put("worstP95Ms", latencies.worstP95());
        result.put("latencyMs", latencies.summary());
        return result;
    }

    private static void runCase(Api api, Desk desk) {
        String id = api.dossier("investor1", "IV");
        String reference = api.submit("investor1", id);
        require(desk.decide("reception1", reference, "COMPLETENESS_CHECK", "COMPLETE"));
        require(desk.decide("appraisal1", reference, "APPRAISAL", "RECOMMEND_APPROVAL"));
        require(desk.decide("approver1", reference, "APPROVAL", "APPROVE"));
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!"LICENSED".equals(api.status("investor1", id))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(reference + " not licensed within 2 minutes");
            }
            pause();
        }
    }

    /** The investor's client polls its case; 200 ms between reads, as a portal would. */
    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void require(int status) {
        if (status != 204) {
            throw new IllegalStateException("completion answered " + status);
        }
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
