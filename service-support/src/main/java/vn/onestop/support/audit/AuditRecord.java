package vn.onestop.support.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
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
public record AuditRecord(
        long seq,
        Instant occurredAt,
        String service,
        String eventType,
        String outcome,
        String location,
        String clientId,
        String sourceIp,
        String actorIssuer,
        String actorSubject,
        String actorUsername,
        String actorRoles,
        String targetType,
        String targetId,
        JsonNode details,
        String contentHash,
        String prevHash,
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
