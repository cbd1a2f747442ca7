package kz.bagalau.org;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import kz.bagalau.security.AccessPolicy;
import kz.bagalau.security.CurrentUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api} for the organisation model. Administrators see every organisation; the HR service
 * of an organisation manages its own; every servant may read their own record and who evaluates them.
 */
@RestController
@RequestMapping("/api")
@Transactional
class OrganisationController {

    private final OrganisationModel model;
    private final Evaluators evaluators;
    private final CurrentUser currentUser;
    private final AccessPolicy policy;

    OrganisationController(OrganisationModel model, Evaluators evaluators, CurrentUser currentUser,
                           AccessPolicy policy) {
        this.model = model;
        this.evaluators = evaluators;
        this.currentUser = currentUser;
        this.policy = policy;
    }

    record Me(String login, List<String> groups, ServantView servant) {}

    record OrganisationView(String code, String nameKk, String nameRu, String timeZone, String firstHead,
                            String authorizedPerson, boolean appealAllowed, List<AdoptionView> editions) {
        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.getCode(), o.getNameKk(), o.getNameRu(), o.getZone().getId(),
                    o.getFirstHead() == null ? null : o.getFirstHead().getLogin(),
                    o.getAuthorizedPerson() == null ? null : o.getAuthorizedPerson().getLogin(), o.isAppealAllowed(),
                    o.getEditions().stream().map(a -> new AdoptionView(a.getEdition().code(), a.getEffectiveFrom(),
                            a.getAct())).toList());
        }
    }

    record AdoptionView(String edition, LocalDate effectiveFrom, String act) {}

    record ServantView(String login, String organisation, String fullNameKk, String fullNameRu, String email,
                       String preferredLanguage, String positionKk, String positionRu, String category,
                       boolean manager, boolean headOfApparatus, boolean hrService, String directSupervisor,
                       String deputy, LocalDate appointedOn, LocalDate probationEndsOn, LocalDate dismissedOn) {
        static ServantView of(Servant s) {
            Position p = s.getPosition();
            return new ServantView(s.getLogin(), s.getOrganisation().getCode(), s.getFullNameKk(), s.getFullNameRu(),
                    s.getEmail(), s.getPreferredLanguage(), p == null ? null : p.getTitleKk(),
                    p == null ? null : p.getTitleRu(),
                    p == null || p.getCategory() == null ? null : p.getCategory().label(), s.isManager(),
                    s.isHeadOfApparatus(), s.isInHrService(),
                    s.getDirectSupervisor() == null ? null : s.getDirectSupervisor().getLogin(),
                    s.getDeputy() == null ? null : s.getDeputy().getLogin(), s.getAppointedOn(),
                    s.getProbationEndsOn(), s.getDismissedOn());
        }
    }

    record EditionOn(String organisation, LocalDate date, String edition) {}

    record AbsenceRequest(@NotNull AbsenceReason reason, @NotNull LocalDate startsOn, @NotNull LocalDate endsOn) {}

    record SanctionRequest(@NotNull SanctionType type, @NotNull LocalDate imposedOn) {}

    record DismissalRequest(@NotNull LocalDate dismissedOn) {}

    @GetMapping("/me")
    Me me() {
        String login = currentUser.id();
        ServantView servant = model.hasServant(login) ? ServantView.of(model.servant(login)) : null;
        return new Me(login, currentUser.groups(), servant);
    }

    @GetMapping("/organisations")
    List<OrganisationView> organisations() {
        return model.organisations().stream().filter(o -> policy.isMember(o.getCode())).map(OrganisationView::of).toList();
    }

    @GetMapping("/organisations/{code}")
    OrganisationView organisation(@PathVariable String code) {
        policy.requireMember(code);
        return OrganisationView.of(model.organisation(code));
    }

    @GetMapping("/organisations/{code}/edition")
    EditionOn edition(@PathVariable String code,
                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        policy.requireMember(code);
        return new EditionOn(code, date, model.editionOn(code, date).code());
    }

    @GetMapping("/organisations/{code}/servants")
    List<ServantView> servants(@PathVariable String code) {
        policy.requireHrOrAdmin(code);
        return model.servants(code).stream().map(ServantView::of).toList();
    }

    @PostMapping("/organisations/{code}/servants")
    @ResponseStatus(HttpStatus.CREATED)
    ServantView hire(@PathVariable String code, @Valid @RequestBody NewServant request) {
        policy.requireHrOrAdmin(code);
        if (!code.equals(request.organisationCode())) {
            throw new kz.bagalau.web.BadRequestException("organisationCode in the body must be '" + code + "'");
        }
        return ServantView.of(model.hire(request));
    }

    @GetMapping("/servants/{login}")
    ServantView servant(@PathVariable String login) {
        policy.requireSelfOrHr(login);
        return ServantView.of(model.servant(login));
    }

    /** Who evaluates the servant on a date: the rule every process uses. */
    @GetMapping("/servants/{login}/evaluator")
    EvaluatorAssignment evaluator(@PathVariable String login,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                  @RequestParam(required = false) String edition) {
        policy.requireSelfOrHr(login);
        return edition == null ? evaluators.whoEvaluates(login, date)
                : evaluators.whoEvaluates(login, Edition.fromCode(edition), date);
    }

    @PostMapping("/servants/{login}/absences")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void absence(@PathVariable String login, @Valid @RequestBody AbsenceRequest request) {
        policy.requireHrOrAdmin(model.servant(login).getOrganisation().getCode());
        model.recordAbsence(login, request.reason(), request.startsOn(), request.endsOn());
    }

    @PostMapping("/servants/{login}/sanctions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void sanction(@PathVariable String login, @Valid @RequestBody SanctionRequest request) {
        policy.requireHrOrAdmin(model.servant(login).getOrganisation().getCode());
        model.recordSanction(login, request.type(), request.imposedOn());
    }

    @PostMapping("/servants/{login}/dismissal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void dismiss(@PathVariable String login, @Valid @RequestBody DismissalRequest request) {
        policy.requireHrOrAdmin(model.servant(login).getOrganisation().getCode());
        model.dismiss(login, request.dismissedOn());
    }
}
