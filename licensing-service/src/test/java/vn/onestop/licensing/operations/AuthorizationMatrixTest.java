package vn.onestop.licensing.operations;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.onestop.licensing.support.ApiTest;
import vn.onestop.support.testing.TestTokens;

/**
 * Every operation called as every role and without a token: the roles allowed never get 401 or 403
 * (they may get 404 or 400 for the made-up ids and empty bodies used here), every other role gets
 * 403, and no token gets 401. Ownership (another investor's case is 404) is tested with the cases
 * themselves.
 */
@QuarkusTest
class AuthorizationMatrixTest extends ApiTest {

    private static final List<String> ROLES =
            List.of(
                    "investor",
                    "reception",
                    "environment",
                    "appraisal",
                    "approver",
                    "auditor",
                    "agency",
                    "administrator");
    private static final Set<String> READERS =
            Set.of("investor", "reception", "environment", "appraisal", "approver", "auditor");

    /** The case file: also the agencies' officials (of the cases they were consulted on). */
    private static final Set<String> CASE_READERS =
            Set.of(
                    "investor",
                    "reception",
                    "environment",
                    "appraisal",
                    "approver",
                    "auditor",
                    "agency");

    private static final Set<String> EVERYONE = Set.copyOf(ROLES);
    private static final Set<String> AUDITORS = Set.of("auditor");
    private static final Set<String> TASK_WORKERS =
            Set.of("reception", "environment", "appraisal", "approver", "agency");

    record Operation(String method, String path, Set<String> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Arguments> operations() {
        String app = "/applications/" + UUID.randomUUID();
        String task = "/tasks/" + UUID.randomUUID();
        return Stream.of(
                        new Operation("POST", "/applications", Set.of("investor")),
                        new Operation("GET", "/applications", READERS),
                        new Operation("GET", app, CASE_READERS),
                        new Operation("PUT", app, Set.of("investor")),
                        new Operation("POST", app + "/submission", Set.of("investor")),
                        new Operation("POST", app + "/resubmission", Set.of("investor")),
                        new Operation("POST", app + "/withdrawal", Set.of("investor")),
                        new Operation("POST", app + "/documents", Set.of("investor")),
                        new Operation("GET", app + "/documents", CASE_READERS),
                        new Operation(
                                "GET",
                                app + "/documents/" + UUID.randomUUID() + "/content",
                                CASE_READERS),
                        new Operation("GET", app + "/timeline", CASE_READERS),
                        new Operation("GET", app + "/receipt", CASE_READERS),
                        new Operation("GET", app + "/supplement-request", CASE_READERS),
                        new Operation("GET", app + "/refusal", CASE_READERS),
                        new Operation("GET", app + "/apology", CASE_READERS),
                        new Operation("GET", app + "/licence", READERS),
                        new Operation("GET", app + "/licence/pdf", READERS),
                        new Operation("POST", app + "/licence/revocation", Set.of("approver")),
                        new Operation(
                                "GET",
                                app + "/signed-decisions",
                                Set.of(
                                        "reception",
                                        "environment",
                                        "appraisal",
                                        "approver",
                                        "auditor",
                                        "agency")),
                        new Operation("GET", "/tasks", TASK_WORKERS),
                        new Operation("GET", "/tasks/counts", TASK_WORKERS),
                        new Operation("GET", task, TASK_WORKERS),
                        new Operation("POST", task + "/claim", TASK_WORKERS),
                        new Operation("POST", task + "/unclaim", TASK_WORKERS),
                        new Operation("POST", task + "/completion", TASK_WORKERS),
                        new Operation("POST", task + "/decision-document", TASK_WORKERS),
                        new Operation("POST", "/officials/me/certificates", TASK_WORKERS),
                        new Operation("GET", "/officials/me/certificates", TASK_WORKERS),
                        new Operation("GET", "/certificates", Set.of("administrator", "auditor")),
                        new Operation("GET", "/certificates/" + UUID.randomUUID(), EVERYONE),
                        new Operation(
                                "POST",
                                "/certificates/" + UUID.randomUUID() + "/revocation",
                                Set.of("administrator")),
                        new Operation("PUT", task + "/assignee", Set.of("approver")),
                        new Operation("GET", "/notifications", Set.of("investor")),
                        new Operation("GET", "/audit/events", AUDITORS),
                        new Operation("GET", "/audit/chain/verification", AUDITORS),
                        new Operation("GET", "/audit/checkpoints", AUDITORS),
                        new Operation("GET", "/audit/cases", AUDITORS),
                        new Operation(
                                "GET", "/audit/cases/" + UUID.randomUUID() + "/history", AUDITORS),
                        new Operation(
                                "GET",
                                "/audit/cases/" + UUID.randomUUID() + "/signatures",
                                AUDITORS),
                        new Operation(
                                "GET", "/audit/cases/" + UUID.randomUUID() + "/export", AUDITORS),
                        new Operation(
                                "GET",
                                "/audit/cases/" + UUID.randomUUID() + "/export/csv",
                                AUDITORS),
                        new Operation(
                                "GET", "/audit/cases/" + UUID.randomUUID() + "/report", AUDITORS),
                        new Operation(
                                "GET",
                                "/audit/cases/" + UUID.randomUUID() + "/processing-control",
                                AUDITORS),
                        new Operation(
                                "GET",
                                "/audit/statistics?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z",
                                AUDITORS))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void shouldLetExactlyTheAllowedRolesThrough(Operation operation) {
        List<String> wrong = new ArrayList<>();
        for (String role : ROLES) {
            int status = call(given().auth().oauth2(TestTokens.withRoles(role)), operation);
            boolean allowed = operation.allowed().contains(role);
            boolean refused = status == 401 || status == 403;
            if (allowed == refused || (!allowed && status != 403) || status >= 500) {
                wrong.add(role + " got " + status);
            }
        }
        int anonymous = call(given(), operation);
        if (anonymous != 401) {
            wrong.add("no token got " + anonymous);
        }
        assertThat(wrong).as(operation.toString()).isEmpty();
    }

    @Test
    void shouldKeepAuditorsReadOnlyAndTheAuditApiForAuditors() {
        List<Operation> all = operations().map(a -> (Operation) a.get()[0]).toList();
        assertThat(all)
                .filteredOn(o -> !o.method().equals("GET"))
                .isNotEmpty()
                .allSatisfy(
                        o ->
                                assertThat(call(given().auth().oauth2(TestTokens.auditor()), o))
                                        .as(o.toString())
                                        .isEqualTo(403));
        assertThat(all)
                .filteredOn(o -> o.path().startsWith("/audit/"))
                .hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(o -> assertThat(o.allowed()).containsExactly("auditor"));
    }

    private static int call(RequestSpecification request, Operation operation) {
        // The upload is matched on its media type before authorization, so it is called as
        // clients call it.
        boolean upload =
                operation.method().equals("POST") && operation.path().endsWith("/documents");
        RequestSpecification body =
                upload
                        ? request.multiPart("type", "OTHER")
                        : request.contentType("application/json").body("{}");
        return body.request(operation.method(), operation.path()).statusCode();
    }
}
