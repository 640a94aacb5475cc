package vn.onestop.licensing.licences;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.onestop.licensing.support.CaseApi.awaitStatus;
import static vn.onestop.licensing.support.CaseApi.decide;
import static vn.onestop.licensing.support.CaseApi.submitted;
import static vn.onestop.workflow.process.CaseStage.APPRAISAL;
import static vn.onestop.workflow.process.CaseStage.APPROVAL;
import static vn.onestop.workflow.process.CaseStage.COMPLETENESS_CHECK;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.licensing.support.ApiTest;
import vn.onestop.licensing.support.ApplicationRequests;
import vn.onestop.licensing.support.CaseApi;
import vn.onestop.support.testing.TestPki;
import vn.onestop.support.testing.TestTokens;
import vn.onestop.workflow.process.EnvironmentalCategory;

/**
 * The licence is a sealed PDF that tools we did not write accept (poppler's pdfsig over NSS), and
 * anyone can check a licence number or a file without logging in.
 */
@QuarkusTest
class SealedLicenceTest extends ApiTest {

    private static CaseApi.Case licensed;
    private static String number;
    private static byte[] pdf;

    /** One licensed case for the whole class (RestAssured knows the port only inside tests). */
    @BeforeEach
    void licenseACaseOnce() {
        if (licensed != null) {
            return;
        }
        var application = submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        decide(TestTokens.withRoles("reception"), application, COMPLETENESS_CHECK, "COMPLETE");
        decide(TestTokens.withRoles("appraisal"), application, APPRAISAL, "RECOMMEND_APPROVAL");
        decide(TestTokens.withRoles("approver"), application, APPROVAL, "APPROVE");
        awaitStatus(application, "LICENSED");
        number =
                given().auth()
                        .oauth2(application.investorToken())
                        .get("/applications/{id}/licence", application.id())
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("VALID"))
                        .extract()
                        .path("certificateNumber");
        pdf =
                given().auth()
                        .oauth2(application.investorToken())
                        .get("/applications/{id}/licence/pdf", application.id())
                        .then()
                        .statusCode(200)
                        .contentType("application/pdf")
                        .extract()
                        .asByteArray();
        licensed = application;
    }

    @Test
    void shouldPrintTheLicenceInVietnameseAndEnglishWithItsFacts() throws IOException {
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text)
                .contains("GIẤY CHỨNG NHẬN ĐĂNG KÝ ĐẦU TƯ")
                .contains("INVESTMENT REGISTRATION CERTIFICATE")
                .contains(number)
                .contains("Công ty Sao Mai")
                .contains("Nhà máy linh kiện bán dẫn Sao Mai")
                .contains("Khu CNC 1, Khu công nghệ cao Hòa Lạc")
                .contains("250.000.000.000 VND")
                .contains("12.500,5 m²")
                .contains("/verify/licences/" + number);
        given().auth()
                .oauth2(licensed.investorToken())
                .get("/applications/{id}/licence", licensed.id())
                .then()
                .body("pdfSha256", equalTo(sha256(pdf)));
    }

    @Test
    void shouldBeAcceptedByPopplerAndRefusedAfterOneFlippedByte(@TempDir Path dir)
            throws Exception {
        Path nss = trustTheTestCa(dir);
        Path sealed = Files.write(dir.resolve("licence.pdf"), pdf);

        String report = pdfsig(nss, sealed);
        assertThat(report)
                .contains("Signature Type: ETSI.CAdES.detached")
                .contains("Signature is Valid.")
                .contains("Certificate is Trusted.");

        byte[] tampered = pdf.clone();
        int stream = new String(pdf, StandardCharsets.ISO_8859_1).indexOf("stream\n") + 40;
        tampered[stream] ^= 0x01;
        String tamperedReport = pdfsig(nss, Files.write(dir.resolve("tampered.pdf"), tampered));
        assertThat(tamperedReport)
                .contains("Digest Mismatch.")
                .doesNotContain("Signature is Valid.");
    }

    @Test
    void shouldTellAnyoneWhetherANumberOrAFileIsGenuine() {
        String client = "203.0.113." + (1 + (int) (Math.random() * 200));
        given().header("X-Forwarded-For", client)
                .get("/public/licences/{number}", number)
                .then()
                .statusCode(200)
                .body("status", equalTo("VALID"))
                .body("investorName", equalTo("Công ty Sao Mai"))
                .body("pdfSha256", equalTo(sha256(pdf)))
                .body("documentMatches", nullValue());
        given().header("X-Forwarded-For", client)
                .get("/public/licences/{number}", "BQL-2026-999999")
                .then()
                .statusCode(200)
                .body("status", equalTo("UNKNOWN"));
        given().header("X-Forwarded-For", client)
                .contentType("application/pdf")
                .body(pdf)
                .post("/public/licences/{number}/document", number)
                .then()
                .statusCode(200)
                .body("documentMatches", equalTo(true));
        byte[] altered = pdf.clone();
        altered[altered.length / 3] ^= 0x01;
        given().header("X-Forwarded-For", client)
                .contentType("application/pdf")
                .body(altered)
                .post("/public/licences/{number}/document", number)
                .then()
                .statusCode(200)
                .body("status", equalTo("VALID"))
                .body("documentMatches", equalTo(false));
        given().header("X-Forwarded-For", client)
                .get("/verify/licences/{number}", number)
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                // Usable without JavaScript, and under a policy that allows no inline style.
                .header("Content-Security-Policy", containsString("style-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff")
                .body(not(containsString("<style")))
                .body(not(containsString("<script")))
                .body(containsString("Hợp lệ / Valid"))
                .body(containsString("Nhà máy linh kiện bán dẫn Sao Mai"));
    }

    @Test
    void shouldLimitHowOftenOneAddressMayAsk() {
        String client = "198.51.100." + (1 + (int) (Math.random() * 200));
        int allowed = 0;
        int status = 200;
        while (status == 200 && allowed < 100) {
            status =
                    given().header("X-Forwarded-For", client)
                            .get("/public/licences/{number}", number)
                            .statusCode();
            if (status == 200) {
                allowed++;
            }
        }
        assertThat(allowed).isEqualTo(20);
        given().header("X-Forwarded-For", client)
                .get("/public/licences/{number}", number)
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:onestop:problem:too-many-requests"));
        given().header("X-Forwarded-For", "192.0.2." + (1 + (int) (Math.random() * 200)))
                .get("/public/licences/{number}", number)
                .then()
                .statusCode(200);
    }

    @Test
    void shouldReportARevokedLicenceToEveryone() {
        var application = submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        decide(TestTokens.withRoles("reception"), application, COMPLETENESS_CHECK, "COMPLETE");
        decide(TestTokens.withRoles("appraisal"), application, APPRAISAL, "RECOMMEND_APPROVAL");
        decide(TestTokens.withRoles("approver"), application, APPROVAL, "APPROVE");
        awaitStatus(application, "LICENSED");
        String approver = TestTokens.withRoles("approver");
        String revoked =
                given().auth()
                        .oauth2(approver)
                        .contentType("application/json")
                        .body(java.util.Map.of("reason", "Project abandoned after inspection"))
                        .post("/applications/{id}/licence/revocation", application.id())
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("REVOKED"))
                        .extract()
                        .path("certificateNumber");

        given().header("X-Forwarded-For", "203.0.113.250")
                .get("/public/licences/{number}", revoked)
                .then()
                .body("status", equalTo("REVOKED"))
                .body("revokedAt", org.hamcrest.Matchers.notNullValue());
        given().auth()
                .oauth2(approver)
                .contentType("application/json")
                .body(java.util.Map.of("reason", "Again"))
                .post("/applications/{id}/licence/revocation", application.id())
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(application.investorToken())
                .get("/notifications")
                .then()
                .body("items[0].message", containsString("was revoked"));
    }

    @Test
    void shouldKeepTheLicenceFromOtherInvestors() {
        String stranger = CaseApi.verifiedInvestor().sign();
        given().auth()
                .oauth2(stranger)
                .get("/applications/{id}/licence/pdf", licensed.id())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.withRoles("auditor"))
                .get("/applications/{id}/licence/pdf", licensed.id())
                .then()
                .statusCode(200);
        given().get("/applications/{id}/licence/pdf", UUID.randomUUID()).then().statusCode(401);
    }

    private static Path trustTheTestCa(Path dir) throws Exception {
        Path nss = Files.createDirectory(dir.resolve("nss"));
        Path ca = TestPki.AUTHORITY.writePem(dir.resolve("ca.pem"));
        run("certutil", "-N", "-d", "sql:" + nss, "--empty-password");
        run(
                "certutil",
                "-A",
                "-d",
                "sql:" + nss,
                "-n",
                "test-ca",
                "-t",
                "CT,C,C",
                "-a",
                "-i",
                ca.toString());
        return nss;
    }

    /** pdfsig exits 0 whatever it finds, so its report is what the tests read. */
    private static String pdfsig(Path nss, Path file) throws Exception {
        return run("pdfsig", "-nssdir", "sql:" + nss, file.toString());
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish");
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
