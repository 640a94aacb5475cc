package vn.onestop.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own limit on this machine: pgbench's simple-update script (three updates and an
 * insert per transaction) against the same server, with the given number of clients.
 */
final class Pgbench {

    private static final Pattern TPS =
            Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private final String database;

    Pgbench(String database) {
        this.database = database;
    }

    void initialise() throws Exception {
        run("pgbench", "-i", "-q", "-s", "10", database);
    }

    double tps(int clients, int seconds) throws Exception {
        String output =
                run(
                        "pgbench",
                        "-N",
                        "-c",
                        Integer.toString(clients),
                        "-j",
                        "2",
                        "-T",
                        Integer.toString(seconds),
                        database);
        Matcher matcher = TPS.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("No tps in pgbench output:\n" + output);
        }
        return Double.parseDouble(matcher.group(1));
    }

    private static String run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putIfAbsent("PGHOST", "127.0.0.1");
        builder.environment().putIfAbsent("PGUSER", "postgres");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }
}
