package vn.onestop.licensing.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.onestop.licensing.support.CaseApi.awaitStatus;
import static vn.onestop.licensing.support.CaseApi.decide;
import static vn.onestop.licensing.support.CaseApi.read;
import static vn.onestop.licensing.support.CaseApi.submitted;
import static vn.onestop.workflow.process.CaseStage.APPRAISAL;
import static vn.onestop.workflow.process.CaseStage.APPROVAL;
import static vn.onestop.workflow.process.CaseStage.COMPLETENESS_CHECK;
import static vn.onestop.workflow.process.CaseStage.ENVIRONMENTAL_IMPACT_REVIEW;
import static vn.onestop.workflow.process.CaseStage.ENVIRONMENTAL_REGISTRATION_CHECK;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.onestop.licensing.support.ApiTest;
import vn.onestop.licensing.support.ApplicationRequests;
import vn.onestop.licensing.support.CaseApi;
import vn.onestop.support.audit.AuditEvent;
import vn.onestop.support.audit.AuditEventRepository;
import vn.onestop.support.testing.TestTokens;
import vn.onestop.workflow.process.EnvironmentalCategory;

/** Every path through the case, end to end through the API with real tokens. */
@QuarkusTest
class CaseFlowTest extends ApiTest {

    private final String reception = TestTokens.withRoles("reception");
    private final String environment = TestTokens.withRoles("environment");
    private final String appraisal = TestTokens.withRoles("appraisal");
    private final String approver = TestTokens.withRoles("approver");
    private final AuditEventRepository audit;

    CaseFlowTest(AuditEventRepository audit) {
        this.audit = audit;
    }

    @Test
    void shouldLicenseAGroupICaseThroughEveryRole() {
        var application = submitted(ApplicationRequests.inCategory(EnvironmentalCategory.I));
        read(application)
                .body("ruleSet", equalTo("VN-LI2025"))
                .body("contentHash", matchesPattern("[0-9a-f]{64}"))
                .body("appointmentDate", notNullValue());

        decide(reception, application, COMPLETENESS_CHECK, "COMPLETE");
        read(application).body("status", equalTo("ENVIRONMENTAL_REVIEW"));
        decide(environment, application, ENVIRONMENTAL_IMPACT_REVIEW, "APPROVE");
        read(application).body("status", equalTo("APPRAISAL"));
        decide(appraisal, application, APPRAISAL, "RECOMMEND_APPROVAL");
        read(application).body("status", equalTo("AWAITING_APPROVAL"));
        decide(approver, application, APPROVAL, "APPROVE");

        awaitStatus(application, "LICENSED");
        given().auth()
                .oauth2(application.investorToken())
                .get("/notifications")
                .then()
                .body("items.kind", hasItem("LICENCE_ISSUED"))
                .body(
                        "items[0].message",
                        matchesPattern("Investment Registration Certificate BQL-\\d{4}-\\d{6} .*"));
        assertThat(audit.forTarget("application", application.id()))
                .extracting(AuditEvent::action)
                .containsSubsequence(
                        "APPLICATION_CREATED",
                        "APPLICATION_SUBMITTED",
                        "STAGE_STARTED",
                        "STAGE_STARTED",
                        "STAGE_STARTED",
                        "STAGE_STARTED",
                        "LICENCE_ISSUED");
    }

