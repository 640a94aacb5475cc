package vn.onestop.support.audit;

import java.time.Instant;

/**
 * The result of checking the chain from {@code fromSequence} to {@code toSequence}: intact, or the
 * first sequence number where it breaks and why.
 */
public record ChainReport(
        String service,
        boolean intact,
        long fromSequence,
        long toSequence,
        long recordsChecked,
        int checkpointsChecked,
        Long firstBrokenSequence,
        ChainFault fault,
        String detail,
        Instant checkedAt) {}
