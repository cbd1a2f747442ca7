package kz.bagalau.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes {@link InvalidTaskInput} a 400 on {@code /engine-rest}. The engine wraps every exception a task
 * listener throws into a plain ProcessEngineException (ENGINE-03051, {@code TaskEntity.invokeListener}), so
 * the REST API's own check for FormFieldValidationException on {@code complete} and {@code submit-form}
 * never sees it and answers 500. This mapper looks through the causes: a FormFieldValidationException
 * becomes 400 with its message; everything else is answered exactly as Camunda's RestExceptionHandler does.
 */
@Configuration(proxyBeanMethods = false)
class TaskInputErrors {

    @Bean
    ResourceConfigCustomizer taskInputErrorMapper() {
        return config -> config.register(InvalidTaskInputMapper.class);
    }

    /** Ranked before Camunda's RestExceptionHandler (default priority USER = 5000) for the same exception type. */
    @Priority(1000)
    public static class InvalidTaskInputMapper implements ExceptionMapper<RestException> {

        @Override
        public Response toResponse(RestException exception) {
            for (Throwable t = exception; t != null && t.getCause() != t; t = t.getCause()) {
                if (t instanceof FormFieldValidationException invalid) {
                    ExceptionDto dto = ExceptionHandlerHelper.getInstance().fromException(invalid);
                    dto.setType(invalid.getClass().getSimpleName());
                    return Response.status(Response.Status.BAD_REQUEST).entity(dto)
                            .type(MediaType.APPLICATION_JSON_TYPE).build();
                }
            }
            return ExceptionHandlerHelper.getInstance().getResponse(exception);
        }
    }
}
