package vn.onestop.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.onestop.support.audit.ChainReport;
import vn.onestop.support.audit.ExportVerifier;

/**
 * The portal in a real browser: the Playwright specs of {@code portal/webapp/browser} run against
 * the packaged portal of this suite (with Keycloak's real login page and both services), in the
 * system Chromium. Each spec counts: the test fails when any failed, was skipped, or when fewer ran
 * than the specs declare. Screenshots, the axe results and the JSON report are left under {@code
 * portal/target/browser/}.
 */
class PortalBrowserTest {

    private static final Path WEBAPP = Suite.ROOT.resolve("portal/webapp");
    private static final Path OUTPUT = Suite.ROOT.resolve("portal/target/browser");

    @BeforeAll
    static void startTheSuite() {
        Suite.start();
    }

    @Test
    void shouldPassEveryBrowserSpecOfThePortal() throws Exception {
        Files.createDirectories(OUTPUT);
        Path report = OUTPUT.resolve("report.json");
        Files.deleteIfExists(report);
        int declared = declaredSpecs();
        Map<Path, Long> logMarks = logLengths();
        int exit;
        try (OfficeDesk desk = new OfficeDesk()) {
            Process run =
                    playwright(desk, report, "test", "--reporter=list,json")
                            .redirectOutput(OUTPUT.resolve("playwright.log").toFile())
                            .start();
            if (!run.waitFor(25, TimeUnit.MINUTES)) {
                run.destroyForcibly();
            }
            exit = run.waitFor();
        }
        String log = Files.readString(OUTPUT.resolve("playwright.log"));
        assertThat(report).as("Playwright's report\n%s", log).exists();
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        JsonNode stats = json.path("stats");
        System.out.println(log);
        List<JsonNode> specs = new ArrayList<>();
        collect(json.path("suites"), specs);
        // A spec marked test.fail() or test.skip() would count as "expected": none may be.
        assertThat(specs)
                .flatExtracting(spec -> spec.findValuesAsText("expectedStatus"))
                .as("every spec is expected to pass")
                .containsOnly("passed");
        assertThat(stats.path("unexpected").asInt())
                .as(
                        "failed specs\n%s\nwhat the services warned of meanwhile:\n%s",
                        log, warningsSince(logMarks))
                .isZero();
        assertThat(stats.path("flaky").asInt()).as("flaky specs\n%s", log).isZero();
        assertThat(stats.path("skipped").asInt()).as("skipped specs\n%s", log).isZero();
        assertThat(stats.path("expected").asInt()).as("passed specs\n%s", log).isEqualTo(declared);
        if (GREP.isEmpty()) {
            assertThat(declared).as("browser specs declared").isGreaterThanOrEqualTo(8);
        }
        assertThat(exit).as("playwright's exit code\n%s", log).isZero();
        Path export = OUTPUT.resolve("case-export.json");
        if (GREP.isEmpty() || Files.exists(export)) {
            verifyExportOffline(export);
        }
    }

    /**
     * The export the auditor downloaded in the browser, checked as README.md's "Checking an export
     * offline" tells anyone to: every record's content hash, every link, every checkpoint's seal to
     * the authority's CA, with service-support's reference verifier and nothing but the file.
     */
    private static void verifyExportOffline(Path file) throws Exception {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        JsonNode export = json.readTree(file.toFile());
        X509Certificate ca;
        try (var in = Files.newInputStream(Suite.pki().resolve("ca.pem"))) {
            ca = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        ChainReport report = ExportVerifier.verify(export, ca, json);
        assertThat(export.path("history").path("auditRecords"))
                .as("the case's records")
                .isNotEmpty();
        assertThat(report.intact()).as("the export verified offline: %s", report).isTrue();
    }

    private static final List<String> SERVICE_LOGS =
            List.of("investor-service.log", "licensing-service.log", "portal.log");

    private static Map<Path, Long> logLengths() throws IOException {
        Map<Path, Long> lengths = new LinkedHashMap<>();
        for (String name : SERVICE_LOGS) {
            Path log = Suite.STATE.resolve(name);
            lengths.put(log, Files.exists(log) ? Files.size(log) : 0L);
        }
        return lengths;
    }

    /**
     * The WARN and ERROR lines the services logged since the marks, the last few of each: a spec
     * that failed on a service's refusal then says why in CI's output, where the logs are not kept.
     */
    private static String warningsSince(Map<Path, Long> marks) throws IOException {
        StringBuilder warnings = new StringBuilder();
        for (Map.Entry<Path, Long> mark : marks.entrySet()) {
            if (!Files.exists(mark.getKey())) {
                continue;
            }
            List<String> lines;
            try (var in = Files.newInputStream(mark.getKey())) {
                in.skipNBytes(Math.min(mark.getValue(), Files.size(mark.getKey())));
                lines =
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)
                                .lines()
                                .filter(l -> l.contains(" WARN ") || l.contains(" ERROR "))
                                .toList();
            }
            warnings.append(mark.getKey().getFileName()).append(":\n");
            lines.subList(Math.max(0, lines.size() - 20), lines.size())
                    .forEach(l -> warnings.append("  ").append(l).append('\n'));
        }
        return warnings.toString();
    }

    /** How many tests the specs declare ({@code playwright test --list}). */
    private static int declaredSpecs() throws IOException, InterruptedException {
        Path listing = OUTPUT.resolve("list.json");
        Files.deleteIfExists(listing);
        Process list =
                playwright(null, listing, "test", "--list", "--reporter=json")
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
        assertThat(list.waitFor()).as("playwright test --list").isZero();
        JsonNode suites = new ObjectMapper().readTree(listing.toFile()).path("suites");
        List<JsonNode> specs = new ArrayList<>();
        collect(suites, specs);
        return specs.stream().mapToInt(s -> s.path("tests").size()).sum();
    }

    private static void collect(JsonNode suites, List<JsonNode> specs) {
        for (JsonNode suite : suites) {
            suite.path("specs").forEach(specs::add);
            collect(suite.path("suites"), specs);
        }
    }

    /** {@code -Dbrowser.grep=…}: only the specs whose title matches, while working on them. */
    private static final String GREP = System.getProperty("browser.grep", "");

    private static ProcessBuilder playwright(OfficeDesk desk, Path json, String... arguments) {
        List<String> command = new ArrayList<>(List.of("npx", "--no-install", "playwright"));
        command.addAll(List.of(arguments));
        if (!GREP.isEmpty()) {
            command.addAll(List.of("--grep", GREP));
        }
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .directory(WEBAPP.toFile())
                        .redirectError(
                                ProcessBuilder.Redirect.appendTo(
                                        new File(OUTPUT.toFile(), "playwright-errors.log")));
        Map<String, String> env = builder.environment();
        env.put("PORTAL_URL", Suite.PORTAL);
        env.put("KEYCLOAK_URL", Suite.KEYCLOAK);
        env.put("LICENSING_URL", Suite.LICENSING);
        env.put("INVESTOR_URL", Suite.INVESTOR);
        env.put("BROWSER_OUTPUT", OUTPUT.toString());
        env.put("PLAYWRIGHT_JSON_OUTPUT_NAME", json.toString());
        env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        if (desk != null) {
            env.put("OFFICE_DESK_URL", desk.url());
        }
        return builder;
    }
}
