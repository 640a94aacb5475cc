package vn.onestop.support.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The result of checking the chain from {@code fromSequence} to {@code toSequence}: intact, or the
 * first sequence number where it breaks and why (absent when intact).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
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
