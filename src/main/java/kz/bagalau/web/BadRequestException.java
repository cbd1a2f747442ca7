package kz.bagalau.web;

/** Bad input that a person can correct; answered with HTTP 400 and the message. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
