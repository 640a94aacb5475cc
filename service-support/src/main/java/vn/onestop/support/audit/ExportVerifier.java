package vn.onestop.support.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a case export with nothing but the file and the authority's certificate, as README.md's
 * "Checking an export offline" describes: each checkpoint's seal, then every link of the exported
 * segment, the case's own records with their content hashes recomputed.
 */
public final class ExportVerifier {

    private ExportVerifier() {}

    /**
     * @param json a mapper that reads {@link AuditRecord} (with the Java time module)
     * @throws CheckpointSeal.InvalidCheckpointException when a seal does not verify to the anchor
     * @throws IllegalArgumentException when one of the case's records is outside the segment
     */
    public static ChainReport verify(JsonNode export, X509Certificate anchor, ObjectMapper json)
            throws JsonProcessingException {
        List<Checkpoint> sealed = new ArrayList<>();
        for (JsonNode jws : export.path("checkpoints")) {
            sealed.add(CheckpointSeal.open(jws.asText(), anchor));
        }
        Map<Long, AuditRecord> own = new HashMap<>();
        for (JsonNode node : export.path("history").path("auditRecords")) {
            AuditRecord record = json.treeToValue(node, AuditRecord.class);
            own.put(record.seq(), record);
        }
        List<ChainLink> segment = new ArrayList<>();
        for (JsonNode node : export.path("chainSegment")) {
            segment.add(json.treeToValue(node, ChainLink.class));
        }
        if (segment.isEmpty()
                || !segment.stream().map(ChainLink::seq).toList().containsAll(own.keySet())) {
            throw new IllegalArgumentException("The export's chain segment misses case records");
        }
        ChainVerifier verifier =
                new ChainVerifier(
                        export.path("service").asText(),
                        segment.get(0).seq(),
                        segment.get(0).prevHash(),
                        sealed);
        for (ChainLink link : segment) {
            AuditRecord record = own.get(link.seq());
            if (record != null) {
                verifier.accept(record);
            } else {
                verifier.accept(link);
            }
        }
        return verifier.finish(segment.get(segment.size() - 1).seq());
    }
}
