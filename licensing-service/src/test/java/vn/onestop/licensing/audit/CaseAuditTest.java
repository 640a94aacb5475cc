package vn.onestop.licensing.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.licensing.support.CaseApi.awaitStatus;
import static vn.onestop.licensing.support.CaseApi.decide;
import static vn.onestop.licensing.support.CaseApi.submitted;
import static vn.onestop.workflow.process.CaseStage.APPRAISAL;
import static vn.onestop.workflow.process.CaseStage.APPROVAL;
import static vn.onestop.workflow.process.CaseStage.COMPLETENESS_CHECK;
import static vn.onestop.workflow.process.CaseStage.ENVIRONMENTAL_IMPACT_REVIEW;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.HistoryService;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;
import vn.onestop.licensing.support.ApiTest;
import vn.onestop.licensing.support.ApplicationRequests;
import vn.onestop.licensing.support.CaseApi;
import vn.onestop.licensing.support.TestFiles;
import vn.onestop.support.audit.AuditCheckpoints;
import vn.onestop.support.audit.ChainReport;
import vn.onestop.support.audit.ExportVerifier;
import vn.onestop.support.json.CanonicalJson;
import vn.onestop.support.testing.TestPki;
import vn.onestop.support.testing.TestTokens;
import vn.onestop.workflow.process.EnvironmentalCategory;

