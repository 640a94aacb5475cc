package vn.onestop.licensing.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ValidatableResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.junit.jupiter.api.Test;
import vn.onestop.licensing.support.ApiTest;
import vn.onestop.licensing.support.ApplicationRequests;
import vn.onestop.licensing.support.CaseApi;
import vn.onestop.licensing.support.TestFiles;
import vn.onestop.support.testing.TestTokens;
import vn.onestop.workflow.process.CaseStage;
import vn.onestop.workflow.process.EnvironmentalCategory;

/** Dossier uploads: PDF by content, size limit, hashes, who may add and read them. */
@QuarkusTest
class DocumentTest extends ApiTest {

    private static final String PROBLEM = "application/problem+json";
    // Browsers send file names in UTF-8; REST Assured must too.
    private static final RestAssuredConfig UTF8_MULTIPART =
            RestAssuredConfig.config()
                    .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset("UTF-8"))
                    .httpClient(
                            HttpClientConfig.httpClientConfig()
                                    .httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE));

    @Test
    void shouldStoreAPdfWithItsHashAndServeTheSameBytes() throws Exception {
        var application = newDraft();
        byte[] pdf = TestFiles.pdf(4000);

        String location =
                upload(
                                application,
                                "PROJECT_PROPOSAL",
                                "../../etc/Đề xuất dự án<1>.pdf",
                                pdf,
                                "application/pdf")
                        .statusCode(201)
                        .body("sha256", equalTo(sha256(pdf)))
                        .body("sizeBytes", equalTo(4000))
                        .body("filename", equalTo("Đề xuất dự án_1_.pdf"))
                        .body("current", equalTo(true))
                        .extract()
                        .header("Location");

        byte[] downloaded =
                given().auth()
                        .oauth2(application.investorToken())
                        .get(location)
                        .then()
                        .statusCode(200)
                        .contentType("application/pdf")
                        .header("X-Content-SHA256", sha256(pdf))
                        .extract()
                        .asByteArray();
        assertThat(downloaded).isEqualTo(pdf);
    }

    @Test
    void shouldRefuseAFileThatIsNotAPdfWhateverItsName() {
        upload(newDraft(), "PROJECT_PROPOSAL", "proposal.pdf", TestFiles.png(), "application/pdf")
                .statusCode(415)
                .contentType(PROBLEM)
                .body(
                        "detail",
                        equalTo(
                                "Only PDF documents are accepted; this file's content is not a PDF"));
    }

    @Test
    void shouldRefuseAFileAboveTheLimitWith413() {
        upload(
                        newDraft(),
                        "PROJECT_PROPOSAL",
                        "big.pdf",
                        TestFiles.pdf(256 * 1024 + 1),
                        "application/pdf")
                .statusCode(413)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:onestop:problem:payload-too-large"));
    }

    @Test
    void shouldNameMissingOrUnknownFormFields() {
        var application = newDraft();
        given().auth()
                .oauth2(application.investorToken())
                .multiPart("type", "PASSPORT_PHOTO")
                .multiPart("file", "a.pdf", TestFiles.pdf(100), "application/pdf")
                .post("/applications/{id}/documents", application.id())
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("type"));
        given().auth()
                .oauth2(application.investorToken())
                .multiPart("type", "OTHER")
                .post("/applications/{id}/documents", application.id())
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void shouldAnswerAMalformedMultipartWithAProblemAndStoreNothing() {
        var application = newDraft();
        String boundary = "onestop-malformed";
        // A file name with CR LF in it breaks the part's headers into a line without a name.
        String body =
                "--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nOTHER\r\n--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\r\nb.pdf\""
                        + "\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\r\n--"
                        + boundary
                        + "--\r\n";

        given().auth()
                .oauth2(application.investorToken())
                .contentType("multipart/form-data; boundary=" + boundary)
                .body(body.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                .post("/applications/{id}/documents", application.id())
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:onestop:problem:malformed-request"))
                .body("detail", org.hamcrest.Matchers.containsString("line break"));
        given().auth()
                .oauth2(application.investorToken())
                .get("/applications/{id}/documents", application.id())
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void shouldKeepEveryVersionAndBindTheCurrentOnesIntoTheSubmission() {
        var withDocument = newDossier();
        var without = newDossier();
        upload(withDocument, "LAND_USE", "lease-v2.pdf", TestFiles.pdf(600), "application/pdf")
                .statusCode(201);
        upload(withDocument, "TECHNOLOGY", "process.pdf", TestFiles.pdf(500), "application/pdf")
                .statusCode(201);

        given().auth()
                .oauth2(withDocument.investorToken())
                .get("/applications/{id}/documents", withDocument.id())
                .then()
                .statusCode(200)
                .body("findAll { it.type == 'LAND_USE' }.current", equalTo(List.of(false, true)))
                .body("findAll { it.type == 'TECHNOLOGY' }", hasSize(1));

        String hashWith =
                CaseApi.submit(withDocument).statusCode(200).extract().path("contentHash");
        String hashWithout = CaseApi.submit(without).statusCode(200).extract().path("contentHash");
        assertThat(hashWith).isNotEqualTo(hashWithout);
    }

    @Test
    void shouldFreezeTheDossierUntilASupplementIsRequested() {
        var application =
                CaseApi.submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        upload(application, "OTHER", "late.pdf", TestFiles.pdf(300), "application/pdf")
                .statusCode(409);

        String reception = TestTokens.withRoles("reception");
        CaseApi.complete(
                        reception,
                        CaseApi.taskId(reception, application, CaseStage.COMPLETENESS_CHECK),
                        Map.of(
                                "outcome",
                                "SUPPLEMENT_NEEDED",
                                "reasons",
                                List.of(
                                        Map.of(
                                                "document",
                                                "Financial capacity",
                                                "reason",
                                                "Bank letter missing"))))
                .statusCode(204);

        upload(
                        application,
                        "FINANCIAL_CAPACITY",
                        "bank-letter.pdf",
                        TestFiles.pdf(300),
                        "application/pdf")
                .statusCode(201);
    }

    @Test
    void shouldShowDocumentsOnlyToWhoeverMayReadTheCase() {
        var application = newDossier();
        String location =
                upload(application, "OTHER", "x.pdf", TestFiles.pdf(200), "application/pdf")
                        .statusCode(201)
                        .extract()
                        .header("Location");

        given().auth()
                .oauth2(TestTokens.withRoles("investor"))
                .get(location)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.withRoles("reception"))
                .get(location)
                .then()
                .statusCode(404);
        upload(
                        new CaseApi.Case(
                                TestTokens.withRoles("investor"), "x", application.id(), null),
                        "OTHER",
                        "y.pdf",
                        TestFiles.pdf(200),
                        "application/pdf")
                .statusCode(404);

        CaseApi.submit(application).statusCode(200);
        given().auth()
                .oauth2(TestTokens.withRoles("reception"))
                .get(location)
                .then()
                .statusCode(200);
        given().auth().oauth2(TestTokens.withRoles("auditor")).get(location).then().statusCode(200);
    }

    private static CaseApi.Case newDraft() {
        return CaseApi.draft(
                CaseApi.verifiedInvestor(),
                ApplicationRequests.inCategory(EnvironmentalCategory.IV));
    }

    private static CaseApi.Case newDossier() {
        return CaseApi.dossier(
                CaseApi.verifiedInvestor(),
                ApplicationRequests.inCategory(EnvironmentalCategory.IV));
    }

    private static ValidatableResponse upload(
            CaseApi.Case application,
            String type,
            String filename,
            byte[] content,
            String mediaType) {
        return given().config(UTF8_MULTIPART)
                .auth()
                .oauth2(application.investorToken())
                .multiPart("type", type)
                .multiPart("file", filename, content, mediaType)
                .post("/applications/{id}/documents", application.id())
                .then();
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
