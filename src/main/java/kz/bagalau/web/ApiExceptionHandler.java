package kz.bagalau.web;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.impl.form.FormException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of a Bagalau {@code /api} call into {@link ApiError}: bad input is 400 with
 * the reason, never a 500 with a stack trace.
 */
@RestControllerAdvice(basePackages = "kz.bagalau")
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler({BadRequestException.class, BadUserRequestException.class, NotValidException.class,
            FormException.class, IllegalArgumentException.class, HttpMessageNotReadableException.class})
    ResponseEntity<ApiError> badRequest(Exception e, HttpServletRequest request) {
        String message = e instanceof HttpMessageNotReadableException
                ? "The request body is not valid JSON or has a value of the wrong type" : e.getMessage();
        return error(HttpStatus.BAD_REQUEST, message, request, List.of());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, "Parameter '" + e.getParameterName() + "' is required", request,
                List.of(new ApiError.FieldError(e.getParameterName(), "is required")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String expected = e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName();
        String message = "Parameter '" + e.getName() + "' has an invalid value '" + e.getValue() + "'"
                + (expected.equals("LocalDate") ? " (expected a date as YYYY-MM-DD)" : " (expected " + expected + ")");
        return error(HttpStatus.BAD_REQUEST, message, request, List.of(new ApiError.FieldError(e.getName(), message)));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<ApiError.FieldError> fields = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new ApiError.FieldError(f.getField(), f.getDefaultMessage())).toList();
        return error(HttpStatus.BAD_REQUEST, "Some fields are invalid", request, fields);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ApiError> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        List<ApiError.FieldError> fields = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> new ApiError.FieldError(
                        r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        String message = fields.stream().map(f -> f.field() + " " + f.message()).reduce((a, b) -> a + "; " + b)
                .orElse("Some parameters are invalid");
        return error(HttpStatus.BAD_REQUEST, message, request, fields);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ApiError> constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        List<ApiError.FieldError> fields = e.getConstraintViolations().stream()
                .map(v -> new ApiError.FieldError(v.getPropertyPath().toString(), v.getMessage())).toList();
        return error(HttpStatus.BAD_REQUEST, "Some fields are invalid", request, fields);
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class, NotFoundApiException.class})
    ResponseEntity<ApiError> notFound(Exception e, HttpServletRequest request) {
        return error(HttpStatus.NOT_FOUND, e instanceof NoResourceFoundException ? "No such endpoint" : e.getMessage(),
                request, List.of());
    }

    @ExceptionHandler({AuthorizationException.class, ForbiddenException.class})
    ResponseEntity<ApiError> forbidden(Exception e, HttpServletRequest request) {
        // The engine's message names resources and ids: do not echo it.
        return error(HttpStatus.FORBIDDEN, "You are not allowed to do this", request, List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, e.getMessage(), request, List.of());
    }

    /** Two nodes did the same thing at once (e.g. started one evaluation); the loser's work was rolled back. */
    @ExceptionHandler({DuplicateKeyException.class, ConcurrencyFailureException.class, OptimisticLockingException.class})
    ResponseEntity<ApiError> conflict(Exception e, HttpServletRequest request) {
        return error(HttpStatus.CONFLICT, "Somebody did this at the same moment; reload and check before trying again",
                request, List.of());
    }

    /**
     * The engine wraps a task listener's refusal (ENGINE-03051) when /api code completes a task: answer its reason
     * with 400, by the same rule as /engine-rest ({@link EngineRestConfiguration#refusal}); anything else is
     * unexpected.
     */
    @ExceptionHandler(ProcessEngineException.class)
    ResponseEntity<ApiError> engine(ProcessEngineException e, HttpServletRequest request) {
        String reason = EngineRestConfiguration.refusal(e);
        return reason != null ? error(HttpStatus.BAD_REQUEST, reason, request, List.of()) : unexpected(e, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error; the administrators can find it in the log",
                request, List.of());
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String message, HttpServletRequest request,
                                                  List<ApiError.FieldError> fields) {
        return ResponseEntity.status(status).body(new ApiError(Instant.now(), status.value(),
                status.getReasonPhrase(), message, request.getRequestURI(), fields));
    }
}
