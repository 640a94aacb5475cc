package vn.onestop.licensing.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static vn.onestop.licensing.support.CaseApi.complete;
import static vn.onestop.licensing.support.CaseApi.decide;
import static vn.onestop.licensing.support.CaseApi.submitted;
import static vn.onestop.licensing.support.CaseApi.taskId;
import static vn.onestop.workflow.process.CaseStage.APPRAISAL;
import static vn.onestop.workflow.process.CaseStage.COMPLETENESS_CHECK;
import static vn.onestop.workflow.process.CaseStage.CONSULTATION;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.onestop.licensing.support.ApiTest;
import vn.onestop.licensing.support.ApplicationRequests;
import vn.onestop.licensing.support.CaseApi;
import vn.onestop.licensing.support.TestClock;
import vn.onestop.support.audit.AuditEvent;
import vn.onestop.support.audit.AuditEventRepository;
import vn.onestop.support.testing.TestTokens;
import vn.onestop.workflow.process.EnvironmentalCategory;

/**
 * Paths that time takes: the service's clock, and with it the engine's, is moved past a deadline
 * and the job executor, which acquires jobs by that clock, fires the timer. Nothing waits for real
 * days.
 */
@QuarkusTest
class TimerTest extends ApiTest {

    private final String reception = TestTokens.withRoles("reception");
    private final RuntimeService runtime;
    private final ManagementService management;
    private final AuditEventRepository audit;
    private final TestClock clock;

    TimerTest(
            RuntimeService runtime,
            ManagementService management,
            AuditEventRepository audit,
            TestClock clock) {
        this.clock = clock;
        this.runtime = runtime;
        this.management = management;
        this.audit = audit;
    }

    @AfterEach
    void resetEngineClock() {
        clock.reset();
    }

    @Test
    void shouldLapseACaseWhoseSupplementIsNotAnsweredInTime() {
        var application = submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        complete(
                        reception,
                        taskId(reception, application, COMPLETENESS_CHECK),
                        Map.of(
                                "outcome",
                                "SUPPLEMENT_NEEDED",
                                "reasons",
                                List.of(Map.of("document", "Land lease", "reason", "Not signed"))))
                .statusCode(204);
        Date answerDue =
                (Date) runtime.getVariable(processOf(application.reference()), "supplementDueAt");
        assertThat(answerDue.toInstant()).isAfter(Instant.now().plus(Duration.ofDays(29)));

        Date warning =
                (Date)
                        runtime.getVariable(
                                processOf(application.reference()), "supplementWarningAt");
        assertThat(warning.toInstant()).isEqualTo(answerDue.toInstant().minus(Duration.ofDays(7)));

        clock.moveTo(warning.toInstant().plusSeconds(60));

        await().atMost(Duration.ofSeconds(15))
                .until(
                        () ->
                                given().auth()
                                        .oauth2(application.investorToken())
                                        .get("/notifications")
                                        .then()
                                        .extract()
                                        .<List<String>>path("items.kind"),
                        kinds -> kinds.contains("LAPSE_WARNING"));
        CaseApi.read(application).body("status", equalTo("SUPPLEMENT_REQUESTED"));

        clock.moveTo(answerDue.toInstant().plusSeconds(60));

        CaseApi.awaitStatus(application, "LAPSED");
        given().auth()
                .oauth2(application.investorToken())
                .post("/applications/{id}/resubmission", application.id())
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(TestTokens.auditor())
                .get("/audit/cases/{id}/history", application.id())
                .then()
                .statusCode(200)
                .body(
                        // The uploads of the dossier come between; they are not what this is about.
                        "auditRecords.findAll { it.eventType != 'DOCUMENT_UPLOADED' }.eventType",
                        contains(
                                "APPLICATION_CREATED",
                                "APPLICATION_SUBMITTED",
                                "STAGE_STARTED",
                                "TASK_COMPLETED",
                                "SUPPLEMENT_REQUESTED",
                                "LAPSE_WARNING_SENT",
                                "CASE_LAPSED"))
                .body(
                        "auditRecords.findAll { it.eventType == 'LAPSE_WARNING_SENT' }.location",
                        contains("background"))
                .body(
                        "activities.find { it.activityId == 'awaitSupplement' }.endedAt",
                        notNullValue())
                .body("clock.pauses", hasSize(1));
    }

