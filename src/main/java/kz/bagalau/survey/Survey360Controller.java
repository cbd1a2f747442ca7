package kz.bagalau.survey;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import kz.bagalau.org.OrganisationModel;
import kz.bagalau.org.Servant;
import kz.bagalau.security.AccessPolicy;
import kz.bagalau.security.CurrentUser;
import kz.bagalau.security.Groups;
import kz.bagalau.web.BadRequestException;
import kz.bagalau.web.ForbiddenException;
import kz.bagalau.web.NotFoundApiException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/surveys-360} of the yearly 360 survey (003 §33-36). HR starts and steers it; respondents and the
 * servant answer (here or in Tasklist); the report is shown to the servant and the organisation's HR in full and
 * to the direct supervisor as a summary (003 §20, §36) — to anyone else it does not exist (404). No response
 * ever names who answered, or what any one respondent answered.
 */
@RestController
@RequestMapping("/api/surveys-360")
@Transactional
class Survey360Controller {

    private final Surveys360 surveys;
    private final OrganisationModel model;
    private final CurrentUser currentUser;
    private final AccessPolicy policy;

    Survey360Controller(Surveys360 surveys, OrganisationModel model, CurrentUser currentUser, AccessPolicy policy) {
        this.policy = policy;
        this.surveys = surveys;
        this.model = model;
        this.currentUser = currentUser;
    }

    record StartRequest(@NotBlank String organisation, @NotBlank String servant, @NotNull Integer year) {}

    record RatingsRequest(@NotNull Map<String, Object> ratings) {}

    record RespondentsRequest(@NotNull List<String> respondents, String reason) {}

    record CompetencyView(Competency code, String nameKk, String nameRu, String behaviourKk, String behaviourRu) {}

    record Questionnaire(int minRating, int maxRating, List<CompetencyView> competencies) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Surveys360.Started start(@Valid @RequestBody StartRequest request) {
        policy.requireHrOrAdmin(request.organisation());
        return surveys.start(request.organisation(), request.servant(), request.year());
    }

    /** The questionnaire: competencies of heads (12) or of other servants (8), 003 §34, and the scale. */
    @GetMapping("/competencies")
    Questionnaire competencies(@RequestParam(defaultValue = "false") boolean head) {
        return new Questionnaire(Competency.MIN_RATING, Competency.MAX_RATING, Competency.listFor(head).stream()
                .map(c -> new CompetencyView(c, c.nameKk(), c.nameRu(), c.behaviourKk(), c.behaviourRu())).toList());
    }

    /** "n of m answered" for HR and the servant. */
    @GetMapping("/{organisation}/{servant}/{year}")
    Surveys360.Progress progress(@PathVariable String organisation, @PathVariable String servant,
                                 @PathVariable int year) {
        return surveys.progress(organisation, servant, year)
                .filter(p -> servant.equals(currentUser.id()) || isHr(organisation))
                .orElseThrow(() -> notFound(organisation, servant, year));
    }

    /** Who was asked (HR only), with the audit of changes. */
    @GetMapping("/{organisation}/{servant}/{year}/respondents")
    Map<String, Object> respondents(@PathVariable String organisation, @PathVariable String servant,
                                    @PathVariable int year) {
        String key = Surveys360.businessKey(organisation, servant, year);
        if (!isHr(organisation) || surveys.progress(organisation, servant, year).isEmpty()) {
            throw notFound(organisation, servant, year);
        }
        return Map.of("respondents", surveys.respondents(key), "audit", surveys.audit(key));
    }

    /** HR changes the respondents within 3..7 before the first answer (003 §35), with a reason (audited). */
    @PutMapping("/{organisation}/{servant}/{year}/respondents")
    List<String> adjust(@PathVariable String organisation, @PathVariable String servant, @PathVariable int year,
                        @Valid @RequestBody RespondentsRequest request) {
        policy.requireHrOrAdmin(organisation);
        return surveys.adjust(Surveys360.businessKey(organisation, servant, year), request.respondents(),
                request.reason(), currentUser.idOrSystem());
    }

    /** A respondent's anonymous answer; 400 when they are not a respondent or answered already. */
    @PostMapping("/{organisation}/{servant}/{year}/answers")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void answer(@PathVariable String organisation, @PathVariable String servant, @PathVariable int year,
                @Valid @RequestBody RatingsRequest request) {
        String user = requireUser();
        if (user.equals(servant)) {
            throw new BadRequestException("Your own ratings are the self-assessment: POST .../self-assessment");
        }
        surveys.answerAndComplete(Surveys360.businessKey(organisation, servant, year), user, request.ratings());
    }

    @PostMapping("/{organisation}/{servant}/{year}/self-assessment")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void selfAssess(@PathVariable String organisation, @PathVariable String servant, @PathVariable int year,
                    @Valid @RequestBody RatingsRequest request) {
        surveys.selfAssessAndComplete(Surveys360.businessKey(organisation, servant, year), requireUser(),
                request.ratings());
    }

    /** The individual report (003 §36): servant and HR in full, the direct supervisor a summary, others 404. */
    @GetMapping("/{organisation}/{servant}/{year}/report")
    Report360 report(@PathVariable String organisation, @PathVariable String servant, @PathVariable int year) {
        Report360 report = surveys.report(organisation, servant, year)
                .orElseThrow(() -> notFound(organisation, servant, year));
        String user = currentUser.id();
        if (servant.equals(user) || isHr(organisation)) {
            return report;
        }
        if (user != null && isDirectSupervisor(user, servant)) {
            return report.summary();
        }
        throw notFound(organisation, servant, year);
    }

    private boolean isDirectSupervisor(String user, String servant) {
        Servant s = model.servant(servant);
        return s.getDirectSupervisor() != null && s.getDirectSupervisor().getLogin().equals(user);
    }

    private boolean isHr(String organisation) {
        return currentUser.inGroup(Groups.hr(organisation));
    }

    private String requireUser() {
        String user = currentUser.id();
        if (user == null) {
            throw new ForbiddenException("log in to answer");
        }
        return user;
    }

    private static NotFoundApiException notFound(String organisation, String servant, int year) {
        return new NotFoundApiException("No 360 survey " + Surveys360.businessKey(organisation, servant, year)
                + " that you may see");
    }
}
