package vn.onestop.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * Runs the benchmarks against the suite bench/run started and prints their figures; writes them to
 * bench/target/results-&lt;label&gt;.json and .md. Arguments are key=value (see bench/run).
 */
public final class Bench {

    private Bench() {}

    public static void main(String[] args) throws Exception {
        int status = 0;
        try {
            run(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        // The load's pools must not keep a finished or failed run alive.
        System.exit(status);
    }

    private static void run(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        Arrays.stream(args)
                .map(arg -> arg.split("=", 2))
                .forEach(pair -> options.put(pair[0], pair.length > 1 ? pair[1] : "true"));
        String label = options.getOrDefault("label", "full");
        List<String> sections =
                List.of(
                        options.getOrDefault(
                                        "only",
                                        "startup,cases,postgres,engine,tasks,memory,queries")
                                .split(","));
        Database database = new Database(Api.env("DB_SUFFIX", "_bench"));
        Path pki = Path.of("deploy/local/.state/pki");
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("label", label);
        results.put("at", Instant.now().toString());
        results.put("machine", machine());
        Api setup = new Api(new Latencies());
        new Desk(setup, pki).ensureVerifiedInvestor("investor1");

        Footprint footprint = new Footprint();
        if (sections.contains("startup")) {
            results.put("startUp", footprint.startUp(setup));
        }
        Map<String, Object> best = null;
        Map<String, Object> sustained = null;
        if (sections.contains("cases")) {
            CaseLoad load = new CaseLoad(database, pki);
            say("warm-up: 1 case/s for 20 s (not reported)");
            load.run(1, Duration.ofSeconds(20));
            int window = Integer.parseInt(options.getOrDefault("window", "30"));
            List<Map<String, Object>> steps = new ArrayList<>();
            for (String rate : options.getOrDefault("rates", "0.5,1,2,4,6,8").split(",")) {
                say("cases at " + rate + "/s for " + window + " s");
                Map<String, Object> step =
                        load.run(Double.parseDouble(rate), Duration.ofSeconds(window));
                say(step.toString());
                steps.add(step);
                boolean keptUp =
                        (double) step.get("completedPerSecond") >= 0.95 * Double.parseDouble(rate);
                if (keptUp) {
                    sustained = step;
                }
                if (best == null
                        || (double) step.get("completedPerSecond")
                                > (double) best.get("completedPerSecond")) {
                    best = step;
                }
                if ((double) step.get("worstP95Ms") > 100 && !keptUp) {
                    break; // past the knee and no longer keeping up: higher rates only queue
                }
            }
            results.put("cases", steps);
            results.put("knee", knee(steps));
            if (sustained == null) {
                sustained = steps.get(0);
            }
            write(label, results);
        }

        if (sections.contains("postgres") && sustained != null) {
            Pgbench pgbench = new Pgbench("pgbench" + Api.env("DB_SUFFIX", "_bench"));
            pgbench.initialise();
            // The client count: cases in flight (Little's law) at the highest rate the suite
            // kept up with; past it, in-flight cases only measure the queue.
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> latency =
                    (Map<String, Map<String, Object>>) sustained.get("latencyMs");
            double caseSeconds = (double) latency.get("whole case").get("p50") / 1000;
            // At most 30: the services' own pools hold connections of the same server.
            int clients =
                    Math.min(
                            30,
                            Math.max(
                                    1,
                                    (int)
                                            Math.round(
                                                    (double) sustained.get("arrivalRate")
                                                            * caseSeconds)));
            say(
                    "pgbench simple-update, "
                            + clients
                            + " clients (cases in flight at "
                            + sustained.get("arrivalRate")
                            + "/s, the highest rate sustained)");
            double tps = pgbench.tps(clients, 20);
            Map<String, Object> limit = new LinkedHashMap<>();
            limit.put("clients", clients);
            limit.put("pgbenchTps", tps);
            limit.put("atRate", sustained.get("arrivalRate"));
            limit.put("suiteCommitsPerSecond", sustained.get("dbCommitsPerSecond"));
            limit.put(
                    "suiteCommitsOverPgbench",
                    CaseLoad.round((double) sustained.get("dbCommitsPerSecond") / tps));
            limit.put("statementsPerCase", sustained.get("statementsPerCase"));
            results.put("postgres", limit);
            write(label, results);
        }

        if (sections.contains("engine")) {
            say("engine alone, in-process");
            ProcessEngine engine = EngineAlone.engine("bench_engine", true);
            List<Map<String, Object>> engineRuns = new ArrayList<>();
            try {
                EngineAlone alone = new EngineAlone();
                engineRuns.add(alone.run(engine, 1, 200));
                engineRuns.add(alone.run(engine, 4, 100));
            } finally {
                engine.close();
            }
            Map<String, Object> engineResult = new LinkedHashMap<>();
            engineResult.put("runs", engineRuns);
            if (best != null) {
                double engineBest =
                        engineRuns.stream()
                                .mapToDouble(run -> (double) run.get("casesPerSecond"))
                                .max()
                                .orElse(1);
                engineResult.put(
                        "suiteOverEngine",
                        CaseLoad.round((double) best.get("completedPerSecond") / engineBest));
            }
            results.put("engine", engineResult);
            say(engineResult.toString());
            write(label, results);
        }

        if (sections.contains("tasks")) {
            TaskCycle cycle = new TaskCycle(pki);
            List<Map<String, Object>> cycles = new ArrayList<>();
            int tasksEach = Integer.parseInt(options.getOrDefault("tasksEach", "12"));
            for (String officials : options.getOrDefault("officials", "1,4,8,16").split(",")) {
                say("task cycle, " + officials + " officials");
                Map<String, Object> run = cycle.run(Integer.parseInt(officials), tasksEach);
                say(run.toString());
                cycles.add(run);
            }
            results.put("taskCycle", cycles);
            write(label, results);
        }
        if (sections.contains("memory")) {
            results.put("residentMemory", footprint.residentMemory());
        }

        int cases = Integer.parseInt(options.getOrDefault("queryCases", "100000"));
        if (sections.contains("queries") && cases > 0) {
            say("queries over " + cases + " seeded cases");
            Map<String, Object> queries =
                    new Queries(database)
                            .run(cases, Integer.parseInt(options.getOrDefault("samples", "200")));
            say(queries.toString());
            results.put("queries", queries);
        }
        write(label, results);
    }

    /** The first rate whose worst operation p95 passed 100 ms. */
    private static Object knee(List<Map<String, Object>> steps) {
        return steps.stream()
                .filter(step -> (double) step.get("worstP95Ms") > 100)
                .map(step -> step.get("arrivalRate"))
                .findFirst()
                .orElse("not reached");
    }

    private static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("java", System.getProperty("java.version"));
        try {
            machine.put(
                    "memory",
                    Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " "));
        } catch (Exception e) {
            machine.put("memory", "unknown");
        }
        return machine;
    }

    private static void write(String label, Map<String, Object> results) throws Exception {
        Path folder = Path.of("bench/target");
        Files.createDirectories(folder);
        Path json = folder.resolve("results-" + label + ".json");
        Api.JSON
                .writerWithDefaultPrettyPrinter()
                .with(SerializationFeature.INDENT_OUTPUT)
                .writeValue(json.toFile(), results);
        String markdown = Report.markdown(results);
        Files.writeString(folder.resolve("results-" + label + ".md"), markdown);
        System.out.println(markdown);
        say("figures written to " + json + " and results-" + label + ".md");
    }

    static void say(String line) {
        System.out.println("[bench] " + line);
    }
}
