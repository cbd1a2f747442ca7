package kz.bagalau.web;

import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Bad input submitted with a user task. The engine's REST API answers this exception type with
 * HTTP 400 ("Cannot submit task form …: reason") for both {@code complete} and {@code submit-form};
 * any other engine exception thrown while completing a task would be a 500. The transaction rolls
 * back, so the task stays open and nothing is lost.
 */
public class InvalidTaskInput extends FormFieldValidationException {

    public InvalidTaskInput(String message) {
        super(null, message);
    }

    /** Runs a task listener's work, turning {@link BadRequestException} and bad arguments into a 400. */
    public static <T> T guard(Supplier<T> work) {
        try {
            return work.get();
        } catch (BadRequestException | IllegalArgumentException e) {
            throw new InvalidTaskInput(e.getMessage());
        }
    }

    public static void guard(Runnable work) {
        guard(() -> {
            work.run();
            return null;
        });
    }
}
