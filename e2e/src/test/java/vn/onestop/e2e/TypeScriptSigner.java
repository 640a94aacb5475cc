package vn.onestop.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs frontend-contracts' TypeScript signer (bin/sign-decision.mjs) with the official's demo key,
 * converted to PKCS#8 PEM with openssl as a frontend's key store would hold it.
 */
final class TypeScriptSigner {

    private static final Path TS = Suite.ROOT.resolve("frontend-contracts/ts");

    private TypeScriptSigner() {}

    static synchronized String sign(String official, List<String> x5c, String document) {
        try {
            if (!Files.exists(TS.resolve("dist/signing.js"))) {
                run(TS, "", "npm", "ci", "--no-audit", "--no-fund");
                run(TS, "", "npm", "run", "generate");
                run(TS, "", "npm", "run", "build");
            }
            Path key = Suite.STATE.resolve(official + "-pkcs8.pem");
            if (!Files.exists(key)) {
                String pem =
                        run(
                                Suite.ROOT,
                                "",
                                "sh",
                                "-c",
                                "openssl pkcs12 -in deploy/local/.state/pki/"
                                        + official
                                        + ".p12 -passin pass:"
                                        + official
                                        + " -nocerts -nodes | openssl pkcs8 -topk8 -nocrypt");
                Files.writeString(key, pem);
            }
            List<String> command =
                    new ArrayList<>(
                            List.of("node", "bin/sign-decision.mjs", key.toString(), "ES256"));
            command.addAll(x5c);
            return run(TS, document, command.toArray(String[]::new)).trim();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run the TypeScript signer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String run(Path folder, String input, String... command)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(folder.toFile()).start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + errors);
        }
        return output;
    }
}