/** Auditors reconstruct every path of a case and prove it, with and without the database. */
@QuarkusTest
class CaseAuditTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final TestTokens reception = TestTokens.newAccount().roles("reception");
    private final TestTokens environment = TestTokens.newAccount().roles("environment");
    private final TestTokens appraisal = TestTokens.newAccount().roles("appraisal");
    private final TestTokens approver = TestTokens.newAccount().roles("approver");

    private final AuditCheckpoints checkpoints;
    private final AgroalDataSource database;
    private final HistoryService engineHistory;

    CaseAuditTest(
            AuditCheckpoints checkpoints, AgroalDataSource database, HistoryService engineHistory) {
        this.checkpoints = checkpoints;
        this.database = database;
        this.engineHistory = engineHistory;
    }

    @Test
    void shouldReconstructALicensedCaseWithActorsDurationsAndSignatures() {
        var application = licensedCase();

        JsonPath history = history(application.id());

        assertThat(history.getList("auditRecords.eventType", String.class))
                .containsSubsequence(
                        "APPLICATION_CREATED",
                        "APPLICATION_SUBMITTED",
                        "STAGE_STARTED",
                        "TASK_COMPLETED",
                        "STAGE_STARTED",
                        "TASK_COMPLETED",
                        "STAGE_STARTED",
                        "TASK_COMPLETED",
                        "STAGE_STARTED",
                        "TASK_COMPLETED",
                        "LICENCE_ISSUED");
        List<Map<String, Object>> completions =
                history.getList("auditRecords.findAll { it.eventType == 'TASK_COMPLETED' }");
        assertThat(completions)
                .extracting(r -> r.get("actorSubject"))
                .containsExactly(
                        reception.subject(),
                        environment.subject(),
                        appraisal.subject(),
                        approver.subject());
        assertThat(completions)
                .extracting(r -> r.get("actorRoles"))
                .containsExactly("reception", "environment", "appraisal", "approver");
        assertThat(history.getList("auditRecords.seq", Long.class)).isSorted();

        List<Map<String, Object>> tasks =
                history.getList("activities.findAll { it.type == 'userTask' }");
        assertThat(tasks)
                .extracting(t -> t.get("activityId"))
                .containsExactly(
                        "completenessCheck", "environmentalImpactReview", "appraisal", "approval");
        assertThat(tasks)
                .extracting(t -> t.get("assignee"))
                .containsExactly(
                        reception.subject(),
                        environment.subject(),
                        appraisal.subject(),
                        approver.subject());
        assertThat(tasks)
                .allSatisfy(
                        t -> {
                            assertThat(t.get("endedAt")).isNotNull();
                            assertThat(((Number) t.get("durationMillis")).longValue())
                                    .isNotNegative();
                            assertThat(t.get("dueAt")).isNotNull();
                            assertThat(t.get("overdue")).isEqualTo(false);
                            assertThat((List<?>) t.get("candidateGroups")).isNotEmpty();
                        });
        assertThat(history.getList("activities.activityId", String.class)).contains("issueLicence");

        assertThat(history.getList("decisions.stage", String.class))
                .containsExactly(
                        "COMPLETENESS_CHECK",
                        "ENVIRONMENTAL_IMPACT_REVIEW",
                        "APPRAISAL",
                        "APPROVAL");
        assertThat(history.getList("decisions.validNow", Boolean.class)).containsOnly(true);
        assertThat(history.getList("documents.sha256", String.class))
                .isNotEmpty()
                .allMatch(h -> h.matches("[0-9a-f]{64}"));
        assertThat(history.getList("notifications.kind", String.class)).contains("LICENCE_ISSUED");
        assertThat(history.getInt("clock.limitDays")).isPositive();
        assertThat(history.getString("caseFile.status")).isEqualTo("LICENSED");

        List<String> times = history.getList("timeline.at", String.class);
        assertThat(times.stream().map(Instant::parse).toList()).isSorted();
        assertThat(history.getList("timeline.source", String.class))
                .contains("AUDIT", "ENGINE", "DECISION", "DOCUMENT", "NOTIFICATION");
    }

    @Test
    void shouldFillTheProcessingControlSheetWithEachHandOver() {
        var application = licensedCase();

        JsonPath sheet =
                asAuditor()
                        .get("/audit/cases/{id}/processing-control", application.id())
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();

        assertThat(sheet.getString("reference")).isEqualTo(application.reference());
        assertThat(sheet.getString("result")).isEqualTo("LICENSED");
        assertThat(sheet.getString("timeliness")).isEqualTo("ON_TIME");
        assertThat(sheet.getList("steps.receivedBy", String.class))
                .containsExactly(
                        reception.subject(),
                        environment.subject(),
                        appraisal.subject(),
                        approver.subject());
        assertThat(sheet.getList("steps.handedOverBy", String.class))
                .containsExactly(
                        sheet.getString("investorName"),
                        reception.subject(),
                        environment.subject(),
                        appraisal.subject());
        assertThat(sheet.getList("steps.result", String.class))
                .containsExactly("COMPLETE", "APPROVE", "RECOMMEND_APPROVAL", "APPROVE");
        assertThat(sheet.getList("steps.timeliness", String.class)).containsOnly("ON_TIME");
    }

    @Test
    void shouldRenderAReadablePdfReport() throws Exception {
        var application = licensedCase();

        byte[] pdf =
                asAuditor()
                        .get("/audit/cases/{id}/report", application.id())
                        .then()
                        .statusCode(200)
                        .contentType("application/pdf")
                        .extract()
                        .asByteArray();

        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("BÁO CÁO KIỂM TRA HỒ SƠ")
                    .contains(application.reference())
                    .contains("APPROVAL — APPROVE")
                    .contains("signature valid now")
                    .contains("LICENCE_ISSUED");
        }
    }

    @Test
    void shouldExportTheTimelineAsCsv() {
        var application = licensedCase();

        String csv =
                asAuditor()
                        .get("/audit/cases/{id}/export/csv", application.id())
                        .then()
                        .statusCode(200)
                        .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                        .extract()
                        .asString();

        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("at,source,type,actor,details");
        assertThat(lines).anyMatch(l -> l.contains(",AUDIT,TASK_COMPLETED,"));
        assertThat(lines).anyMatch(l -> l.contains(",DECISION,DECISION_SIGNED,"));
    }

    @Test
    void shouldReconstructARefusedCase() {
        var application = submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        decide(reception.sign(), application, COMPLETENESS_CHECK, "INELIGIBLE");

        JsonPath history = history(application.id());

        assertThat(history.getList("auditRecords.eventType", String.class))
                .containsSubsequence(
                        "APPLICATION_SUBMITTED",
                        "STAGE_STARTED",
                        "TASK_COMPLETED",
                        "CASE_REJECTED");
        assertThat(history.getList("decisions.outcome", String.class))
                .containsExactly("INELIGIBLE");
        assertThat(history.getString("caseFile.status")).isEqualTo("REJECTED");
        assertThat(history.getList("activities.type", String.class)).contains("noneEndEvent");
    }

    @Test
    void shouldReconstructACaseThatWaitedForASupplement() {
        var application = submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        String token = reception.sign();
        CaseApi.complete(
                        token,
                        CaseApi.taskId(token, application, COMPLETENESS_CHECK),
                        Map.of(
                                "outcome",
                                "SUPPLEMENT_NEEDED",
                                "reasons",
                                List.of(Map.of("document", "Land lease", "reason", "Not signed"))))
                .statusCode(204);
        given().auth()
                .oauth2(application.investorToken())
                .post("/applications/{id}/resubmission", application.id())
                .then()
                .statusCode(200);
        decide(reception.sign(), application, COMPLETENESS_CHECK, "COMPLETE");
        decide(appraisal.sign(), application, APPRAISAL, "RECOMMEND_APPROVAL");
        decide(approver.sign(), application, APPROVAL, "REJECT");
        awaitStatus(application, "REJECTED");

        JsonPath history = history(application.id());

        assertThat(history.getList("auditRecords.eventType", String.class))
                .containsSubsequence(
                        "APPLICATION_SUBMITTED",
                        "STAGE_STARTED",
                        "TASK_COMPLETED",
                        "SUPPLEMENT_REQUESTED",
                        "SUPPLEMENT_PROVIDED",
                        "STAGE_STARTED",
                        "TASK_COMPLETED",
                        "STAGE_STARTED",
                        "TASK_COMPLETED",
                        "STAGE_STARTED",
                        "TASK_COMPLETED",
                        "CASE_REJECTED");
        assertThat(history.getList("decisions.outcome", String.class))
                .containsExactly("SUPPLEMENT_NEEDED", "COMPLETE", "RECOMMEND_APPROVAL", "REJECT");
        assertThat(history.getList("decisions.validNow", Boolean.class)).containsOnly(true);
        assertThat(history.getList("clock.pauses")).hasSize(1);
        assertThat(history.getList("activities.findAll { it.type == 'receiveTask' }.endedAt"))
                .hasSize(1)
                .doesNotContainNull();

        JsonPath sheet =
                asAuditor()
                        .get("/audit/cases/{id}/processing-control", application.id())
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        String investor = sheet.getString("investorName");
        assertThat(sheet.getList("steps.handedOverBy", String.class))
                .containsExactly(investor, investor, reception.subject(), appraisal.subject());
        assertThat(sheet.getString("result")).isEqualTo("REJECTED");
    }

    @Test
    void shouldReconstructAWithdrawnCase() {
        var application = submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        given().auth()
                .oauth2(application.investorToken())
                .post("/applications/{id}/withdrawal", application.id())
                .then()
                .statusCode(200);

        JsonPath history = history(application.id());

        assertThat(history.getList("auditRecords.eventType", String.class))
                .containsSubsequence(
                        "APPLICATION_SUBMITTED",
                        "STAGE_STARTED",
                        "WITHDRAWAL_REQUESTED",
                        "CASE_WITHDRAWN");
        assertThat(
                        history.getString(
                                "auditRecords.find { it.eventType == 'WITHDRAWAL_REQUESTED' }.actorSubject"))
                .isEqualTo(application.investorSubject());
        assertThat(history.getList("decisions")).isEmpty();
    }

    @Test
    void shouldKeepTheAuditTrailWhenTheEngineCleansItsHistoryUp() {
        var application = submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        decide(reception.sign(), application, COMPLETENESS_CHECK, "INELIGIBLE");
        int before = history(application.id()).getList("auditRecords").size();

        engineHistory
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(application.reference())
                .list()
                .forEach(p -> engineHistory.deleteHistoricProcessInstance(p.getId()));

        JsonPath after = history(application.id());
        assertThat(after.getList("activities")).isEmpty();
        assertThat(after.getList("auditRecords")).hasSize(before);
        assertThat(after.getList("decisions.validNow", Boolean.class)).containsExactly(true);
        assertThat(verifyChain().getBoolean("intact")).isTrue();
    }

    @Test
    void shouldNameADecisionAlteredInTheDatabase() throws SQLException {
        var application = submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        decide(reception.sign(), application, COMPLETENESS_CHECK, "INELIGIBLE");
        String task = history(application.id()).getString("decisions[0].taskId");

        execute("update stage_decision set outcome = 'COMPLETE' where task_id = ?", task);
        try {
            JsonPath checks =
                    asAuditor()
                            .get("/audit/cases/{id}/signatures", application.id())
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
            assertThat(checks.getBoolean("[0].validNow")).isFalse();
            assertThat(checks.getList("[0].problems", String.class))
                    .containsExactly(
                            "the recorded task, stage or outcome differs from the signed one");
        } finally {
            execute("update stage_decision set outcome = 'INELIGIBLE' where task_id = ?", task);
        }
    }

    @Test
    void shouldExportACaseThatVerifiesOfflineAndShowsAnEditedRecord() throws Exception {
        var application = licensedCase();
        checkpoints.sealPending();

        String exported =
                asAuditor()
                        .get("/audit/cases/{id}/export", application.id())
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();

        // From here on, nothing but the exported text and the authority's certificate.
        JsonNode export = JSON.readTree(exported);
        assertThat(export.path("format").asText()).isEqualTo("urn:onestop:case-export:v1");
        ChainReport intact = verifyOffline(export);
        assertThat(intact.intact()).as(intact.detail()).isTrue();
        assertThat(intact.checkpointsChecked()).isPositive();
        assertThat(intact.recordsChecked())
                .isGreaterThanOrEqualTo(export.path("history").path("auditRecords").size());

        String previous = null;
        for (JsonNode decision : export.path("history").path("decisions")) {
            String document = decision.path("document").asText();
            assertThat(CanonicalJson.sha256(document))
                    .isEqualTo(decision.path("documentHash").asText());
            JsonWebSignature jws = new JsonWebSignature();
            jws.setCompactSerialization(decision.path("signature").asText());
            jws.setPayload(document);
            X509Certificate signer = jws.getCertificateChainHeaderValue().get(0);
            signer.verify(TestPki.AUTHORITY.certificate().getPublicKey());
            jws.setKey(signer.getPublicKey());
            assertThat(jws.verifySignature()).isTrue();
            assertThat(JSON.readTree(document).path("previousDecisionHash").textValue())
                    .isEqualTo(previous == null ? "" : previous);
            previous = decision.path("documentHash").asText();
        }

        JsonNode edited = JSON.readTree(exported);
        JsonNode record = edited.path("history").path("auditRecords").get(1);
        ((com.fasterxml.jackson.databind.node.ObjectNode) record)
                .put("actorUsername", "someone-else");
        ChainReport broken = verifyOffline(edited);
        assertThat(broken.intact()).isFalse();
        assertThat(broken.fault().name()).isEqualTo("CONTENT_ALTERED");
        assertThat(broken.firstBrokenSequence()).isEqualTo(record.path("seq").asLong());
    }

    @Test
    void shouldFindCasesByInvestorStageOfficialAndTime() {
        Instant from = Instant.now().minusSeconds(1);
        var application = submitted(ApplicationRequests.inCategory(EnvironmentalCategory.I));
        decide(reception.sign(), application, COMPLETENESS_CHECK, "COMPLETE");
        String investorId = history(application.id()).getString("caseFile.investorId");

        assertThat(search(Map.of("investorId", investorId)))
                .containsExactly(application.reference());
        assertThat(search(Map.of("official", reception.subject())))
                .contains(application.reference());
        assertThat(search(Map.of("stage", "ENVIRONMENTAL_IMPACT_REVIEW", "from", from.toString())))
                .containsExactly(application.reference());
        assertThat(search(Map.of("status", "ENVIRONMENTAL_REVIEW", "from", from.toString())))
                .containsExactly(application.reference());
        assertThat(search(Map.of("overdue", "true"))).doesNotContain(application.reference());
        assertThat(search(Map.of("from", Instant.now().plusSeconds(60).toString()))).isEmpty();

        asAuditor()
                .queryParam("from", "yesterday")
                .get("/audit/cases")
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("from"));
        asAuditor()
                .queryParam("stage", "LUNCH")
                .get("/audit/cases")
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("stage"));
    }

    @Test
    void shouldReportProcessingTimesOutcomesAndReasonsForAPeriod() {
        Instant from = Instant.now().minusSeconds(1);
        var refused = submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        String token = reception.sign();
        // Signed in to the workspace once: the directory names the official for the auditors.
        given().auth().oauth2(token).put("/officials/me").then().statusCode(200);
        CaseApi.complete(
                        token,
                        CaseApi.taskId(token, refused, COMPLETENESS_CHECK),
                        Map.of("outcome", "INELIGIBLE", "comment", "Sector closed to investment"))
                .statusCode(204);

        JsonPath statistics =
                asAuditor()
                        .queryParam("from", from.toString())
                        .queryParam("to", Instant.now().plusSeconds(1).toString())
                        .get("/audit/statistics")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();

        assertThat(statistics.getList("stages.key", String.class)).contains("completenessCheck");
        assertThat(statistics.getString("stages.find { it.key == 'completenessCheck' }.limit"))
                .matches("\\d+ working days \\(.+\\)");
        Map<String, Object> official =
                statistics.getMap("officials.find { it.key == '" + reception.subject() + "' }");
        assertThat(official).containsEntry("completed", 1).containsEntry("onTime", 1);
        // The directory's name for it (test accounts are user-<start of the subject>).
        assertThat((String) official.get("label")).contains(reception.subject().substring(0, 8));
        assertThat(statistics.getString("stages.find { it.key == 'completenessCheck' }.label"))
                .isNull();
        assertThat(statistics.getInt("outcomes.COMPLETENESS_CHECK.INELIGIBLE"))
                .isGreaterThanOrEqualTo(1);
        assertThat(statistics.getList("refusalReasons.reason", String.class))
                .contains("Sector closed to investment");

        asAuditor()
                .queryParam("from", from.toString())
                .queryParam("to", from.minusSeconds(60).toString())
                .get("/audit/statistics")
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("to"));
    }

    @Test
    void shouldKeepOneChainWhileRequestsAndEngineJobsWriteTogether() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<CaseApi.Case>> cases = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                cases.add(
                        pool.submit(
                                () -> {
                                    var c =
                                            submitted(
                                                    ApplicationRequests.inCategory(
                                                            EnvironmentalCategory.IV));
                                    decide(
                                            TestTokens.withRoles("reception"),
                                            c,
                                            COMPLETENESS_CHECK,
                                            "COMPLETE");
                                    return c;
                                }));
            }
            for (Future<CaseApi.Case> done : cases) {
                assertThat(done.get().reference()).isNotBlank();
            }
        } finally {
            pool.shutdown();
        }
        JsonPath report = verifyChain();
        assertThat(report.getBoolean("intact")).as(report.prettify()).isTrue();
    }

    @Test
    void shouldKeepTokensAndDocumentContentOutOfTheTrail() {
        licensedCase();
        int page = 0;
        int seen = 0;
        while (true) {
            JsonPath events =
                    asAuditor()
                            .queryParam("size", 500)
                            .queryParam("page", page++)
                            .get("/audit/events")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
            List<Map<String, Object>> items = events.getList("items");
            for (Map<String, Object> item : items) {
                String text = item.toString();
                assertThat(text).doesNotContain("eyJ").doesNotContain("%PDF");
            }
            seen += items.size();
            if (items.size() < 500) {
                break;
            }
        }
        assertThat(seen).isPositive();
    }

    private CaseApi.Case licensedCase() {
        var application =
                CaseApi.dossier(
                        CaseApi.verifiedInvestor(),
                        ApplicationRequests.inCategory(EnvironmentalCategory.I));
        given().auth()
                .oauth2(application.investorToken())
                .multiPart("type", "OTHER")
                .multiPart("file", "plan.pdf", TestFiles.pdf(2000), "application/pdf")
                .post("/applications/{id}/documents", application.id())
                .then()
                .statusCode(201);
        CaseApi.submit(application).statusCode(200);
        decide(reception.sign(), application, COMPLETENESS_CHECK, "COMPLETE");
        decide(environment.sign(), application, ENVIRONMENTAL_IMPACT_REVIEW, "APPROVE");
        decide(appraisal.sign(), application, APPRAISAL, "RECOMMEND_APPROVAL");
        decide(approver.sign(), application, APPROVAL, "APPROVE");
        awaitStatus(application, "LICENSED");
        return application;
    }

    /** The export checked with the library's pure verifier and the authority's certificate. */
    private static ChainReport verifyOffline(JsonNode export) throws Exception {
        return ExportVerifier.verify(export, TestPki.AUTHORITY.certificate(), JSON);
    }

    private List<String> search(Map<String, String> criteria) {
        return asAuditor()
                .queryParams(criteria)
                .queryParam("size", 100)
                .get("/audit/cases")
                .then()
                .statusCode(200)
                .extract()
                .path("items.reference");
    }

    private static JsonPath history(String id) {
        return asAuditor()
                .get("/audit/cases/{id}/history", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static JsonPath verifyChain() {
        return asAuditor()
                .get("/audit/chain/verification")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static io.restassured.specification.RequestSpecification asAuditor() {
        return given().auth().oauth2(TestTokens.auditor());
    }

    private void execute(String sql, String parameter) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }
}
