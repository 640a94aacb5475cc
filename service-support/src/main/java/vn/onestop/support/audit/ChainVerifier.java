package vn.onestop.support.audit;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Walks chain links in sequence order and stops at the first fault. It needs no database, so the
 * service and an offline check of an export run the very same code.
 *
 * <p>Each link is judged when the next one arrives, because a swapped pair is recognisable only by
 * looking one record ahead: the record in the wrong place names its successor as predecessor.
 */
public final class ChainVerifier {

    private final String service;
    private final long from;
    private final Deque<Checkpoint> checkpoints;
    private long expectedSeq;
    private String expectedPrev;
    private ChainLink pending;
    private AuditRecord pendingRecord;
    private long checked;
    private int checkpointsChecked;
    private Long brokenAt;
    private ChainFault fault;
    private String detail;

    /**
     * @param from the first sequence number to check
     * @param prevHash the chain hash of record {@code from - 1} ({@link AuditRecord#GENESIS} for 1)
     * @param checkpoints verified checkpoints overlapping the range, in sequence order
     */
    public ChainVerifier(String service, long from, String prevHash, List<Checkpoint> checkpoints) {
        this.service = service;
        this.from = from;
        this.expectedSeq = from;
        this.expectedPrev = prevHash;
        this.checkpoints = new ArrayDeque<>(checkpoints);
    }

    /** A record whose content is at hand: its content hash is recomputed too. */
    public boolean accept(AuditRecord record) {
        return accept(record.link(), record);
    }

    /** A link only (another case's record in an export): its content hash is taken as stored. */
    public boolean accept(ChainLink link) {
        return accept(link, null);
    }

    private boolean accept(ChainLink link, AuditRecord record) {
        if (!walking()) {
            return false;
        }
        if (pending != null) {
            judge(pending, pendingRecord, link);
        }
        pending = link;
        pendingRecord = record;
        return walking();
    }

    /** Whether the walk has not yet reached the first fault found (by it or reported to it). */
    private boolean walking() {
        return brokenAt == null || expectedSeq < brokenAt;
    }

    /**
     * Records a fault found outside the walk (unchained rows, a broken checkpoint seal). The walk
     * goes on up to it, as an earlier fault would be the one to report.
     */
    public void fail(long seq, ChainFault cause, String why) {
        if (brokenAt == null || seq < brokenAt) {
            brokenAt = seq;
            fault = cause;
            detail = why;
        }
    }

    /**
     * Ends the walk at {@code lastSeq}, the sequence number the range should end with: the end of
     * the requested range, or for the whole chain the furthest of the chain head and the sealed
     * checkpoints.
     */
    public ChainReport finish(long lastSeq) {
        if (walking() && pending != null) {
            judge(pending, pendingRecord, null);
        }
        if (walking() && expectedSeq <= lastSeq) {
            fail(
                    expectedSeq,
                    ChainFault.TRUNCATED,
                    "The chain ends at " + (expectedSeq - 1) + " but should reach " + lastSeq);
        }
        return new ChainReport(
                service,
                brokenAt == null,
                from,
                Math.max(from - 1, expectedSeq - 1),
                checked,
                checkpointsChecked,
                brokenAt,
                fault,
                detail,
                Instant.now());
    }

    private void judge(ChainLink link, AuditRecord record, ChainLink next) {
        long seq = expectedSeq;
        if (link.seq() > seq) {
            fail(seq, ChainFault.GAP, "Record " + seq + " is missing; the next is " + link.seq());
            return;
        }
        if (link.seq() < seq) {
            fail(seq, ChainFault.REORDERED, "Record " + link.seq() + " appears again at " + seq);
            return;
        }
        if (!expectedPrev.equals(link.prevHash())) {
            if (next != null && next.hash() != null && next.hash().equals(link.prevHash())) {
                fail(
                        seq,
                        ChainFault.REORDERED,
                        "Record " + seq + " follows the record now numbered " + next.seq());
            } else {
                fail(
                        seq,
                        ChainFault.LINK_BROKEN,
                        "Record " + seq + " does not name record " + (seq - 1) + " as predecessor");
            }
            return;
        }
        if (record != null && !record.computeContentHash().equals(link.contentHash())) {
            fail(
                    seq,
                    ChainFault.CONTENT_ALTERED,
                    "Record " + seq + " was changed after it was written");
            return;
        }
        if (!AuditRecord.link(expectedPrev, link.contentHash()).equals(link.hash())) {
            fail(seq, ChainFault.HASH_MISMATCH, "Record " + seq + "'s chain hash is not its own");
            return;
        }
        while (!checkpoints.isEmpty() && checkpoints.peek().toSequence() < seq) {
            checkpoints.poll();
        }
        Checkpoint covering = checkpoints.peek();
        if (covering != null && covering.fromSequence() <= seq) {
            if (!covering.hashOf(seq).equals(link.hash())) {
                fail(
                        seq,
                        ChainFault.CHECKPOINT_MISMATCH,
                        "Record "
                                + seq
                                + " differs from what checkpoint "
                                + covering.toSequence()
                                + " sealed at "
                                + covering.sealedAt());
                return;
            }
            if (covering.toSequence() == seq) {
                checkpointsChecked++;
                checkpoints.poll();
            }
        }
        checked++;
        expectedSeq = seq + 1;
        expectedPrev = link.hash();
    }
}
