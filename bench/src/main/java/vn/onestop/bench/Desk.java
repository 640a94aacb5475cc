package vn.onestop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import vn.onestop.signer.DecisionSigner;

/**
 * Officials at work through the API: find the task, fetch the decision document, sign it with the
 * official's demo key (deploy/local/pki) and complete the task; and the investor's side of
 * registration. Signatures are real: the service verifies every one.
 */
final class Desk {

    private final Api api;
    private final Path pki;
    private final Map<String, DecisionSigner> signers = new ConcurrentHashMap<>();
    private final Set<String> registered = ConcurrentHashMap.newKeySet();

    /** Inbox pages the service refused (e.g. a listed task completed meanwhile). */
    final java.util.concurrent.atomic.LongAdder refusedInboxes =
            new java.util.concurrent.atomic.LongAdder();

    Desk(Api api, Path pki) {
        this.api = api;
        this.pki = pki;
    }

    /** Completes the task of {@code stage} on case {@code reference}; the HTTP status. */
    int decide(String official, String reference, String stage, String outcome) {
        String task = null;
        for (int attempt = 0; attempt < 50 && task == null; attempt++) {
            Api.Answer inbox =
                    api.get(
                            "inbox-by-case",
                            official,
                            api.licensing + "/tasks?reference=" + reference + "&stage=" + stage);
            Api.require(inbox, 200);
            JsonNode first = inbox.body().path("items").path(0);
            task = first.isMissingNode() ? null : first.path("id").asText();
        }
        if (task == null) {
            throw new IllegalStateException("No " + stage + " task for " + reference);
        }
        return complete(official, task, outcome);
    }

    /**
     * One turn of an official's task cycle: read the inbox, claim an unclaimed task of the stage
     * (another official may take it first: then try again), decide it. False when none is left.
     */
    boolean cycle(String official, String stage, String outcome) {
        for (int attempt = 0; attempt < 20; attempt++) {
            Api.Answer inbox =
                    api.get(
                            "inbox",
                            official,
                            api.licensing + "/tasks?stage=" + stage + "&size=50");
            if (inbox.status() != 200) {
                refusedInboxes.increment();
                continue;
            }
            List<String> open = new ArrayList<>();
            inbox.body()
                    .path("items")
                    .forEach(
                            item -> {
                                if (item.path("assignee").isMissingNode()
                                        || item.path("assignee").isNull()) {
                                    open.add(item.path("id").asText());
                                }
                            });
            if (open.isEmpty()) {
                return false;
            }
            String task = open.get(ThreadLocalRandom.current().nextInt(open.size()));
            Api.Answer claim =
                    api.post("claim", official, api.licensing + "/tasks/" + task + "/claim", null);
            if (claim.status() == 200 && complete(official, task, outcome) == 204) {
                return true;
            }
        }
        return false;
    }

    private int complete(String official, String task, String outcome) {
        DecisionSigner signer = signer(official);
        Api.Answer document =
                api.post(
                        "decision-document",
                        official,
                        api.licensing + "/tasks/" + task + "/decision-document",
                        Map.of("outcome", outcome, "comment", "Benchmark decision"));
        if (document.status() != 200) {
            // Another official (or thread of the same one) completed it first.
            return document.status();
        }
        String canonical = document.body().path("canonical").asText();
        Api.Answer completion =
                api.post(
                        "complete",
                        official,
                        api.licensing + "/tasks/" + task + "/completion",
                        Map.of("document", canonical, "signature", signer.sign(canonical)));
        return completion.status();
    }

    /** The investor's token owner, registered and verified (once). */
    void ensureVerifiedInvestor(String user) {
        Api.Answer me = api.get("setup", user, api.investor + "/investors/me");
        String id;
        String status;
        if (me.status() == 200) {
            id = me.body().path("id").asText();
            status = me.body().path("status").asText();
        } else {
            Api.Answer created =
                    api.post(
                            "setup",
                            user,
                            api.investor + "/investors",
                            Map.of(
                                    "type",
                                    "INDIVIDUAL",
                                    "legalName",
                                    "Nguyễn Văn " + user,
                                    "country",
                                    "VN",
                                    "identityDocument",
                                    Map.of(
                                            "type", "CITIZEN_ID",
                                            "number", "001200012345",
                                            "issuingCountry", "VN",
                                            "expiresOn", "2035-01-01"),
                                    "registeredAddress",
                                    Map.of(
                                            "street", "1 Tràng Tiền",
                                            "city", "Hà Nội",
                                            "country", "VN"),
                                    "contactEmail",
                                    user + "@example.com",
                                    "contactPhone",
                                    "+84 24 3825 1234"));
            Api.require(created, 201);
            id = created.body().path("id").asText();
            status = created.body().path("status").asText();
        }
        if ("PENDING_VERIFICATION".equals(status)) {
            Api.Answer record = api.get("setup", "reception1", api.investor + "/investors/" + id);
            Api.require(
                    api.post(
                            "setup",
                            "reception1",
                            api.investor + "/investors/" + id + "/verify",
                            null,
                            Map.of("If-Match", record.etag())),
                    200);
        }
    }

    private DecisionSigner signer(String official) {
        DecisionSigner signer = signers.computeIfAbsent(official, this::load);
        if (registered.add(official)) {
            Api.Answer answer =
                    api.post(
                            "setup",
                            official,
                            api.licensing + "/officials/me/certificates",
                            Map.of("certificateChain", signer.x5c()));
            if (answer.status() != 201 && answer.status() != 200) {
                throw new IllegalStateException("certificate refused: " + answer.text());
            }
        }
        return signer;
    }

    private DecisionSigner load(String official) {
        // LOCAL DEMO keystores: the password is the official's name (deploy/local/pki).
        return DecisionSigner.fromPkcs12(pki.resolve(official + ".p12"), official.toCharArray());
    }
}
