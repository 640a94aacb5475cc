package vn.onestop.licensing.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.onestop.licensing.application.rest.ApplicationRequest;
import vn.onestop.support.testing.JsonBody;
import vn.onestop.support.testing.TestTokens;
import vn.onestop.workflow.process.CaseStage;

/** Walks cases through the API as investors and officials do. */
public final class CaseApi {

    /** A case as a test follows it: its investor's token, id and reference. */
    public record Case(String investorToken, String investorSubject, String id, String reference) {}

    private CaseApi() {}

    /** A fresh investor account, verified in the (stubbed) investor register. */
    public static TestTokens verifiedInvestor() {
        return verifiedInvestor("Công ty Sao Mai");
    }

    public static TestTokens verifiedInvestor(String legalName) {
        TestTokens account = TestTokens.newAccount().roles("investor");
        InvestorRegister.register(account.subject(), "VERIFIED", legalName);
        return account;
    }

    /** A draft as the request gives it, without documents. */
    public static Case draft(TestTokens investor, ApplicationRequest request) {
        return create(investor, request).draft();
    }

    /**
     * A draft ready to submit: created, then given one PDF of every document type the service
     * requires of it (its {@code requiredDocuments}, so the rule lives in the service only).
     */
    public static Case dossier(TestTokens investor, ApplicationRequest request) {
        Created created = create(investor, request);
        List<String> required = created.response().path("requiredDocuments");
        required.forEach(type -> upload(created.draft(), type).statusCode(201));
        return created.draft();
    }

    public static Case submitted(ApplicationRequest request) {
        Case draft = dossier(verifiedInvestor(), request);
        submit(draft).statusCode(200).body("status", equalTo("UNDER_REVIEW"));
        return draft;
    }

    /** Uploads a small PDF as the case's document of {@code type}. */
    public static ValidatableResponse upload(Case application, String type) {
        return given().auth()
                .oauth2(application.investorToken())
                .multiPart("type", type)
                .multiPart(
                        "file",
                        type.toLowerCase(Locale.ROOT) + ".pdf",
                        TestFiles.pdf(300),
                        "application/pdf")
                .post("/applications/{id}/documents", application.id())
                .then();
    }

    private record Created(Case draft, ExtractableResponse<Response> response) {}

    private static Created create(TestTokens investor, ApplicationRequest request) {
        String token = investor.sign();
        var response =
                given().auth()
                        .oauth2(token)
                        .contentType("application/json")
                        .body(JsonBody.of(request).tree())
                        .post("/applications")
                        .then()
                        .statusCode(201)
                        .extract();
        return new Created(
                new Case(
                        token, investor.subject(), response.path("id"), response.path("reference")),
                response);
    }

    public static ValidatableResponse submit(Case application) {
        return given().auth()
                .oauth2(application.investorToken())
                .post("/applications/{id}/submission", application.id())
                .then();
    }

    /** The id of the case's open task at {@code stage}, as an official of that stage sees it. */
    public static String taskId(String officialToken, Case application, CaseStage stage) {
        List<String> ids =
                given().auth()
                        .oauth2(officialToken)
                        .queryParam("reference", application.reference())
                        .queryParam("stage", stage.name())
                        .get("/tasks")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items.id");
        if (ids.size() != 1) {
            throw new AssertionError("Expected one " + stage + " task, found " + ids);
        }
        return ids.get(0);
    }

    /**
     * Completes a task as an official's client does: asks for the decision document, signs it with
     * the official's registered certificate and sends both. A refusal of the document is returned
     * as is, since completion would be refused the same way.
     */
    public static ValidatableResponse complete(
            String officialToken, String taskId, Map<String, Object> decision) {
        ValidatableResponse prepared = prepare(officialToken, taskId, decision);
        if (prepared.extract().statusCode() != 200) {
            return prepared;
        }
        String document = prepared.extract().path("canonical");
        return completeSigned(
                officialToken, taskId, document, Signers.of(officialToken).sign(document));
    }

    /** The decision document for a task and outcome. */
    public static ValidatableResponse prepare(
            String officialToken, String taskId, Map<String, Object> decision) {
        return given().auth()
                .oauth2(officialToken)
                .contentType("application/json")
                .body(decision)
                .post("/tasks/{id}/decision-document", taskId)
                .then();
    }

    /** Sends a document and a signature as they are, for tests that tamper with either. */
    public static ValidatableResponse completeSigned(
            String officialToken, String taskId, String document, String signature) {
        return given().auth()
                .oauth2(officialToken)
                .contentType("application/json")
                .body(Map.of("document", document, "signature", signature))
                .post("/tasks/{id}/completion", taskId)
                .then();
    }

    /** Finds the stage's task and completes it with the outcome (and a comment). */
    public static void decide(
            String officialToken, Case application, CaseStage stage, String outcome) {
        String task = taskId(officialToken, application, stage);
        complete(officialToken, task, Map.of("outcome", outcome, "comment", "Decided in test"))
                .statusCode(204);
    }

    public static ValidatableResponse read(Case application) {
        return given().auth()
                .oauth2(application.investorToken())
                .get("/applications/{id}", application.id())
                .then()
                .statusCode(200);
    }

    /** Waits for steps the job executor runs after commit (the licence issue). */
    public static void awaitStatus(Case application, String status) {
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> status.equals(read(application).extract().path("status")));
    }
}
