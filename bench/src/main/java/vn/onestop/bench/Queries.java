package vn.onestop.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * The officials' inbox and the auditors' queries over a large case load. The cases are seeded
 * through a fast bulk path: the application rows by one SQL statement per batch, their process
 * instances through the engine's Java API in-process (the same model, the same variables and
 * business keys as a submission, timers included), then the queries go through the API.
 */
final class Queries {

    private final Database database;

    Queries(Database database) {
        this.database = database;
    }

    Map<String, Object> run(int cases, int samples) throws Exception {
        long seededBefore =
                database.number(
                        database.licensing(),
                        "select count(*) from application where reference like 'BEN-%'");
        long seedStart = System.nanoTime();
        if (seededBefore < cases) {
            seed((int) seededBefore, cases);
        }
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        List<String> ids = sampleIds(samples);

        Latencies latencies = new Latencies();
        Api api = new Api(latencies);
        for (String user : new String[] {"reception1", "auditor1", "investor1"}) {
            api.token(user);
        }
        // The inbox as the officials' workspace loads it: through the portal, with the session
        // cookie, the counts of its tabs beside the first page.
        String portal = System.getenv().getOrDefault("PORTAL_PORT", "0");
        PortalSession workspace =
                portal.equals("0")
                        ? null
                        : PortalSession.signIn(
                                "http://localhost:" + portal, "reception1", latencies);
        for (int i = 0; i < samples; i++) {
            String id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
            int page = ThreadLocalRandom.current().nextInt(1, 200);
            Api.require(
                    api.get("inbox first page", "reception1", api.licensing + "/tasks?size=20"),
                    200);
            if (workspace != null) {
                requireOk(
                        workspace.get(
                                "inbox first page via the portal",
                                "/api/licensing/tasks?assignee=UNASSIGNED&size=20"),
                        "inbox via the portal");
                requireOk(
                        workspace.get(
                                "inbox tab counts via the portal",
                                "/api/licensing/tasks/counts?dueWithin=2"),
                        "tab counts via the portal");
            }
            Api.require(
                    api.get(
                            "inbox by stage, page N",
                            "reception1",
                            api.licensing + "/tasks?stage=COMPLETENESS_CHECK&size=20&page=" + page),
                    200);
            Api.require(
                    api.get(
                            "case history",
                            "auditor1",
                            api.licensing + "/audit/cases/" + id + "/history"),
                    200);
            Api.require(
                    api.get(
                            "auditor case search",
                            "auditor1",
                            api.licensing
                                    + "/audit/cases?status=UNDER_REVIEW&size=20&page="
                                    + page),
                    200);
            Api.require(
                    api.get(
                            "investor's applications",
                            "investor1",
                            api.licensing + "/applications?size=20&page=" + page),
                    200);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put(
                "cases", database.number(database.licensing(), "select count(*) from application"));
        result.put(
                "openTasks",
                database.number(database.licensing(), "select count(*) from act_ru_task"));
        result.put("seeded", Math.max(0, cases - seededBefore));
        result.put("seedSeconds", CaseLoad.round(seedSeconds));
        result.put("samplesPerQuery", samples);
        result.put("latencyMs", latencies.summary());
        return result;
    }

    private static void requireOk(int status, String what) {
        if (status != 200) {
            throw new IllegalStateException(what + " answered " + status);
        }
    }

    /** Application rows like investor1's real ones, then one process instance per row. */
    private void seed(int from, int to) throws Exception {
        String owner =
                "select investor_id, owner_issuer, owner_subject from application"
                        + " where reference not like 'BEN-%' limit 1";
        database.execute(
                database.licensing(),
                "insert into application (id, version, reference, investor_id, owner_issuer,"
                        + " owner_subject, project_name, objectives, sector_code, park,"
                        + " land_area_m2, capital_amount, capital_currency, expected_employees,"
                        + " environmental_category, status, rule_set, content_hash, submitted_at,"
                        + " created_at, updated_at)"
                        + " select gen_random_uuid(), 1, 'BEN-' || lpad(i::text, 7, '0'),"
                        + " o.investor_id, o.owner_issuer, o.owner_subject,"
                        + " 'Dự án thử tải ' || i, 'Benchmark case', 'C2610',"
                        + " 'Khu công nghệ cao Hòa Lạc', 8000, 120000000000, 'VND', 120, 'IV',"
                        + " 'UNDER_REVIEW', 'VN-LI2020', repeat('0', 64),"
                        + " now() - (i || ' seconds')::interval, now(), now()"
                        + " from generate_series("
                        + (from + 1)
                        + ", "
                        + to
                        + ") i, ("
                        + owner
                        + ") o");
        List<String[]> pending = new ArrayList<>();
        try (Connection connection = database.connect(database.licensing());
                PreparedStatement statement =
                        connection.prepareStatement(
                                "select a.id, a.reference from application a"
                                        + " where a.reference like 'BEN-%' and not exists"
                                        + " (select 1 from act_ru_execution e"
                                        + " where e.business_key_ = a.reference)");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                pending.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        ProcessEngine engine = EngineAlone.engine(database.licensing(), false);
        try {
            int threads = 4;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int slice = t;
                work.add(
                        () -> {
                            for (int i = slice; i < pending.size(); i += threads) {
                                EngineAlone.start(engine, pending.get(i)[1], pending.get(i)[0]);
                            }
                            return null;
                        });
            }
            for (Future<Void> future : pool.invokeAll(work)) {
                future.get();
            }
            pool.shutdown();
        } finally {
            engine.close();
        }
        database.execute(database.licensing(), "analyze");
    }

    private List<String> sampleIds(int count) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection connection = database.connect(database.licensing());
                PreparedStatement statement =
                        connection.prepareStatement(
                                "select id from application where reference like 'BEN-%'"
                                        + " order by random() limit ?")) {
            statement.setInt(1, count);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }
}
