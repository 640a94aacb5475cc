package vn.onestop.support.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Re-verifies the stored chain against itself and the sealed checkpoints. */
@ApplicationScoped
public class AuditVerification {

    private final AuditStore store;
    private final AuditSeal seal;
    private final String service;

    AuditVerification(
            AuditStore store,
            AuditSeal seal,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.store = store;
        this.seal = seal;
        this.service = service;
    }

    /**
     * Checks records {@code from..to} (default: the whole chain). Without an upper bound the chain
     * must also reach its head and every checkpoint, and no record may be outside it.
     */
    @Transactional
    public ChainReport verify(Optional<Long> from, Optional<Long> to) {
        AuditStore.Head head = store.head();
        long first = Math.max(1, from.orElse(1L));
        long wholeEnd = Math.max(head.lastSeq(), store.sealedUpTo());
        long last = to.map(t -> Math.min(t, wholeEnd)).orElse(wholeEnd);

        String prev = first == 1 ? AuditRecord.GENESIS : store.hashAt(first - 1).orElse(null);
        List<Checkpoint> checkpoints = new ArrayList<>();
        List<ChainReport> sealFaults = new ArrayList<>();
        for (AuditStore.SealedCheckpoint stored : store.checkpoints(first, last)) {
            try {
                Checkpoint checkpoint = CheckpointSeal.open(stored.jws(), seal.anchor());
                if (checkpoint.fromSequence() != stored.fromSequence()
                        || checkpoint.toSequence() != stored.toSequence()
                        || !checkpoint.service().equals(service)) {
                    throw new CheckpointSeal.InvalidCheckpointException(
                            "its columns do not match its sealed content");
                }
                checkpoints.add(checkpoint);
            } catch (CheckpointSeal.InvalidCheckpointException e) {
                sealFaults.add(
                        fault(
                                Math.max(first, stored.fromSequence()),
                                ChainFault.CHECKPOINT_INVALID,
                                "Checkpoint " + stored.toSequence() + ": " + e.getMessage()));
            }
        }
        ChainVerifier walk =
                new ChainVerifier(
                        service, first, prev == null ? AuditRecord.GENESIS : prev, checkpoints);
        if (prev == null) {
            walk.fail(first - 1, ChainFault.GAP, "Record " + (first - 1) + " is missing");
        }
        sealFaults.forEach(f -> walk.fail(f.firstBrokenSequence(), f.fault(), f.detail()));
        if (to.isEmpty()) {
            List<Long> outside = store.unchained(10);
            if (!outside.isEmpty()) {
                walk.fail(
                        last + 1,
                        ChainFault.UNCHAINED,
                        "Records with id " + outside + " carry no place in the chain");
            }
            if (head.lastSeq() > 0
                    && !store.hashAt(head.lastSeq()).orElse("").equals(head.lastHash())) {
                walk.fail(
                        head.lastSeq(),
                        ChainFault.HASH_MISMATCH,
                        "The chain head names another hash for record " + head.lastSeq());
            }
        }
        store.forEach(first, last, walk::accept);
        return walk.finish(last);
    }

    private ChainReport fault(long seq, ChainFault fault, String detail) {
        return new ChainReport(service, false, seq, seq, 0, 0, seq, fault, detail, null);
    }
}
