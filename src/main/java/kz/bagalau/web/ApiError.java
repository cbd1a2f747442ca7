package kz.bagalau.web;

import java.time.Instant;
import java.util.List;

/**
 * The one error body of {@code /api}: a message a person understands, and the fields at fault.
 *
 * @param status      HTTP status code
 * @param error       HTTP reason phrase
 * @param message     what went wrong, in words a user can act on
 * @param path        the request path
 * @param fieldErrors the offending fields, empty when the error is not about a field
 */
public record ApiError(Instant timestamp, int status, String error, String message, String path,
                       List<FieldError> fieldErrors) {

    public record FieldError(String field, String message) {}
}
