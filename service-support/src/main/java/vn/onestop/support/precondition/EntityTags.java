package vn.onestop.support.precondition;

import java.util.Arrays;
import vn.onestop.support.problem.ApplicationException;
import vn.onestop.support.problem.ProblemType;

/**
 * Optimistic locking over HTTP: a resource's ETag is its version; updates must send it back in
 * {@code If-Match} so that nobody overwrites a change they have not seen.
 */
public final class EntityTags {

    private EntityTags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Checks an {@code If-Match} header against the current version.
     *
     * @throws ApplicationException 428 when the header is missing or is {@code *} (which would skip
     *     the check), 412 when no listed tag matches the current version
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApplicationException(ProblemType.PRECONDITION_REQUIRED, "if-match.missing");
        }
        if (ifMatch.trim().equals("*")) {
            throw new ApplicationException(ProblemType.PRECONDITION_REQUIRED, "if-match.any");
        }
        String current = of(currentVersion);
        boolean matches =
                Arrays.stream(ifMatch.split(",")).map(String::trim).anyMatch(current::equals);
        if (!matches) {
            throw new ApplicationException(
                    ProblemType.PRECONDITION_FAILED, "if-match.stale", ifMatch.trim(), current);
        }
    }
}
