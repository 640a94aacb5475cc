package vn.onestop.bench;

import java.util.List;
import java.util.Map;

/** The results as Markdown tables, for bench/RESULTS.md. */
final class Report {

    private Report() {}

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> results) {
        StringBuilder md = new StringBuilder();
        md.append("### Run `")
                .append(results.get("label"))
                .append("` at ")
                .append(results.get("at"));
        md.append("\n\nMachine: ").append(results.get("machine")).append("\n\n");
        if (results.containsKey("startUp")) {
            md.append("Start-up (process start to first successful API request): ")
                    .append(results.get("startUp"))
                    .append("\n\n");
        }
        if (results.containsKey("cases")) {
            cases(md, results);
        }
        if (results.containsKey("postgres")) {
            Map<String, Object> pg = (Map<String, Object>) results.get("postgres");
            md.append("\n#### The physical limit, same PostgreSQL, same run\n\n");
            md.append(
                    "| pgbench clients | pgbench simple-update TPS | at arrivals/s | suite DB commits/s | suite ÷ pgbench | SQL statements per case |\n|---|---|---|---|---|---|\n");
            md.append(
                    row(
                            pg.get("clients"),
                            pg.get("pgbenchTps"),
                            pg.getOrDefault("atRate", "best"),
                            pg.get("suiteCommitsPerSecond"),
                            pg.get("suiteCommitsOverPgbench"),
                            pg.getOrDefault("statementsPerCase", "n/a")));
        }
        if (results.containsKey("engine")) {
            Map<String, Object> engine = (Map<String, Object>) results.get("engine");
            md.append(
                    "\n#### The engine alone (same BPMN, in-process Java API, no HTTP/tokens/signatures)\n\n");
            md.append("| threads | cases | cases/s |\n|---|---|---|\n");
            for (Map<String, Object> run : (List<Map<String, Object>>) engine.get("runs")) {
                md.append(row(run.get("threads"), run.get("cases"), run.get("casesPerSecond")));
            }
            md.append(
                            "\nSuite ÷ engine (completed cases/s at the best rate ÷ best engine cases/s): ")
                    .append(engine.get("suiteOverEngine"))
                    .append("\n");
        }
        if (results.containsKey("taskCycle")) {
            md.append(
                    "\n#### Officials' task cycle (inbox, claim, decision document, sign, complete)\n\n");
            md.append(
                    "| officials | tasks | tasks/s | inbox pages refused | inbox p50/p95 | claim p50/p95 | decision-document p50/p95 | complete p50/p95 |\n|---|---|---|---|---|---|---|---|\n");
            for (Map<String, Object> run : (List<Map<String, Object>>) results.get("taskCycle")) {
                Map<String, Map<String, Object>> latency =
                        (Map<String, Map<String, Object>>) run.get("latencyMs");
                md.append(
                        row(
                                run.get("officials"),
                                run.get("tasksCompleted"),
                                run.get("tasksPerSecond"),
                                run.get("inboxPagesRefused"),
                                pair(latency.get("inbox")),
                                pair(latency.get("claim")),
                                pair(latency.get("decision-document")),
                                pair(latency.get("complete"))));
            }
        }
        if (results.containsKey("residentMemory")) {
            md.append("\nResident memory after the load above: ")
                    .append(results.get("residentMemory"))
                    .append("\n");
        }
        if (results.containsKey("queries")) {
            Map<String, Object> queries = (Map<String, Object>) results.get("queries");
            md.append("\n#### Queries at scale\n\n")
                    .append(queries.get("cases"))
                    .append(" cases, ")
                    .append(queries.get("openTasks"))
                    .append(" open tasks (")
                    .append(queries.get("seeded"))
                    .append(" seeded in ")
                    .append(queries.get("seedSeconds"))
                    .append(
                            " s)\n\n| query | samples | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|\n");
            ((Map<String, Map<String, Object>>) queries.get("latencyMs"))
                    .forEach(
                            (op, latency) -> {
                                if (!op.equals("token")) {
                                    md.append(
                                            row(
                                                    op,
                                                    latency.get("count"),
                                                    latency.get("p50"),
                                                    latency.get("p99"),
                                                    latency.get("max")));
                                }
                            });
        }
        return md.toString();
    }

    @SuppressWarnings("unchecked")
    private static void cases(StringBuilder md, Map<String, Object> results) {
        md.append(
                "#### Whole cases at steady arrival rates (Group IV, 3 signed decisions, sealed licence)\n\n");
        md.append(
                "| arrivals/s | completed/s | started | completed | failed | worst p95 ms | DB commits/s | SQL statements/case | job backlog max (mean) | history bytes/case | DB bytes/case |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) results.get("cases");
        for (Map<String, Object> step : steps) {
            md.append(
                    row(
                            step.get("arrivalRate"),
                            step.get("completedPerSecond"),
                            step.get("started"),
                            step.get("completed"),
                            step.get("failed"),
                            step.get("worstP95Ms"),
                            step.get("dbCommitsPerSecond"),
                            step.getOrDefault("statementsPerCase", "n/a"),
                            step.get("jobBacklogMax") + " (" + step.get("jobBacklogMean") + ")",
                            step.getOrDefault("historyBytesPerCase", "n/a"),
                            step.getOrDefault("databaseBytesPerCase", "n/a")));
        }
        md.append("\nKnee (first rate whose worst p95 passed 100 ms): ")
                .append(results.get("knee"))
                .append("\n\nLatency per operation, ms (p50 / p95 / p99):\n\n");
        md.append("| operation |");
        steps.forEach(step -> md.append(" ").append(step.get("arrivalRate")).append("/s |"));
        md.append("\n|---|");
        steps.forEach(step -> md.append("---|"));
        md.append("\n");
        Map<String, Map<String, Object>> first =
                (Map<String, Map<String, Object>>) steps.get(0).get("latencyMs");
        for (String op : first.keySet()) {
            md.append("| ").append(op).append(" |");
            for (Map<String, Object> step : steps) {
                Map<String, Object> latency =
                        ((Map<String, Map<String, Object>>) step.get("latencyMs")).get(op);
                md.append(" ")
                        .append(
                                latency == null
                                        ? "-"
                                        : latency.get("p50")
                                                + " / "
                                                + latency.get("p95")
                                                + " / "
                                                + latency.get("p99"))
                        .append(" |");
            }
            md.append("\n");
        }
    }

    private static String pair(Map<String, Object> latency) {
        return latency == null ? "-" : latency.get("p50") + " / " + latency.get("p95");
    }

    private static String row(Object... cells) {
        StringBuilder row = new StringBuilder("|");
        for (Object cell : cells) {
            row.append(" ").append(cell).append(" |");
        }
        return row.append("\n").toString();
    }
}