    @Test
    void shouldSkipEnvironmentalReviewForGroupIV() {
        var application = submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));

        decide(reception, application, COMPLETENESS_CHECK, "COMPLETE");
        read(application).body("status", equalTo("APPRAISAL"));
        decide(appraisal, application, APPRAISAL, "RECOMMEND_APPROVAL");
        decide(approver, application, APPROVAL, "APPROVE");

        awaitStatus(application, "LICENSED");
    }

    @Test
    void shouldCheckTheEnvironmentalRegistrationOfGroupIII() {
        var application = submitted(ApplicationRequests.inCategory(EnvironmentalCategory.III));

        decide(reception, application, COMPLETENESS_CHECK, "COMPLETE");
        read(application).body("status", equalTo("ENVIRONMENTAL_REVIEW"));
        decide(environment, application, ENVIRONMENTAL_REGISTRATION_CHECK, "ACCEPT");
        decide(appraisal, application, APPRAISAL, "RECOMMEND_APPROVAL");
        decide(approver, application, APPROVAL, "APPROVE");

        awaitStatus(application, "LICENSED");
    }

    @Test
    void shouldWaitForASupplementThenContinueToALicence() {
        var application = submitted(ApplicationRequests.inCategory(EnvironmentalCategory.II));
        String task = CaseApi.taskId(reception, application, COMPLETENESS_CHECK);

        CaseApi.complete(
                        reception,
                        task,
                        Map.of(
                                "outcome",
                                "SUPPLEMENT_NEEDED",
                                "reasons",
                                List.of(
                                        Map.of(
                                                "document", "Project proposal",
                                                "reason",
                                                        "Capital contribution schedule missing"))))
                .statusCode(204);
        read(application)
                .body("status", equalTo("SUPPLEMENT_REQUESTED"))
                .body("appointmentDate", nullValue());
        given().auth()
                .oauth2(application.investorToken())
                .get("/notifications")
                .then()
                .body("items[0].kind", equalTo("SUPPLEMENT_REQUESTED"));

        given().auth()
                .oauth2(application.investorToken())
                .post("/applications/{id}/resubmission", application.id())
                .then()
                .statusCode(200)
                .body("status", equalTo("UNDER_REVIEW"))
                .body("appointmentDate", notNullValue());

        decide(reception, application, COMPLETENESS_CHECK, "COMPLETE");
        decide(environment, application, ENVIRONMENTAL_IMPACT_REVIEW, "APPROVE");
        decide(appraisal, application, APPRAISAL, "RECOMMEND_APPROVAL");
        decide(approver, application, APPROVAL, "APPROVE");
        awaitStatus(application, "LICENSED");
    }

    @Test
    void shouldRejectAnIneligibleDossierAtReception() {
        var application = submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));

        decide(reception, application, COMPLETENESS_CHECK, "INELIGIBLE");

        read(application).body("status", equalTo("REJECTED")).body("endedAt", notNullValue());
    }

    @Test
    void shouldRejectAtEnvironmentalReview() {
        var application = submitted(ApplicationRequests.inCategory(EnvironmentalCategory.I));
        decide(reception, application, COMPLETENESS_CHECK, "COMPLETE");

        decide(environment, application, ENVIRONMENTAL_IMPACT_REVIEW, "REJECT");

        read(application).body("status", equalTo("REJECTED"));
    }

    @Test
    void shouldRejectAtApproval() {
        var application = submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        decide(reception, application, COMPLETENESS_CHECK, "COMPLETE");
        decide(appraisal, application, APPRAISAL, "RECOMMEND_REJECTION");

        decide(approver, application, APPROVAL, "REJECT");

        read(application).body("status", equalTo("REJECTED"));
        given().auth()
                .oauth2(application.investorToken())
                .get("/notifications")
                .then()
                .body("items[0].kind", equalTo("DECISION"))
                .body("items[0].message", containsString("was refused"));
    }

    @Test
    void shouldLetTheInvestorWithdrawBeforeApprovalButNotAfter() {
        var withdrawn = submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        decide(reception, withdrawn, COMPLETENESS_CHECK, "COMPLETE");

        given().auth()
                .oauth2(withdrawn.investorToken())
                .post("/applications/{id}/withdrawal", withdrawn.id())
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        given().auth()
                .oauth2(appraisal)
                .queryParam("reference", withdrawn.reference())
                .get("/tasks")
                .then()
                .body("totalItems", equalTo(0));

        var awaiting = submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        decide(reception, awaiting, COMPLETENESS_CHECK, "COMPLETE");
        decide(appraisal, awaiting, APPRAISAL, "RECOMMEND_APPROVAL");
        given().auth()
                .oauth2(awaiting.investorToken())
                .post("/applications/{id}/withdrawal", awaiting.id())
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }
}
