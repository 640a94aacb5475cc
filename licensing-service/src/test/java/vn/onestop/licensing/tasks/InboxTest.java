package vn.onestop.licensing.tasks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.onestop.licensing.support.CaseApi.taskId;
import static vn.onestop.workflow.process.CaseStage.COMPLETENESS_CHECK;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.onestop.licensing.support.ApiTest;
import vn.onestop.licensing.support.ApplicationRequests;
import vn.onestop.licensing.support.CaseApi;
import vn.onestop.support.testing.TestTokens;
import vn.onestop.workflow.process.EnvironmentalCategory;

/** The inbox's tabs and filters, and whom a supervisor may hand a task to. */
@QuarkusTest
class InboxTest extends ApiTest {

    private static final String PROBLEM = "application/problem+json";

    /** Two cases of one investor whose name no other test uses, so counts are exact. */
    private record Investor(String name, CaseApi.Case first, CaseApi.Case second) {}

    private static Investor investorWithTwoCases() {
        String name = "Công ty Hộp thư " + UUID.randomUUID().toString().substring(0, 8);
        TestTokens account = CaseApi.verifiedInvestor(name);
        CaseApi.Case first =
                CaseApi.dossier(account, ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        CaseApi.submit(first).statusCode(200);
        CaseApi.Case second =
                CaseApi.dossier(account, ApplicationRequests.inCategory(EnvironmentalCategory.III));
        CaseApi.submit(second).statusCode(200);
        return new Investor(name, first, second);
    }

    @Test
    void shouldSplitTheInboxIntoTabsWithTheirCounts() {
        Investor investor = investorWithTwoCases();
        TestTokens official = TestTokens.newAccount().roles("reception");
        String token = official.sign();
        String claimed = taskId(token, investor.first(), COMPLETENESS_CHECK);
        given().auth().oauth2(token).post("/tasks/{id}/claim", claimed).then().statusCode(200);
        // Part of the name, in another case: what an official types.
        String search = investor.name().substring(9).toUpperCase();

        tasks(token, Map.of("investor", search, "assignee", "ME"))
                .body("items.reference", contains(investor.first().reference()))
                .body("items[0].investorName", equalTo(investor.name()))
                .body("items[0].environmentalCategory", equalTo("IV"))
                .body("totalItems", equalTo(1));
        tasks(token, Map.of("investor", search, "assignee", "UNASSIGNED"))
                .body("items.reference", contains(investor.second().reference()));
        tasks(token, Map.of("investor", search, "environmentalCategory", "III"))
                .body("items.reference", contains(investor.second().reference()));
        tasks(token, Map.of("investor", search, "sort", "CREATED_AT_DESC"))
                .body(
                        "items.reference",
                        contains(investor.second().reference(), investor.first().reference()));
        // The completeness check has 5 working days: due after 2, within 10.
        tasks(token, Map.of("investor", search, "dueWithin", "2")).body("totalItems", equalTo(0));
        tasks(token, Map.of("investor", search, "dueWithin", "10")).body("totalItems", equalTo(2));

        given().auth()
                .oauth2(token)
                .queryParam("investor", search)
                .queryParam("dueWithin", 10)
                .get("/tasks/counts")
                .then()
                .statusCode(200)
                .body("assignedToMe", equalTo(1))
                .body("unclaimed", equalTo(1))
                .body("overdue", equalTo(0))
                .body("dueSoon", equalTo(2))
                .body("all", equalTo(2));
        // Another group sees none of them.
        given().auth()
                .oauth2(TestTokens.withRoles("environment"))
                .queryParam("investor", search)
                .get("/tasks/counts")
                .then()
                .statusCode(200)
                .body("all", equalTo(0));
    }

    @Test
    void shouldNameEachInboxParameterThatIsWrong() {
        given().auth()
                .oauth2(TestTokens.withRoles("reception"))
                .queryParam("assignee", "somebody")
                .queryParam("dueWithin", 0)
                .queryParam("investor", "x")
                .queryParam("sort", "projectName")
                .queryParam("environmentalCategory", "V")
                .get("/tasks")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "assignee",
                                "dueWithin",
                                "environmentalCategory",
                                "investor",
                                "sort"))
                .body(
                        "errors.find { it.field == 'assignee' }.message",
                        equalTo("must be one of: ME, UNASSIGNED"));
    }

    @Test
    void shouldHandATaskOnlyToAnOfficialOfItsGroupWhoHasSignedIn() {
        var application =
                CaseApi.submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        String task = taskId(TestTokens.reception(), application, COMPLETENESS_CHECK);
        TestTokens colleague = TestTokens.newAccount().roles("reception");
        TestTokens reviewer = TestTokens.newAccount().roles("environment");
        String supervisor = TestTokens.withRoles("approver");

        reassign(supervisor, task, colleague.subject())
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("assignee"))
                .body(
                        "errors[0].message",
                        equalTo(
                                "no official "
                                        + colleague.subject()
                                        + " has signed in to the workspace"));

        signIn(colleague).body("groups", contains("reception"));
        signIn(colleague).body("subject", equalTo(colleague.subject()));
        signIn(reviewer).body("groups", contains("environment"));

        reassign(supervisor, task, reviewer.subject())
                .statusCode(400)
                .body(
                        "errors[0].message",
                        equalTo(
                                "user-"
                                        + reviewer.subject().substring(0, 8)
                                        + " does not hold reception, the task's group"));
        reassign(supervisor, task, colleague.subject())
                .statusCode(200)
                .body("assignee", equalTo(colleague.subject()));

        given().auth()
                .oauth2(supervisor)
                .queryParam("group", "reception")
                .queryParam("size", 200)
                .get("/officials")
                .then()
                .statusCode(200)
                .body("items.subject", hasItem(colleague.subject()))
                .body("items.subject", not(hasItem(reviewer.subject())));
        given().auth()
                .oauth2(supervisor)
                .queryParam("group", "Reception; drop")
                .get("/officials")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("group"));
        given().auth()
                .oauth2(TestTokens.withRoles("reception"))
                .queryParam("group", "reception")
                .get("/officials")
                .then()
                .statusCode(403);
    }

    private static io.restassured.response.ValidatableResponse tasks(
            String token, Map<String, String> query) {
        return given().auth().oauth2(token).queryParams(query).get("/tasks").then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse signIn(TestTokens official) {
        return given().auth().oauth2(official.sign()).put("/officials/me").then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse reassign(
            String supervisor, String task, String assignee) {
        return given().auth()
                .oauth2(supervisor)
                .contentType("application/json")
                .body(Map.of("assignee", assignee))
                .put("/tasks/{id}/assignee", task)
                .then();
    }
}
