package vn.onestop.support.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What the chain head lock costs: committing transactions that each write one audit record, with
 * and without appending it to the chain ({@link AuditChain#append}, the code the services run), at
 * several numbers of concurrent writers. Prints throughput and latency percentiles; asserts nothing
 * about speed. Works in a scratch schema it drops afterwards.
 *
 * <pre>
 * ./mvnw -pl service-support -am test-compile exec:java -Dpostgres.ensure.skip=true \
 *   -Dexec.classpathScope=test -Dexec.mainClass=vn.onestop.support.audit.AuditChainBenchmark
 * </pre>
 *
 * System properties: {@code bench.url} (default the licensing test database), {@code bench.user},
 * {@code bench.password}, {@code bench.transactions} per writer (default 300).
 */
public final class AuditChainBenchmark {

    private static final String SCHEMA = "audit_chain_bench";

    private AuditChainBenchmark() {}

    public static void main(String[] args) throws Exception {
        String url =
                System.getProperty(
                        "bench.url",
                        "jdbc:postgresql://"
                                + System.getenv().getOrDefault("PGHOST", "127.0.0.1")
                                + ":"
                                + System.getenv().getOrDefault("PGPORT", "5432")
                                + "/licensing_test");
        String user = System.getProperty("bench.user", "licensing");
        String password = System.getProperty("bench.password", "licensing");
        int transactions = Integer.getInteger("bench.transactions", 300);
        try (Connection admin = DriverManager.getConnection(url, user, password)) {
            createSchema(admin);
            try {
                System.out.println(
                        "| writers | mode | transactions/s | p50 ms | p99 ms |\n|---|---|---|---|---|");
                for (int writers : new int[] {1, 4, 16}) {
                    for (boolean chained : new boolean[] {false, true}) {
                        run(url, user, password, writers, transactions, chained);
                    }
                }
                verify(admin);
            } finally {
                try (Statement statement = admin.createStatement()) {
                    statement.execute("drop schema " + SCHEMA + " cascade");
                }
            }
        }
    }

    private static void run(
            String url,
            String user,
            String password,
            int writers,
            int transactions,
            boolean chained)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<List<Long>>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 0; w < writers; w++) {
            results.add(
                    pool.submit(
                            () -> {
                                List<Long> latencies = new ArrayList<>(transactions);
                                try (Connection connection =
                                        DriverManager.getConnection(url, user, password)) {
                                    connection.setAutoCommit(false);
                                    try (Statement path = connection.createStatement()) {
                                        path.execute("set search_path to " + SCHEMA);
                                    }
                                    for (int i = 0; i < transactions; i++) {
                                        long began = System.nanoTime();
                                        long id = insert(connection);
                                        if (chained) {
                                            AuditChain.append(
                                                    connection, new ArrayList<>(List.of(id)));
                                        }
                                        connection.commit();
                                        latencies.add(System.nanoTime() - began);
                                    }
                                }
                                return latencies;
                            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> result : results) {
            all.addAll(result.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Collections.sort(all);
        System.out.printf(
                "| %d | %s | %.0f | %.2f | %.2f |%n",
                writers,
                chained ? "chained" : "plain insert",
                all.size() / seconds,
                all.get(all.size() / 2) / 1e6,
                all.get((int) (all.size() * 0.99)) / 1e6);
    }

    private static long insert(Connection connection) throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement(
                        "insert into audit_event (occurred_at, service, outcome, location,"
                                + " actor_issuer, actor_subject, actor_username, actor_roles,"
                                + " action, target_type, target_id, details)"
                                + " values (?, 'bench', 'SUCCESS', 'POST /bench', 'urn:bench',"
                                + " 'writer', 'writer', 'reception', 'BENCH', 'application',"
                                + " 'x', '{\"n\": \"1\"}') returning id")) {
            insert.setTimestamp(1, Timestamp.from(Instant.now()));
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** The chained rows must form one chain: a benchmark of a broken chain would be worthless. */
    private static void verify(Connection admin) throws SQLException {
        try (Statement statement = admin.createStatement();
                ResultSet row =
                        statement.executeQuery(
                                "select count(*), min(seq), max(seq), count(distinct seq) from "
                                        + SCHEMA
                                        + ".audit_event where seq is not null")) {
            row.next();
            long count = row.getLong(1);
            if (count != row.getLong(4)
                    || (count > 0 && row.getLong(3) - row.getLong(2) + 1 != count)) {
                throw new IllegalStateException("The chained records have gaps or duplicates");
            }
            System.out.printf("%nChained records: %d, sequence 1..%d without gaps%n", count, count);
        }
    }

    private static void createSchema(Connection admin) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
            statement.execute("create schema " + SCHEMA);
            statement.execute(
                    "create table "
                            + SCHEMA
                            + ".audit_event (id bigint generated always as identity primary key,"
                            + " occurred_at timestamptz not null, service varchar(60) not null,"
                            + " outcome varchar(20) not null, location varchar(300) not null,"
                            + " client_id varchar(255), source_ip varchar(64),"
                            + " actor_issuer varchar(500) not null,"
                            + " actor_subject varchar(255) not null,"
                            + " actor_username varchar(255) not null,"
                            + " actor_roles varchar(500) not null, action varchar(60) not null,"
                            + " target_type varchar(40) not null, target_id varchar(100) not null,"
                            + " details jsonb not null, seq bigint unique,"
                            + " content_hash varchar(64), prev_hash varchar(64), hash varchar(64))");
            statement.execute(
                    "create table "
                            + SCHEMA
                            + ".audit_chain_head (id smallint primary key, last_seq bigint not null,"
                            + " last_hash varchar(64) not null, earlier_until_id bigint not null,"
                            + " updated_at timestamptz not null)");
            statement.execute(
                    "insert into "
                            + SCHEMA
                            + ".audit_chain_head values (1, 0, repeat('0', 64), 0, now())");
        }
    }
}
