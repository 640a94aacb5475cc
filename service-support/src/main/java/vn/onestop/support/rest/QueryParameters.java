package vn.onestop.support.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import vn.onestop.support.problem.ApplicationException;

/** Query parameters JAX-RS would turn into a bare 404 when malformed, read as a 400 instead. */
public final class QueryParameters {

    private QueryParameters() {}

    /**
     * An ISO-8601 instant, or {@code null} when absent.
     *
     * @throws ApplicationException 400 naming {@code field} when the value is not an instant
     */
    public static Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApplicationException.invalid(field, "query.instant");
        }
    }
}
