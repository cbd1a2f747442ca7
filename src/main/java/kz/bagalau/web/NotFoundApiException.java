package kz.bagalau.web;

/** A record that does not exist, or that the caller must not learn exists; answered with HTTP 404. */
public class NotFoundApiException extends RuntimeException {

    public NotFoundApiException(String message) {
        super(message);
    }
}
