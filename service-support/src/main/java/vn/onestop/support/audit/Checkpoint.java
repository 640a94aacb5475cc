package vn.onestop.support.audit;

import java.time.Instant;
import java.util.List;

/**
 * A sealed statement of the chain: the chain hash of every record from {@code fromSequence} to
 * {@code toSequence}, signed with the authority's e-seal. Listing every hash (not just the head)
 * lets a rewrite be pinned to the first record it changed. {@code jws} is the compact JWS the other
 * fields were read from; it verifies with any JOSE library.
 */
public record Checkpoint(
        String service,
        long fromSequence,
        long toSequence,
        List<String> hashes,
        Instant sealedAt,
        String jws) {

    public Checkpoint {
        hashes = List.copyOf(hashes);
        if (hashes.size() != toSequence - fromSequence + 1) {
            throw new IllegalArgumentException("A checkpoint lists one hash per record");
        }
    }

    public String hashOf(long seq) {
        return hashes.get((int) (seq - fromSequence));
    }

    public String headHash() {
        return hashes.get(hashes.size() - 1);
    }
}
