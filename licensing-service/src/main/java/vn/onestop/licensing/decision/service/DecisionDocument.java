package vn.onestop.licensing.decision.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.onestop.support.json.CanonicalJson;

/**
 * What an official signs: the decision on one task of one case, bound to the dossier version it was
 * made on and to the case's previous decision. Its RFC 8785 form is the exact byte sequence the
 * detached JWS covers; every value is a string, so no number is reformatted by canonicalization.
 */
public record DecisionDocument(
        String caseReference,
        String taskId,
        String stage,
        String outcome,
        String comment,
        List<Reason> reasons,
        List<String> agencies,
        String dossierHash,
        String previousDecisionHash,
        String officialIssuer,
        String officialSubject,
        Instant decidedAt) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Identifies the layout, so a later version can be told apart. */
    public static final String TYPE = "urn:onestop:decision:v1";

    /** Why, about which document. */
    public record Reason(String document, String reason) {}

    public DecisionDocument {
        comment = comment == null ? "" : comment;
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
        previousDecisionHash = previousDecisionHash == null ? "" : previousDecisionHash;
        // Millisecond precision keeps the text form identical after a round trip through clients.
        decidedAt = decidedAt.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The document as a JSON tree, in a readable order (canonicalization sorts it anyway). */
    public Map<String, Object> content() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("type", TYPE);
        content.put("caseReference", caseReference);
        content.put("taskId", taskId);
        content.put("stage", stage);
        content.put("outcome", outcome);
        content.put("comment", comment);
        content.put(
                "reasons",
                reasons.stream()
                        .map(r -> Map.of("document", r.document(), "reason", r.reason()))
                        .toList());
        content.put("agencies", agencies);
        content.put("dossierHash", dossierHash);
        content.put("previousDecisionHash", previousDecisionHash);
        content.put("official", Map.of("issuer", officialIssuer, "subject", officialSubject));
        content.put("decidedAt", decidedAt.toString());
        return content;
    }

    /**
     * Reads a submitted document back. Whether it is the right one for a task is decided by
     * comparing it with the server's own document, not here.
     *
     * @throws ApplicationException 422 when the text is not a decision document
     */
    public static DecisionDocument parse(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (IOException e) {
            throw CertificateValidator.rejected("not-json");
        }
        if (root == null || !TYPE.equals(root.path("type").asText(null))) {
            throw CertificateValidator.rejected("not-a-decision");
        }
        try {
            return new DecisionDocument(
                    text(root, "caseReference"),
                    text(root, "taskId"),
                    text(root, "stage"),
                    text(root, "outcome"),
                    text(root, "comment"),
                    reasons(array(root, "reasons")),
                    strings(array(root, "agencies")),
                    text(root, "dossierHash"),
                    text(root, "previousDecisionHash"),
                    text(root.path("official"), "issuer"),
                    text(root.path("official"), "subject"),
                    Instant.parse(text(root, "decidedAt")));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw CertificateValidator.rejected("malformed", e.getMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual()) {
            throw new IllegalArgumentException(field + " must be a string");
        }
        return value.asText();
    }

    private static JsonNode array(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isArray()) {
            throw new IllegalArgumentException(field + " must be a list");
        }
        return value;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                throw new IllegalArgumentException("agencies must be strings");
            }
            values.add(item.asText());
        }
        return values;
    }

    private static List<Reason> reasons(JsonNode array) {
        List<Reason> values = new ArrayList<>();
        for (JsonNode item : array) {
            values.add(new Reason(text(item, "document"), text(item, "reason")));
        }
        return values;
    }

    /** The bytes (as UTF-8 text) that are signed. */
    public String canonical() {
        return CanonicalJson.of(content());
    }

    public String hash() {
        return CanonicalJson.sha256(canonical());
    }
}
