package vn.onestop.investor.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;
import vn.onestop.investor.support.ApiTest;
import vn.onestop.investor.support.InvestorApi;
import vn.onestop.investor.support.InvestorRequests;
import vn.onestop.support.audit.AuditCheckpoints;
import vn.onestop.support.audit.AuditTampering;
import vn.onestop.support.audit.Checkpoint;
import vn.onestop.support.testing.TestPki;
import vn.onestop.support.testing.TestTokens;

/**
 * The audit trail is a hash chain that survives concurrent writers and gives away every kind of
 * tampering with the exact sequence number where it starts.
 */
@QuarkusTest
class AuditChainTest extends ApiTest {

    private final AgroalDataSource database;
    private final AuditCheckpoints checkpoints;

    AuditChainTest(AgroalDataSource database, AuditCheckpoints checkpoints) {
        this.database = database;
        this.checkpoints = checkpoints;
    }

    @Test
    void shouldKeepOneGapFreeChainUnderConcurrentWriters() throws Exception {
        long before = head();
        int writers = 12;
        int each = 5;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Callable<Integer>> work = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                work.add(
                        () -> {
                            for (int i = 0; i < each; i++) {
                                InvestorApi.registerIndividual();
                            }
                            return each;
                        });
            }
            for (Future<Integer> done : pool.invokeAll(work)) {
                assertThat(done.get()).isEqualTo(each);
            }
        } finally {
            pool.shutdown();
        }

        JsonPath report = verify();
        assertThat(report.getBoolean("intact")).as(report.prettify()).isTrue();
        assertThat(report.getLong("toSequence")).isEqualTo(head());
        assertThat(head() - before).isEqualTo((long) writers * each);
        JsonPath page =
                given().auth()
                        .oauth2(TestTokens.auditor())
                        .queryParam("eventType", "INVESTOR_REGISTERED")
                        .queryParam("size", 500)
                        .get("/audit/events")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        List<Long> seqs = page.getList("items.seq", Long.class);
        assertThat(seqs).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void shouldRecordWhereFromAndWhoWithEachRecord() {
        var record = InvestorApi.registerIndividual();

        JsonPath events = events("targetId", record.id());

        assertThat(events.getList("items")).hasSize(1);
        assertThat(events.getString("items[0].eventType")).isEqualTo("INVESTOR_REGISTERED");
        assertThat(events.getString("items[0].outcome")).isEqualTo("SUCCESS");
        assertThat(events.getString("items[0].service")).isEqualTo("investor-service");
        assertThat(events.getString("items[0].location")).isEqualTo("POST /investors");
        assertThat(events.getString("items[0].clientId")).isEqualTo(TestTokens.CLIENT_ID);
        assertThat(events.getString("items[0].sourceIp")).isEqualTo("127.0.0.1");
        assertThat(events.getString("items[0].actorRoles")).isEqualTo("investor");
        assertThat(events.getString("items[0].hash")).hasSize(64);
        assertThat(events.getString("items[0].contentHash")).hasSize(64);
    }

    @Test
    void shouldRecordAnotherInvestorsAttemptToReadARecord() {
        var record = InvestorApi.registerIndividual();
        var stranger = TestTokens.newAccount().roles("investor");

        given().auth()
                .oauth2(stranger.sign())
                .get("/investors/{id}", record.id())
                .then()
                .statusCode(404);

        JsonPath events = events("targetId", record.id());
        assertThat(events.getList("items.eventType"))
                .containsExactly("INVESTOR_REGISTERED", "ACCESS_DENIED");
        assertThat(events.getString("items[1].outcome")).isEqualTo("DENIED");
        assertThat(events.getString("items[1].actorSubject")).isEqualTo(stranger.subject());
        assertThat(events.getString("items[1].location"))
                .isEqualTo("GET /investors/" + record.id());
    }

    @Test
    void shouldRecordARefusedRoleWithTheEndpointTried() {
        var investor = TestTokens.newAccount().roles("investor");

        given().auth().oauth2(investor.sign()).get("/audit/events").then().statusCode(403);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> {
                            JsonPath refused = events("actor", investor.subject());
                            assertThat(refused.getList("items")).hasSize(1);
                            assertThat(refused.getString("items[0].outcome")).isEqualTo("DENIED");
                            assertThat(refused.getString("items[0].targetId"))
                                    .isEqualTo("GET /audit/events");
                        });
    }

    @Test
    void shouldLetOnlyAuditorsReadTheTrail() {
        for (String token :
                List.of(TestTokens.investor(), TestTokens.reception(), TestTokens.withRoles())) {
            given().auth().oauth2(token).get("/audit/events").then().statusCode(403);
            given().auth().oauth2(token).get("/audit/chain/verification").then().statusCode(403);
            given().auth().oauth2(token).get("/audit/checkpoints").then().statusCode(403);
        }
        given().get("/audit/events").then().statusCode(401);
    }

    @Test
    void shouldNameTheEditedRecord() {
        long seq = registerAndFindSeq();
        try (var tampering = AuditTampering.of(database)) {
            tampering.editDetails(seq);

            assertBrokenAt(seq, "CONTENT_ALTERED");
        }
        assertThat(verify().getBoolean("intact")).isTrue();
    }

    @Test
    void shouldNameTheDeletedRecord() {
        long seq = registerAndFindSeq();
        InvestorApi.registerIndividual();
        try (var tampering = AuditTampering.of(database)) {
            tampering.delete(seq);

            assertBrokenAt(seq, "GAP");
        }
    }

    @Test
    void shouldNameASwappedPair() {
        long seq = registerAndFindSeq();
        InvestorApi.registerIndividual();
        try (var tampering = AuditTampering.of(database)) {
            tampering.swap(seq);

            assertBrokenAt(seq, "REORDERED");
        }
    }

    @Test
    void shouldNameTheFirstRecordOfARewrittenTailAgainstTheSealedCheckpoint() {
        long seq = registerAndFindSeq();
        InvestorApi.registerIndividual();
        checkpoints.sealPending();
        try (var tampering = AuditTampering.of(database)) {
            tampering.rewriteFrom(seq);

            assertBrokenAt(seq, "CHECKPOINT_MISMATCH");
        }
    }

    @Test
    void shouldNoticeARecordInsertedOutsideTheChain() {
        InvestorApi.registerIndividual();
        try (var tampering = AuditTampering.of(database)) {
            long id = tampering.insertForged();

            JsonPath report = verify();
            assertThat(report.getBoolean("intact")).isFalse();
            assertThat(report.getString("fault")).isEqualTo("UNCHAINED");
            assertThat(report.getString("detail")).contains(Long.toString(id));
        }
    }

    @Test
    void shouldNoticeABrokenCheckpointSeal() {
        InvestorApi.registerIndividual();
        List<Checkpoint> sealed = checkpoints.sealPending();
        Checkpoint last = sealed.get(sealed.size() - 1);
        try (var tampering = AuditTampering.of(database)) {
            tampering.breakCheckpointSeal(last.toSequence());

            assertBrokenAt(last.fromSequence(), "CHECKPOINT_INVALID");
        }
    }

    @Test
    void shouldSealCheckpointsThatAnyJoseLibraryVerifiesWithTheAuthoritysCertificate()
            throws Exception {
        InvestorApi.register(TestTokens.investor(), InvestorRequests.individual());
        checkpoints.sealPending();
        long head = head();

        List<Map<String, Object>> listed =
                given().auth()
                        .oauth2(TestTokens.auditor())
                        .get("/audit/checkpoints")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("$");
        Map<String, Object> newest = listed.get(listed.size() - 1);
        assertThat(((Number) newest.get("toSequence")).longValue()).isEqualTo(head);

        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization((String) newest.get("jws"));
        X509Certificate seal = jws.getCertificateChainHeaderValue().get(0);
        seal.verify(TestPki.AUTHORITY.certificate().getPublicKey());
        jws.setKey(seal.getPublicKey());
        assertThat(jws.verifySignature()).isTrue();
        JsonPath payload = JsonPath.from(jws.getPayload());
        assertThat(payload.getString("toSequence")).isEqualTo(Long.toString(head));
        assertThat(payload.getList("hashes")).last().isEqualTo(hashAt(head));
    }

    private void assertBrokenAt(long seq, String fault) {
        JsonPath report = verify();
        assertThat(report.getBoolean("intact")).as(report.prettify()).isFalse();
        assertThat(report.getLong("firstBrokenSequence")).as(report.prettify()).isEqualTo(seq);
        assertThat(report.getString("fault")).as(report.prettify()).isEqualTo(fault);
    }

    private long registerAndFindSeq() {
        var record = InvestorApi.registerIndividual();
        return events("targetId", record.id()).getLong("items[0].seq");
    }

    private String hashAt(long seq) {
        return given().auth()
                .oauth2(TestTokens.auditor())
                .queryParam("size", 500)
                .get("/audit/events")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("items.find { it.seq == " + seq + " }.hash");
    }

    private long head() {
        return verify().getLong("toSequence");
    }

    private static JsonPath verify() {
        return given().auth()
                .oauth2(TestTokens.auditor())
                .get("/audit/chain/verification")
                .then()
                .statusCode(200)
                .body("service", equalTo("investor-service"))
                .extract()
                .jsonPath();
    }

    private static JsonPath events(String filter, String value) {
        return given().auth()
                .oauth2(TestTokens.auditor())
                .queryParam(filter, value)
                .get("/audit/events")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
