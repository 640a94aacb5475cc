package vn.onestop.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The suite under test, started once per test run with {@code deploy/local/suite} exactly as {@code
 * deploy/local/run} starts it (packaged apps, Keycloak with the realm file), but on its own ports,
 * state folder and {@code *_e2e} databases, which are emptied first. Stopped when the JVM exits.
 * The drills module starts another instance with the {@code suite.*} system properties.
 */
public final class Suite {

    // The end-to-end suite's defaults; the drills module runs its own instance on other ports.
    public static final int KEYCLOAK_PORT = Integer.getInteger("suite.keycloak.port", 18180);
    public static final int INVESTOR_PORT = Integer.getInteger("suite.investor.port", 18081);
    public static final int LICENSING_PORT = Integer.getInteger("suite.licensing.port", 18082);

    /** The web portal's port; 0 starts no portal (the drills drive the APIs only). */
    public static final int PORTAL_PORT = Integer.getInteger("suite.portal.port", 18080);

    public static final String KEYCLOAK = "http://localhost:" + KEYCLOAK_PORT;
    public static final String INVESTOR = "http://localhost:" + INVESTOR_PORT;
    public static final String LICENSING = "http://localhost:" + LICENSING_PORT;
    public static final String PORTAL = "http://localhost:" + PORTAL_PORT;

    /**
     * Databases investor*, licensing*, keycloak* with this suffix (deploy/local/postgres-ensure).
     */
    public static final String DB_SUFFIX = System.getProperty("suite.db.suffix", "_e2e");

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path STATE = ROOT.resolve(System.getProperty("suite.state", "e2e/target/suite"));

    private static boolean started;

    private Suite() {}

    public static synchronized void start() {
        if (started) {
            return;
        }
        if (Boolean.getBoolean("suite.reuse")) {
            // -Dsuite.reuse: a suite already started with these ports (deploy/local/suite up) is
            // used as it is and left running, for working on one test without restarting it all.
            started = true;
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> run("down")));
        run("reset");
        run("up");
        started = true;
    }

    /** Stops one service (its whole process group), as an operator or a crash would. */
    public static void stop(String service) {
        run("stop", service);
    }

    /** Kills one service with SIGKILL, as a crash or the OOM killer would: no shutdown at all. */
    public static void kill(String service) {
        run("kill", service);
    }

    /** Starts it again and waits until it reports ready. */
    public static void restart(String service) {
        run("start", service);
    }

    /** The folder of the demo PKI (officials' PKCS#12 keys, trust anchors). */
    static Path pki() {
        return ROOT.resolve("deploy/local/.state/pki");
    }

    private static void run(String... command) {
        List<String> line = new java.util.ArrayList<>(List.of("deploy/local/suite"));
        line.addAll(List.of(command));
        Path log = STATE.resolve("suite.log");
        int exit = script(log, Map.of(), line.toArray(String[]::new));
        if (exit != 0) {
            throw new IllegalStateException(
                    "deploy/local/suite "
                            + String.join(" ", command)
                            + " failed ("
                            + exit
                            + "); see "
                            + log
                            + " and the logs beside it");
        }
    }

    /**
     * Runs one of the project's scripts (a path from the repository root) against this suite, as a
     * developer would with its ports (and {@code environment} besides), appending what it prints to
     * {@code log}; returns its exit status.
     */
    static int script(Path log, Map<String, String> environment, String... command) {
        List<String> line = new java.util.ArrayList<>(List.of(command));
        line.set(0, ROOT.resolve(command[0]).toString());
        try {
            Files.createDirectories(STATE);
            ProcessBuilder builder =
                    new ProcessBuilder(line)
                            .directory(ROOT.toFile())
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Map<String, String> env = builder.environment();
            env.put("STATE", ROOT.relativize(STATE).toString());
            env.put("KEYCLOAK_PORT", Integer.toString(KEYCLOAK_PORT));
            env.put("INVESTOR_PORT", Integer.toString(INVESTOR_PORT));
            env.put("LICENSING_PORT", Integer.toString(LICENSING_PORT));
            env.put("PORTAL_PORT", Integer.toString(PORTAL_PORT));
            env.put("DB_SUFFIX", DB_SUFFIX);
            env.putAll(environment);
            return builder.start().waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
