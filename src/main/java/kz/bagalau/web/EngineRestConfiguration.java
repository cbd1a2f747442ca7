package kz.bagalau.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API with one change: input a Bagalau listener or delegate refuses is a 400 with
 * the reason, not a 500. The engine wraps any exception thrown by a task listener into a generic
 * {@code ProcessEngineException}, and its REST layer answers that with 500; these mappers find the
 * refusal in the cause chain. The transaction is rolled back either way, so the task stays open.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestConfiguration {

    @Bean
    ResourceConfigCustomizer refusalsAreBadRequests() {
        return config -> {
            config.register(RestExceptionMapper.class);
            config.register(EngineExceptionMapper.class);
        };
    }

    /** The reason of the first refusal in the cause chain, or {@code null} when there is none. */
    static String refusal(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof BadRequestException || t instanceof FormFieldValidationException
                    || (t instanceof BadUserRequestException && t != e)) {
                return t.getMessage();
            }
        }
        return null;
    }

    static Response badRequest(Throwable e, String reason) {
        ExceptionDto dto = ExceptionHandlerHelper.getInstance().fromException(e);
        dto.setType(InvalidTaskInput.class.getSimpleName());
        dto.setMessage(reason);
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(dto).build();
    }

    @Priority(Priorities.USER - 100)
    public static class RestExceptionMapper implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException e) {
            String reason = refusal(e);
            return reason != null ? badRequest(e, reason) : ExceptionHandlerHelper.getInstance().getResponse(e);
        }
    }

    @Priority(Priorities.USER - 100)
    public static class EngineExceptionMapper implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException e) {
            String reason = refusal(e);
            return reason != null ? badRequest(e, reason) : ExceptionHandlerHelper.getInstance().getResponse(e);
        }
    }
}
