package kz.bagalau.org;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import kz.bagalau.security.CurrentUser;
import kz.bagalau.security.Groups;
import kz.bagalau.web.ForbiddenException;
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

    OrganisationController(OrganisationModel model, Evaluators evaluators, CurrentUser currentUser) {
        this.model = model;
        this.evaluators = evaluators;
        this.currentUser = currentUser;
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
        return model.organisations().stream().filter(o -> canSee(o.getCode())).map(OrganisationView::of).toList();
    }

    @GetMapping("/organisations/{code}")
    OrganisationView organisation(@PathVariable String code) {
        requireSee(code);
        return OrganisationView.of(model.organisation(code));
    }

    @GetMapping("/organisations/{code}/edition")
    EditionOn edition(@PathVariable String code,
                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        requireSee(code);
        return new EditionOn(code, date, model.editionOn(code, date).code());
    }

    @GetMapping("/organisations/{code}/servants")
    List<ServantView> servants(@PathVariable String code) {
        requireManage(code);
        return model.servants(code).stream().map(ServantView::of).toList();
    }

    @PostMapping("/organisations/{code}/servants")
    @ResponseStatus(HttpStatus.CREATED)
    ServantView hire(@PathVariable String code, @Valid @RequestBody NewServant request) {
        requireManage(code);
        if (!code.equals(request.organisationCode())) {
            throw new kz.bagalau.web.BadRequestException("organisationCode in the body must be '" + code + "'");
        }
        return ServantView.of(model.hire(request));
    }

    @GetMapping("/servants/{login}")
    ServantView servant(@PathVariable String login) {
        requireSelfOrManage(login);
        return ServantView.of(model.servant(login));
    }

    /** Who evaluates the servant on a date: the rule every process uses. */
    @GetMapping("/servants/{login}/evaluator")
    EvaluatorAssignment evaluator(@PathVariable String login,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                  @RequestParam(required = false) String edition) {
        requireSelfOrManage(login);
        return edition == null ? evaluators.whoEvaluates(login, date)
                : evaluators.whoEvaluates(login, Edition.fromCode(edition), date);
    }

    @PostMapping("/servants/{login}/absences")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void absence(@PathVariable String login, @Valid @RequestBody AbsenceRequest request) {
        requireManage(model.servant(login).getOrganisation().getCode());
        model.recordAbsence(login, request.reason(), request.startsOn(), request.endsOn());
    }

    @PostMapping("/servants/{login}/sanctions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void sanction(@PathVariable String login, @Valid @RequestBody SanctionRequest request) {
        requireManage(model.servant(login).getOrganisation().getCode());
        model.recordSanction(login, request.type(), request.imposedOn());
    }

    @PostMapping("/servants/{login}/dismissal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void dismiss(@PathVariable String login, @Valid @RequestBody DismissalRequest request) {
        requireManage(model.servant(login).getOrganisation().getCode());
        model.dismiss(login, request.dismissedOn());
    }

    private boolean canSee(String code) {
        return currentUser.isAdmin() || currentUser.inGroup(Groups.organisation(code));
    }

    private void requireSee(String code) {
        model.organisation(code);
        if (!canSee(code)) {
            throw new ForbiddenException("not your organisation");
        }
    }

    private void requireManage(String code) {
        model.organisation(code);
        if (!currentUser.isAdmin() && !currentUser.inGroup(Groups.hr(code))) {
            throw new ForbiddenException("only HR of the organisation");
        }
    }

    private void requireSelfOrManage(String login) {
        Servant s = model.servant(login);
        if (!login.equals(currentUser.id())) {
            requireManage(s.getOrganisation().getCode());
        }
    }
}
