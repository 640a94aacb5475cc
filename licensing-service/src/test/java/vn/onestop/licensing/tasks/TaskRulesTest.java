package vn.onestop.licensing.tasks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.onestop.licensing.support.CaseApi.complete;
import static vn.onestop.licensing.support.CaseApi.decide;
import static vn.onestop.licensing.support.CaseApi.submitted;
import static vn.onestop.licensing.support.CaseApi.taskId;
import static vn.onestop.workflow.process.CaseStage.APPRAISAL;
import static vn.onestop.workflow.process.CaseStage.APPROVAL;
import static vn.onestop.workflow.process.CaseStage.COMPLETENESS_CHECK;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.onestop.licensing.support.ApiTest;
import vn.onestop.licensing.support.ApplicationRequests;
import vn.onestop.licensing.support.CaseApi;
import vn.onestop.support.testing.TestTokens;
import vn.onestop.workflow.process.EnvironmentalCategory;

/** Who may work which task, and what happens when officials collide. */
@QuarkusTest
class TaskRulesTest extends ApiTest {

    private static final String PROBLEM = "application/problem+json";
    private final String reception = TestTokens.withRoles("reception");

    @Test
    void shouldRefuseATaskOutsideTheCallersGroups() {
        var application = submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        String task = taskId(reception, application, COMPLETENESS_CHECK);

        complete(TestTokens.withRoles("environment"), task, Map.of("outcome", "COMPLETE"))
                .statusCode(403)
                .contentType(PROBLEM)
                .body("detail", equalTo("This task belongs to reception, not to your groups"));
        given().auth()
                .oauth2(TestTokens.withRoles("environment"))
                .get("/tasks/{id}", task)
                .then()
                .statusCode(403);
    }

    @Test
    void shouldRefuseAnOutcomeTheStageDoesNotAllow() {
        var application = submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        String task = taskId(reception, application, COMPLETENESS_CHECK);

        complete(reception, task, Map.of("outcome", "APPROVE"))
                .statusCode(422)
                .body(
                        "detail",
                        equalTo(
                                "Outcome APPROVE is not allowed at COMPLETENESS_CHECK; allowed: COMPLETE, SUPPLEMENT_NEEDED, INELIGIBLE"));
        complete(reception, task, Map.of("outcome", "SUPPLEMENT_NEEDED"))
                .statusCode(400)
                .body("errors[0].field", equalTo("reasons"));
        complete(reception, task, Map.of("outcome", "INELIGIBLE"))
                .statusCode(400)
                .body("errors[0].field", equalTo("comment"));
        CaseApi.read(application).body("status", equalTo("UNDER_REVIEW"));
    }

    @Test
    void shouldLetOnlyTheClaimantCompleteAndASupervisorReassign() {
        var application = submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        var claimant = TestTokens.newAccount().roles("reception");
        String claimantToken = claimant.sign();
        String task = taskId(reception, application, COMPLETENESS_CHECK);

        given().auth()
                .oauth2(claimantToken)
                .post("/tasks/{id}/claim", task)
                .then()
                .statusCode(200)
                .body("assignee", equalTo(claimant.subject()));
        given().auth().oauth2(reception).post("/tasks/{id}/claim", task).then().statusCode(409);
        complete(reception, task, Map.of("outcome", "COMPLETE"))
                .statusCode(409)
                .body("detail", equalTo("The task is claimed by another official"));
        given().auth().oauth2(reception).post("/tasks/{id}/unclaim", task).then().statusCode(409);

        var colleague = TestTokens.newAccount().roles("reception");
        given().auth().oauth2(colleague.sign()).put("/officials/me").then().statusCode(200);
        given().auth()
                .oauth2(TestTokens.withRoles("approver", "reception"))
                .contentType("application/json")
                .body(Map.of("assignee", colleague.subject()))
                .put("/tasks/{id}/assignee", task)
                .then()
                .statusCode(200)
                .body("assignee", equalTo(colleague.subject()));
        given().auth()
                .oauth2(reception)
                .contentType("application/json")
                .body(Map.of("assignee", "x"))
                .put("/tasks/{id}/assignee", task)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.withRoles("approver", "reception"))
                .post("/tasks/{id}/unclaim", task)
                .then()
                .statusCode(200)
                .body("assignee", nullValue());
    }

    @Test
    void shouldNotLetTheAppraiserApproveTheSameCase() {
        var application = submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        decide(reception, application, COMPLETENESS_CHECK, "COMPLETE");
        String both = TestTokens.withRoles("appraisal", "approver");
        decide(both, application, APPRAISAL, "RECOMMEND_APPROVAL");

        complete(both, taskId(both, application, APPROVAL), Map.of("outcome", "APPROVE"))
                .statusCode(403)
                .body(
                        "detail",
                        equalTo(
                                "You appraised case "
                                        + application.reference()
                                        + "; another official must approve it"));
        CaseApi.read(application).body("status", equalTo("AWAITING_APPROVAL"));
    }

    @Test
    void shouldNotLetAnOfficialActOnTheirOwnCase() {
        var account = CaseApi.verifiedInvestor();
        var application =
                CaseApi.dossier(account, ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        CaseApi.submit(application).statusCode(200);
        String sameAccountAsOfficial =
                TestTokens.account(account.subject()).roles("investor", "reception").sign();

        complete(
                        sameAccountAsOfficial,
                        taskId(reception, application, COMPLETENESS_CHECK),
                        Map.of("outcome", "COMPLETE"))
                .statusCode(403)
                .body(
                        "detail",
                        equalTo(
                                "You are the investor of case "
                                        + application.reference()
                                        + "; another official must act on it"));
    }

    @Test
    void shouldLetExactlyOneOfParallelCompletionsWin() throws Exception {
        var application = submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        String task = taskId(reception, application, COMPLETENESS_CHECK);
        var pool = Executors.newFixedThreadPool(4);
        List<Integer> statuses = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String official = TestTokens.withRoles("reception");
                calls.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    return complete(official, task, Map.of("outcome", "COMPLETE"))
                                            .extract()
                                            .statusCode();
                                }));
            }
            start.countDown();
            for (Future<Integer> call : calls) {
                statuses.add(call.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).containsOnly(204, 409);
        assertThat(statuses).filteredOn(s -> s == 204).hasSize(1);
        CaseApi.read(application).body("status", equalTo("APPRAISAL"));
    }

    @Test
    void shouldHideCasesFromOtherInvestorsAndDraftsFromOfficials() {
        var draft =
                CaseApi.draft(
                        CaseApi.verifiedInvestor(),
                        ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        var submittedCase = submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));

        given().auth()
                .oauth2(TestTokens.withRoles("investor"))
                .get("/applications/{id}", submittedCase.id())
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(reception)
                .get("/applications/{id}", draft.id())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.withRoles("auditor"))
                .get("/applications/{id}", submittedCase.id())
                .then()
                .statusCode(200);
        given().auth().oauth2(TestTokens.withRoles("auditor")).get("/tasks").then().statusCode(403);
        given().get("/applications").then().statusCode(401).contentType(PROBLEM);
        given().auth()
                .oauth2(
                        TestTokens.newAccount()
                                .roles("investor")
                                .audience("investor-service")
                                .sign())
                .get("/applications")
                .then()
                .statusCode(401);
    }
}
