package vn.onestop.licensing.tasks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.licensing.support.CaseApi.decide;
import static vn.onestop.licensing.support.CaseApi.submitted;
import static vn.onestop.workflow.process.CaseStage.COMPLETENESS_CHECK;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.onestop.licensing.support.ApiTest;
import vn.onestop.licensing.support.ApplicationRequests;
import vn.onestop.support.testing.TestTokens;
import vn.onestop.workflow.process.EnvironmentalCategory;

/** GET /tasks/events: each group hears of the tasks that enter its inbox, and only of those. */
@QuarkusTest
class InboxEventsTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TestHTTPResource("/tasks/events")
    URI events;

    /** One open stream, read on the client's thread into a queue of (event name, data) pairs. */
    private static final class EventSource implements AutoCloseable {
        private final BlockingQueue<String[]> received = new LinkedBlockingQueue<>();
        private final CompletableFuture<HttpResponse<Stream<String>>> response;
        private final List<String> seen = new ArrayList<>();

        EventSource(URI events, String token) {
            HttpRequest request =
                    HttpRequest.newBuilder(events)
                            .header("Authorization", "Bearer " + token)
                            .header("Accept", "text/event-stream")
                            .build();
            response = HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
            response.thenAcceptAsync(
                    r -> {
                        String[] event = {"message", ""};
                        for (String line : (Iterable<String>) r.body()::iterator) {
                            if (line.startsWith("event:")) {
                                event[0] = line.substring(6).trim();
                            } else if (line.startsWith("data:")) {
                                event[1] += line.substring(5).trim();
                            } else if (line.isEmpty() && !event[1].isEmpty()) {
                                received.add(event.clone());
                                event[0] = "message";
                                event[1] = "";
                            }
                        }
                    });
        }

        /** The data of the next event of this name, skipping others; fails after 20 s. */
        JsonNode next(String name, String containing) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline) {
                String[] event = received.poll(200, TimeUnit.MILLISECONDS);
                if (event != null) {
                    seen.add(event[0] + " " + event[1]);
                    if (event[0].equals(name) && event[1].contains(containing)) {
                        return JSON.readTree(event[1]);
                    }
                }
            }
            throw new AssertionError("No " + name + " event with " + containing + "; saw " + seen);
        }

        List<String> seen() {
            return seen;
        }

        @Override
        public void close() {
            response.thenAccept(r -> r.body().close());
            response.cancel(true);
        }
    }

    @Test
    void shouldTellEachGroupOfTheTasksEnteringItsInboxAndNoOther() throws Exception {
        try (EventSource reception = new EventSource(events, TestTokens.withRoles("reception"));
                EventSource environment =
                        new EventSource(events, TestTokens.withRoles("environment"))) {
            reception.next("ready", "");
            environment.next("ready", "");
            // A page the official left: its stream is gone, and must not stop the others'.
            try (EventSource left = new EventSource(events, TestTokens.withRoles("reception"))) {
                left.next("ready", "");
            }

            var application = submitted(ApplicationRequests.inCategory(EnvironmentalCategory.I));
            JsonNode entered = reception.next("task", application.reference());
            assertThat(entered.path("kind").asText()).isEqualTo("ENTERED");
            assertThat(entered.path("stage").asText()).isEqualTo("COMPLETENESS_CHECK");
            assertThat(entered.path("groups").toString()).isEqualTo("[\"reception\"]");

            decide(TestTokens.withRoles("reception"), application, COMPLETENESS_CHECK, "COMPLETE");
            JsonNode review = environment.next("task", application.reference());
            assertThat(review.path("stage").asText()).isEqualTo("ENVIRONMENTAL_IMPACT_REVIEW");
            // Both changes went out in order on one stream per replica: had the completeness
            // check reached the environment officials, it would have come before the review.
            assertThat(environment.seen())
                    .filteredOn(e -> e.contains("COMPLETENESS_CHECK"))
                    .isEmpty();
        }
    }

    @Test
    void shouldRefuseTheStreamWithoutAnOfficialsToken() {
        given().accept("text/event-stream").get("/tasks/events").then().statusCode(401);
        given().auth()
                .oauth2(TestTokens.withRoles("investor"))
                .accept("text/event-stream")
                .get("/tasks/events")
                .then()
                .statusCode(403);
    }
}
