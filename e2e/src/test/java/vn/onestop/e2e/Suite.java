package vn.onestop.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The suite under test, started once per test run with {@code deploy/local/suite} exactly as {@code
 * deploy/local/run} starts it (packaged apps, Keycloak with the realm file), but on its own ports,
 * state folder and {@code *_e2e} databases, which are emptied first. Stopped when the JVM exits.
 */
final class Suite {

    static final int KEYCLOAK_PORT = 18180;
    static final int INVESTOR_PORT = 18081;
    static final int LICENSING_PORT = 18082;
    static final String KEYCLOAK = "http://localhost:" + KEYCLOAK_PORT;
    static final String INVESTOR = "http://localhost:" + INVESTOR_PORT;
    static final String LICENSING = "http://localhost:" + LICENSING_PORT;
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path STATE = ROOT.resolve("e2e/target/suite");

    private static boolean started;

    private Suite() {}

    static synchronized void start() {
        if (started) {
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> run("down")));
        run("reset");
        run("up");
        started = true;
    }

    /** Stops one service (its whole process group), as an operator or a crash would. */
    static void stop(String service) {
        run("stop", service);
    }

    /** Starts it again and waits until it reports ready. */
    static void restart(String service) {
        run("start", service);
    }

    /** The folder of the demo PKI (officials' PKCS#12 keys, trust anchors). */
    static Path pki() {
        return ROOT.resolve("deploy/local/.state/pki");
    }

    private static void run(String... command) {
        List<String> line =
                new java.util.ArrayList<>(List.of(ROOT.resolve("deploy/local/suite").toString()));
        line.addAll(List.of(command));
        try {
            Files.createDirectories(STATE);
            File log = STATE.resolve("suite.log").toFile();
            ProcessBuilder builder =
                    new ProcessBuilder(line)
                            .directory(ROOT.toFile())
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.appendTo(log));
            Map<String, String> env = builder.environment();
            env.put("STATE", ROOT.relativize(STATE).toString());
            env.put("KEYCLOAK_PORT", Integer.toString(KEYCLOAK_PORT));
            env.put("INVESTOR_PORT", Integer.toString(INVESTOR_PORT));
            env.put("LICENSING_PORT", Integer.toString(LICENSING_PORT));
            env.put("DB_SUFFIX", "_e2e");
            int exit = builder.start().waitFor();
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
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run deploy/local/suite", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
