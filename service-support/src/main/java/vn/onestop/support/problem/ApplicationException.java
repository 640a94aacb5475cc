package vn.onestop.support.problem;

import java.util.List;

/**
 * A failure the caller can act on. Services throw it; {@code ProblemMapper} turns it into an RFC
 * 9457 response, so business code never picks HTTP statuses by hand.
 */
public class ApplicationException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> fieldErrors;

    public ApplicationException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ApplicationException(ProblemType type, String detail, List<FieldError> fieldErrors) {
        super(detail, null, false, false);
        this.type = type;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static ApplicationException notFound(String what, Object id) {
        return new ApplicationException(ProblemType.NOT_FOUND, what + " " + id + " was not found");
    }

    public static ApplicationException conflict(String detail) {
        return new ApplicationException(ProblemType.CONFLICT, detail);
    }

    public static ApplicationException forbidden(String detail) {
        return new ApplicationException(ProblemType.FORBIDDEN, detail);
    }

    public static ApplicationException unprocessable(String detail) {
        return new ApplicationException(ProblemType.UNPROCESSABLE, detail);
    }

    public static ApplicationException invalid(String field, String message) {
        return new ApplicationException(
                ProblemType.VALIDATION_FAILED,
                "1 field is invalid",
                List.of(new FieldError(field, message)));
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
