package vn.onestop.support.problem;

import java.util.List;

/**
 * A failure the caller can act on. Services throw it; {@code ProblemMapper} turns it into an RFC
 * 9457 response, so business code never picks HTTP statuses by hand. Its texts are {@link Wording}s
 * of the problem message bundles, worded in the caller's language when answered; the exception's
 * own message is the English one, for logs.
 */
public class ApplicationException extends RuntimeException {

    /** One invalid input and what is wrong with it. */
    public record Invalid(String field, Wording message) {}

    private final ProblemType type;
    private final Wording detail;
    private final List<Invalid> fieldErrors;

    public ApplicationException(ProblemType type, String key, Object... arguments) {
        this(type, Wording.of(key, arguments), List.of());
    }

    public ApplicationException(ProblemType type, Wording detail, List<Invalid> fieldErrors) {
        super(detail.inEnglish(), null, false, false);
        this.type = type;
        this.detail = detail;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    /** {@code thing} names a key {@code not-found.<thing>}, whose text takes the id. */
    public static ApplicationException notFound(String thing, Object id) {
        return new ApplicationException(ProblemType.NOT_FOUND, "not-found." + thing, id);
    }

    public static ApplicationException conflict(String key, Object... arguments) {
        return new ApplicationException(ProblemType.CONFLICT, key, arguments);
    }

    public static ApplicationException forbidden(String key, Object... arguments) {
        return new ApplicationException(ProblemType.FORBIDDEN, key, arguments);
    }

    public static ApplicationException unprocessable(String key, Object... arguments) {
        return new ApplicationException(ProblemType.UNPROCESSABLE, key, arguments);
    }

    public static ApplicationException invalid(String field, String key, Object... arguments) {
        return invalid(List.of(new Invalid(field, Wording.of(key, arguments))));
    }

    /** A 400 listing every invalid field. */
    public static ApplicationException invalid(List<Invalid> fields) {
        return new ApplicationException(
                ProblemType.VALIDATION_FAILED, fieldsInvalid(fields.size()), fields);
    }

    static Wording fieldsInvalid(int count) {
        return count == 1 ? Wording.of("fields-invalid.one") : Wording.of("fields-invalid", count);
    }

    public ProblemType type() {
        return type;
    }

    public Wording detail() {
        return detail;
    }

    public List<Invalid> fieldErrors() {
        return fieldErrors;
    }
}
