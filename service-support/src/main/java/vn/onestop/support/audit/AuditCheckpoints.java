package vn.onestop.support.audit;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals the chain as it grows. Each checkpoint lists the chain hash of every record since the
 * previous one and is signed with the e-seal, so a wholesale rewrite of the table (hashes
 * recomputed and all) no longer matches the checkpoints exported before it.
 *
 * <p>A segment is re-verified before it is sealed: a chain already broken is reported, never
 * signed.
 */
@ApplicationScoped
public class AuditCheckpoints {

    private final AuditStore store;
    private final AuditSeal seal;
    private final AuditConfig config;
    private final String service;
    private final Clock clock;

    AuditCheckpoints(
            AuditStore store,
            AuditSeal seal,
            AuditConfig config,
            @ConfigProperty(name = "quarkus.application.name") String service,
            Clock clock) {
        this.clock = clock;
        this.store = store;
        this.seal = seal;
        this.config = config;
        this.service = service;
    }

    @Scheduled(
            identity = "audit-checkpoint",
            every = "${onestop.audit.checkpoint.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        List<Checkpoint> sealed = sealPending();
        if (!sealed.isEmpty()) {
            Log.infof(
                    "Sealed audit records up to %d in %d checkpoint(s)",
                    sealed.get(sealed.size() - 1).toSequence(), sealed.size());
        }
    }

    /** Seals every record not yet covered by a checkpoint; nothing when the chain is broken. */
    @Transactional
    public List<Checkpoint> sealPending() {
        store.lockCheckpoints();
        long sealedUpTo = store.sealedUpTo();
        long head = store.head().lastSeq();
        List<Checkpoint> sealed = new ArrayList<>();
        while (sealedUpTo < head) {
            long from = sealedUpTo + 1;
            long to = Math.min(head, sealedUpTo + config.checkpoint().maxRecords());
            String prev =
                    from == 1 ? AuditRecord.GENESIS : store.hashAt(from - 1).orElse("missing");
            ChainVerifier verifier = new ChainVerifier(service, from, prev, List.of());
            List<String> hashes = new ArrayList<>();
            store.forEach(
                    from,
                    to,
                    record -> {
                        hashes.add(record.hash());
                        return verifier.accept(record);
                    });
            ChainReport report = verifier.finish(to);
            if (!report.intact()) {
                Log.errorf(
                        "Audit chain broken at %d (%s): not sealed. %s",
                        report.firstBrokenSequence(), report.fault(), report.detail());
                break;
            }
            Checkpoint checkpoint =
                    CheckpointSeal.seal(
                            seal.key(),
                            service,
                            from,
                            to,
                            hashes,
                            clock.instant().truncatedTo(ChronoUnit.MILLIS));
            store.insert(checkpoint);
            sealed.add(checkpoint);
            sealedUpTo = to;
        }
        return sealed;
    }
}