    @Test
    void shouldFlagAndEscalateAnOverdueTask() {
        var application = submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        String task = taskId(reception, application, COMPLETENESS_CHECK);
        Instant due =
                Instant.parse(
                        given().auth()
                                .oauth2(reception)
                                .get("/tasks/{id}", task)
                                .then()
                                .body("overdue", equalTo(false))
                                .extract()
                                .path("dueAt"));

        clock.moveTo(due.plusSeconds(60));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> actions(application.id()).contains("TASK_OVERDUE"));
        given().auth()
                .oauth2(reception)
                .queryParam("overdue", true)
                .queryParam("reference", application.reference())
                .get("/tasks")
                .then()
                .body("items[0].id", equalTo(task))
                .body("items[0].overdue", equalTo(true));
        decide(reception, application, COMPLETENESS_CHECK, "COMPLETE");
    }

    @Test
    void shouldContinueAppraisalWhenAgenciesAnswerOrTheirDeadlinePasses() {
        var application = submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        decide(reception, application, COMPLETENESS_CHECK, "COMPLETE");
        String appraisal = TestTokens.withRoles("appraisal");
        complete(
                        appraisal,
                        taskId(appraisal, application, APPRAISAL),
                        Map.of(
                                "outcome",
                                "CONSULT",
                                "agencies",
                                List.of("agency-moit", "agency-mof")))
                .statusCode(204);

        String moit = TestTokens.withRoles("agency", "agency-moit");
        String notConsulted = TestTokens.withRoles("agency", "agency-mot");
        // A consulted agency reads the case file it is asked about; no other agency does.
        given().auth()
                .oauth2(moit)
                .get("/applications/{id}", application.id())
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(moit)
                .get("/applications/{id}/documents", application.id())
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(notConsulted)
                .get("/applications/{id}", application.id())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(notConsulted)
                .get("/applications/{id}/documents", application.id())
                .then()
                .statusCode(404);
        complete(
                        moit,
                        taskId(moit, application, CONSULTATION),
                        Map.of("outcome", "AGREE", "comment", "No objection"))
                .statusCode(204);
        // Answered, the case stays readable to the agency that answered: its opinion is on file.
        given().auth()
                .oauth2(moit)
                .get("/applications/{id}/timeline", application.id())
                .then()
                .statusCode(200);
        var other = submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        given().auth().oauth2(moit).get("/applications/{id}", other.id()).then().statusCode(404);
        String mof = TestTokens.withRoles("agency", "agency-mof");
        Instant due =
                Instant.parse(
                        given().auth()
                                .oauth2(mof)
                                .get("/tasks/{id}", taskId(mof, application, CONSULTATION))
                                .then()
                                .extract()
                                .path("dueAt"));

        clock.moveTo(due.plusSeconds(60));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> actions(application.id()).contains("CONSULTATION_UNANSWERED"));
        clock.reset();
        given().auth()
                .oauth2(appraisal)
                .get("/applications/{id}/timeline", application.id())
                .then()
                .body("decisions.find { it.stage == 'CONSULTATION' }.outcome", equalTo("AGREE"))
                .body(
                        "decisions.find { it.stage == 'CONSULTATION' }.comment",
                        equalTo("No objection"));
        decide(appraisal, application, APPRAISAL, "RECOMMEND_APPROVAL");
        CaseApi.read(application).body("status", equalTo("AWAITING_APPROVAL"));
    }

    private List<String> actions(String applicationId) {
        // Awaitility polls on its own thread, outside the test's request context.
        return QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                audit.forTarget("application", applicationId).stream()
                                        .map(AuditEvent::action)
                                        .toList());
    }

    private String processOf(String reference) {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(reference)
                .singleResult()
                .getId();
    }
}
