package vn.onestop.support.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.onestop.support.json.CanonicalJson;

/**
 * An audit record as the chain sees it: everything that is hashed, and the hashes. The same type is
 * read from the database, written into exports and read back from them, so the service and an
 * offline verifier hash exactly the same thing.
 *
 * <p>The content hash is the SHA-256 of the RFC 8785 form of {@link #content()}, which includes the
 * sequence number. The chain hash is the SHA-256 of the previous record's chain hash followed by
 * this record's content hash (both as lower-case hex, ASCII); the first record's previous hash is
 * {@link #GENESIS}. A record can therefore be checked against its neighbours by its content hash
 * alone, which lets an export prove a case's records belong to the chain without carrying the other
 * cases' records.
 */
@Schema(name = "AuditRecord", description = "One record of the audit hash chain")
public record AuditRecord(
        @Schema(description = "Position in the chain, from 1", example = "1042") long seq,
        Instant occurredAt,
        @Schema(example = "licensing-service") String service,
        @Schema(example = "TASK_COMPLETED") String eventType,
        @Schema(example = "SUCCESS") String outcome,
        @Schema(description = "Method and endpoint", example = "POST /tasks/{id}/completion")
                String location,
        @Schema(
                        description = "The OAuth client (azp) the call came through",
                        example = "onestop-portal")
                String clientId,
        @Schema(example = "10.20.0.15") String sourceIp,
        @Schema(example = "https://sso.example.vn/realms/licensing") String actorIssuer,
        @Schema(example = "4b7e1a52-8f0c-4d7e-9a33-2c5d6e7f8a90") String actorSubject,
        @Schema(example = "reception1") String actorUsername,
        @Schema(description = "Comma-separated roles", example = "official,reception")
                String actorRoles,
        @Schema(example = "application") String targetType,
        @Schema(example = "6f1c2a4e-8d3b-4f7a-9c21-5e0b7d9a3f10") String targetId,
        @Schema(
                        description = "Event-specific facts: case reference, task, outcome...",
                        example =
                                "{\"reference\": \"HTP-2026-000123\", \"stage\": \"COMPLETENESS_CHECK\"}")
                JsonNode details,
        @Schema(
                        description = "SHA-256 (hex) of the RFC 8785 form of the content",
                        example =
                                "9f2c5e0a7b1d4c3e8f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e")
                String contentHash,
        @Schema(example = "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809")
                String prevHash,
        @Schema(
                        description = "SHA-256 (hex) of prevHash followed by contentHash",
                        example =
                                "7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f")
                String hash) {

    /** The previous hash of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The hashed content: every field except the hashes themselves. */
    public ObjectNode content() {
        ObjectNode node = JSON.createObjectNode();
        node.put("seq", Long.toString(seq));
        node.put("occurredAt", occurredAt.toString());
        node.put("service", service);
        node.put("eventType", eventType);
        node.put("outcome", outcome);
        node.put("where", location);
        ObjectNode source = node.putObject("source");
        source.put("clientId", clientId);
        source.put("ip", sourceIp);
        ObjectNode actor = node.putObject("actor");
        actor.put("issuer", actorIssuer);
        actor.put("subject", actorSubject);
        actor.put("username", actorUsername);
        actor.put("roles", actorRoles);
        ObjectNode object = node.putObject("object");
        object.put("type", targetType);
        object.put("id", targetId);
        node.set("details", details);
        return node;
    }

    /** The content hash this record's content has now (compare with {@link #contentHash()}). */
    public String computeContentHash() {
        try {
            return CanonicalJson.sha256(CanonicalJson.ofText(JSON.writeValueAsString(content())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit content is not writable as JSON", e);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot canonicalize audit content", e);
        }
    }

    /** The chain hash of a record with {@code contentHash} following one with {@code prevHash}. */
    public static String link(String prevHash, String contentHash) {
        return CanonicalJson.sha256(prevHash + contentHash);
    }

    /** This record placed in the chain after {@code prevHash} at {@code position}. */
    public AuditRecord chainedAt(long position, String prevHash) {
        String content = with(position, null, null, null).computeContentHash();
        return with(position, content, prevHash, link(prevHash, content));
    }

    private AuditRecord with(long position, String content, String prev, String chain) {
        return new AuditRecord(
                position,
                occurredAt,
                service,
                eventType,
                outcome,
                location,
                clientId,
                sourceIp,
                actorIssuer,
                actorSubject,
                actorUsername,
                actorRoles,
                targetType,
                targetId,
                details,
                content,
                prev,
                chain);
    }

    /** Only what the chain needs of this record; see {@link ChainLink}. */
    public ChainLink link() {
        return new ChainLink(seq, contentHash, prevHash, hash);
    }
}
