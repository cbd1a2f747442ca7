package kz.bagalau.web;

/** The caller is known but not entitled; answered with HTTP 403 without any detail. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
