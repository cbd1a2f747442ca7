package kz.bagalau.org;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * What HR enters to add a servant.
 *
 * @param login                   the Camunda user id: latin letters, digits, dot, dash, underscore
 * @param iin                     optional; validated when present ({@link Iin})
 * @param preferredLanguage       {@code kk} or {@code ru}: the language of mails and documents
 * @param positionId              the position held
 * @param directSupervisorLogin   optional: the direct supervisor's login
 * @param probationEndsOn         optional: last day of probation
 */
public record NewServant(
        @NotBlank String organisationCode,
        @NotBlank @Pattern(regexp = "[a-zA-Z0-9._-]{2,64}", message = "must be 2-64 latin letters, digits, '.', '-' or '_'") String login,
        @NotBlank String fullNameKk,
        @NotBlank String fullNameRu,
        String iin,
        @Email String email,
        @Pattern(regexp = "kk|ru", message = "must be kk or ru") String preferredLanguage,
        @NotNull Long positionId,
        String directSupervisorLogin,
        @NotNull LocalDate appointedOn,
        LocalDate probationEndsOn) {
}
