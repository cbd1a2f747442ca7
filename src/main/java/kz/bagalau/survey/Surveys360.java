package kz.bagalau.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.bagalau.org.Edition;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.org.Servant;
import kz.bagalau.security.Privileged;
import kz.bagalau.web.BadRequestException;
import kz.bagalau.web.NotFoundApiException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly 360 survey of one servant (process {@code survey-360}, business key
 * {@code <organisation>/360/<servant>/<year>}, 003 §33-36): who is asked, anonymous answers, the
 * self-assessment and the individual report.
 *
 * <p>Anonymity is kept here, on the server: an answer is folded into the survey's {@link SealedTally} and
 * the respondent's row only learns "answered". Nothing in this class logs, returns or stores a rating
 * together with who gave it.
 */
@Service
@Transactional(noRollbackFor = {BadRequestException.class, NotFoundApiException.class})
public class Surveys360 {

    public static final String PROCESS = "survey-360";
    static final String TASK_RESPOND = "Task_Respond";
    static final String TASK_SELF = "Task_SelfAssessment";

    private final OrganisationModel model;
    private final RespondentSelection selection;
    private final Survey360Repository surveys;
    private final SurveyRespondentRepository respondents;
    private final SelfRatingRepository selfRatings;
    private final SurveyAuditRepository audits;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final String sealingKey;

    Surveys360(OrganisationModel model, RespondentSelection selection, Survey360Repository surveys,
               SurveyRespondentRepository respondents, SelfRatingRepository selfRatings, SurveyAuditRepository audits,
               RuntimeService runtimeService, TaskService taskService, IdentityService identityService,
               @Value("${bagalau.survey.sealing-key}") String sealingKey) {
        this.model = model;
        this.selection = selection;
        this.surveys = surveys;
        this.respondents = respondents;
        this.selfRatings = selfRatings;
        this.audits = audits;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.sealingKey = sealingKey;
    }

    public record Started(String processInstanceId, String businessKey) {}

    /** "n of m answered" — never who. */
    public record Progress(String survey, String status, int answered, int of, boolean selfAssessed) {}

    public static String businessKey(String organisation, String servant, int year) {
        return organisation + "/360/" + servant + "/" + year;
    }

    /**
     * Starts the servant's survey for a reporting year; refused (400) when the organisation does not run
     * KZ-2023 at the end of that year, the servant is not a corps B servant there, or it was started already.
     */
    public Started start(String organisation, String servantLogin, int year) {
        if (year < 2000 || year > 2100) {
            throw new BadRequestException("Year " + year + " is out of range");
        }
        Servant servant = model.servant(servantLogin);
        if (!servant.getOrganisation().getCode().equals(organisation)) {
            throw new BadRequestException("'" + servantLogin + "' does not work in " + organisation);
        }
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        Edition edition = model.editionOn(organisation, yearEnd);
        if (edition != Edition.KZ_2023) {
            throw new BadRequestException("Organisation '" + organisation + "' runs " + edition.code() + " on "
                    + yearEnd + ": the yearly 360 survey belongs to edition KZ-2023 (003 §33) only");
        }
        if (!RespondentSelection.isCorpsB(servant)) {
            throw new BadRequestException("'" + servantLogin + "' holds a political post: the 360 survey is for "
                    + "corps B servants (003 §33)");
        }
        String key = businessKey(organisation, servantLogin, year);
        if (surveys.findByBusinessKey(key).isPresent()) {
            throw new BadRequestException("The 360 survey " + key + " was started already");
        }
        Survey360 survey = surveys.save(new Survey360(key, organisation, servantLogin, year, servant.isManager(),
                now()));
        Map<String, Object> variables = new HashMap<>();
        variables.put("organisation", organisation);
        variables.put("servant", servantLogin);
        variables.put("servantName", servant.getFullNameKk() + " / " + servant.getFullNameRu());
        variables.put("year", year);
        variables.put("head", servant.isManager());
        variables.put("timeZone", servant.getOrganisation().getZone().getId());
        variables.put("respondForm", servant.isManager() ? "survey-360-respond-head" : "survey-360-respond");
        variables.put("selfForm", servant.isManager() ? "survey-360-self-head" : "survey-360-self");
        String id = Privileged.call(identityService,
                () -> runtimeService.startProcessInstanceByKey(PROCESS, key, variables).getId());
        survey.setProcessInstanceId(id);
        return new Started(id, key);
    }

    /** The system's proposal of respondents (003 §35), recorded; the questionnaire opens when there are enough. */
    public RespondentSelection.Proposal select(String key) {
        Survey360 survey = survey(key);
        RespondentSelection.Proposal proposal = selection.propose(survey.getServantLogin(), today(survey));
        replaceRespondents(survey, proposal.respondents());
        survey.setSelectionProblem(proposal.problem());
        if (proposal.enough()) {
            survey.setStatus(Survey360.Status.OPEN);
        }
        audit(survey, "system", "SELECTED", String.join(", ", proposal.logins())
                + (proposal.enough() ? "" : " — " + proposal.problem()));
        return proposal;
    }

    /** HR's decision when the rule found fewer than 3: go on with respondents HR names, or do not hold it. */
    public List<String> decide(String key, boolean proceed, List<String> logins, String reason, String actor) {
        Survey360 survey = survey(key);
        if (survey.getStatus() != Survey360.Status.SELECTING) {
            throw new BadRequestException("The respondents of " + key + " were decided already");
        }
        if (reason == null || reason.isBlank()) {
            throw new BadRequestException("Give the reason of the decision");
        }
        if (!proceed) {
            survey.setStatus(Survey360.Status.NOT_HELD);
            survey.setNotHeldReason(reason);
            audit(survey, actor, "NOT_HELD", reason);
            return List.of();
        }
        List<RespondentSelection.Respondent> chosen = selection.adjusted(survey.getServantLogin(), logins,
                today(survey));
        replaceRespondents(survey, chosen);
        survey.setStatus(Survey360.Status.OPEN);
        audit(survey, actor, "CHOSEN_BY_HR", names(chosen) + " — " + reason);
        return chosen.stream().map(RespondentSelection.Respondent::login).toList();
    }

    /**
     * HR adjusts the respondents of an open survey within 3..7 (003 §35), audited, while nobody has answered:
     * after the first answer a change could tell HR something about who answered what.
     */
    public List<String> adjust(String key, List<String> logins, String reason, String actor) {
        Survey360 survey = lockedSurvey(key);
        if (survey.getStatus() != Survey360.Status.OPEN) {
            throw new BadRequestException("The questionnaire of " + key + " is not open");
        }
        if (survey.getAnsweredCount() > 0) {
            throw new BadRequestException("Respondents can be changed only before the first answer");
        }
        if (reason == null || reason.isBlank()) {
            throw new BadRequestException("Give the reason for changing the respondents");
        }
        List<RespondentSelection.Respondent> chosen = selection.adjusted(survey.getServantLogin(), logins,
                today(survey));
        replaceRespondents(survey, chosen);
        List<String> ids = chosen.stream().map(RespondentSelection.Respondent::login).toList();
        Privileged.run(identityService, () -> runtimeService
                .createProcessInstanceModification(survey.getProcessInstanceId())
                .cancelAllForActivity(TASK_RESPOND + "#multiInstanceBody")
                .startBeforeActivity(TASK_RESPOND + "#multiInstanceBody")
                .setVariable("respondents", ids)
                .execute(true, true));
        audit(survey, actor, "ADJUSTED", names(chosen) + " — " + reason);
        return ids;
    }

    /**
     * One respondent's answer: refused (400) unless the survey is open, they are one of its respondents and
     * have not answered yet. The ratings go into the sealed tally; the respondent's row only learns "answered".
     */
    public void answer(String key, String respondent, Map<Competency, Integer> ratings) {
        Survey360 survey = lockedSurvey(key);
        if (survey.getStatus() != Survey360.Status.OPEN) {
            throw new BadRequestException("The questionnaire of " + key + " is not open");
        }
        SurveyRespondent row = respondents.findBySurveyIdAndRespondentLogin(survey.getId(), respondent)
                .orElseThrow(() -> new BadRequestException("You are not a respondent of " + key));
        if (row.isAnswered()) {
            throw new BadRequestException("You have answered about " + survey.getServantLogin() + " already");
        }
        SealedTally tally = SealedTally.open(survey.getSealedTally(), sealingKey);
        survey.recordAnswer(tally.plus(Ratings.asArray(ratings)).seal(sealingKey));
        row.markAnswered();
    }

    /**
     * The same, and the respondent's task completed with no variables (answers through {@code /api}). A refusal
     * rolls the whole back: an answer is stored only with its task completed.
     */
    @Transactional
    public void answerAndComplete(String key, String respondent, Map<String, ?> byCode) {
        Survey360 survey = survey(key);
        answer(key, respondent, Ratings.check(byCode, survey.isHead()));
        completeTask(survey, TASK_RESPOND, respondent);
    }

    /** Refuses a completed respondent task that carried no answer and was not answered through {@code /api}. */
    void requireAnswered(String key, String respondent) {
        Survey360 survey = survey(key);
        boolean answered = respondents.findBySurveyIdAndRespondentLogin(survey.getId(), respondent)
                .map(SurveyRespondent::isAnswered).orElse(false);
        if (!answered) {
            throw new BadRequestException("Rate every competency before completing the questionnaire");
        }
    }

    /** The servant's self-assessment (003 §18, §35): once, while the questionnaire is open; never counted. */
    public void selfAssess(String key, String servant, Map<Competency, Integer> ratings) {
        Survey360 survey = lockedSurvey(key);
        if (!survey.getServantLogin().equals(servant)) {
            throw new BadRequestException("Only " + survey.getServantLogin() + " assesses themself in " + key);
        }
        if (survey.getStatus() != Survey360.Status.OPEN) {
            throw new BadRequestException("The questionnaire of " + key + " is not open");
        }
        if (!selfRatings.findBySurveyId(survey.getId()).isEmpty()) {
            throw new BadRequestException("The self-assessment of " + key + " was made already");
        }
        ratings.forEach((c, r) -> selfRatings.save(new SelfRating(survey.getId(), c, r)));
    }

    @Transactional
    public void selfAssessAndComplete(String key, String servant, Map<String, ?> byCode) {
        Survey360 survey = survey(key);
        selfAssess(key, servant, Ratings.check(byCode, survey.isHead()));
        completeTask(survey, TASK_SELF, servant);
    }

    void requireSelfAssessed(String key) {
        if (selfRatings.findBySurveyId(survey(key).getId()).isEmpty()) {
            throw new BadRequestException("Rate every competency before completing the self-assessment");
        }
    }

    /** The questionnaire closes (everyone answered or the deadline passed); the report can be read. */
    public Report360 close(String key) {
        Survey360 survey = lockedSurvey(key);
        survey.setStatus(Survey360.Status.CLOSED);
        audit(survey, "system", "CLOSED", survey.getAnsweredCount() + " of "
                + respondents.findBySurveyIdOrderByRespondentLogin(survey.getId()).size() + " answered");
        return report(survey);
    }

    /** HR gave feedback on the results (003 §36); recorded in the audit. */
    public void recordFeedback(String key, String notes, String actor) {
        audit(survey(key), actor, "FEEDBACK_GIVEN", notes);
    }

    @Transactional(readOnly = true, noRollbackFor = {BadRequestException.class, NotFoundApiException.class})
    public Optional<Report360> report(String organisation, String servant, int year) {
        return surveys.findByBusinessKey(businessKey(organisation, servant, year)).map(this::report);
    }

    /**
     * The report as an official copy needs it (docs/documents.md): whether HR decided the survey is not held and
     * why, and {@code finalAt} — when the questionnaire closed or HR decided it is not held, the moment after which
     * the report cannot change; {@code null} while the survey is open (there is no report yet).
     */
    public record ReportRecord(Report360 report, boolean notHeld, String notHeldReason, Instant finalAt) {}

    @Transactional(readOnly = true, noRollbackFor = {BadRequestException.class, NotFoundApiException.class})
    public Optional<ReportRecord> reportRecord(String organisation, String servant, int year) {
        return surveys.findByBusinessKey(businessKey(organisation, servant, year)).map(s -> {
            boolean notHeld = s.getStatus() == Survey360.Status.NOT_HELD;
            Instant finalAt = notHeld || s.getStatus() == Survey360.Status.CLOSED
                    ? audits.findBySurveyIdOrderByRecordedAt(s.getId()).stream()
                            .filter(a -> a.getAction().equals(notHeld ? "NOT_HELD" : "CLOSED"))
                            .map(SurveyAudit::getRecordedAt).reduce((first, last) -> last).orElse(null)
                    : null;
            return new ReportRecord(report(s), notHeld, s.getNotHeldReason(), finalAt);
        });
    }

    @Transactional(readOnly = true, noRollbackFor = {BadRequestException.class, NotFoundApiException.class})
    public Optional<Progress> progress(String organisation, String servant, int year) {
        return surveys.findByBusinessKey(businessKey(organisation, servant, year)).map(s -> new Progress(
                s.getBusinessKey(), s.getStatus().name(), s.getAnsweredCount(),
                respondents.findBySurveyIdOrderByRespondentLogin(s.getId()).size(),
                !selfRatings.findBySurveyId(s.getId()).isEmpty()));
    }

    /** Who was asked and how they relate to the servant (for HR), without whether or what they answered. */
    @Transactional(readOnly = true, noRollbackFor = {BadRequestException.class, NotFoundApiException.class})
    public List<RespondentSelection.Respondent> respondents(String key) {
        return respondents.findBySurveyIdOrderByRespondentLogin(survey(key).getId()).stream()
                .map(r -> new RespondentSelection.Respondent(r.getRespondentLogin(), r.getRelation())).toList();
    }

    /** Respondents who have not answered yet: whom a reminder goes to (each reminded alone). */
    @Transactional(readOnly = true, noRollbackFor = {BadRequestException.class, NotFoundApiException.class})
    public List<String> notAnswered(String key) {
        return respondents.findBySurveyIdOrderByRespondentLogin(survey(key).getId()).stream()
                .filter(r -> !r.isAnswered()).map(SurveyRespondent::getRespondentLogin).toList();
    }

    public record AuditEntry(String actor, String action, String detail, Instant at) {}

    @Transactional(readOnly = true, noRollbackFor = {BadRequestException.class, NotFoundApiException.class})
    public List<AuditEntry> audit(String key) {
        return audits.findBySurveyIdOrderByRecordedAt(survey(key).getId()).stream()
                .map(a -> new AuditEntry(a.getActor(), a.getAction(), a.getDetail(), a.getRecordedAt())).toList();
    }

    private Report360 report(Survey360 survey) {
        int asked = respondents.findBySurveyIdOrderByRespondentLogin(survey.getId()).size();
        if (survey.getStatus() == Survey360.Status.NOT_HELD) {
            return Report360.withheld(survey, asked, "Not held: " + survey.getNotHeldReason());
        }
        if (survey.getStatus() != Survey360.Status.CLOSED) {
            // Partial results would let a reader see each new answer arrive.
            return Report360.withheld(survey, asked, "The questionnaire is still open");
        }
        if (survey.getAnsweredCount() < Report360.MIN_ANSWERS) {
            return Report360.withheld(survey, asked, "Only " + survey.getAnsweredCount() + " respondent(s) answered; "
                    + "results are shown when at least " + Report360.MIN_ANSWERS + " did");
        }
        Map<Competency, Integer> self = new EnumMap<>(Competency.class);
        selfRatings.findBySurveyId(survey.getId()).forEach(r -> self.put(r.getCompetency(), r.getRating()));
        return Report360.of(survey, asked, SealedTally.open(survey.getSealedTally(), sealingKey), self);
    }

    private void completeTask(Survey360 survey, String taskKey, String assignee) {
        Task task = taskService.createTaskQuery().processInstanceId(survey.getProcessInstanceId())
                .taskDefinitionKey(taskKey).taskAssignee(assignee).singleResult();
        if (task == null) {
            throw new BadRequestException("No open questionnaire task of yours in " + survey.getBusinessKey());
        }
        Privileged.run(identityService, () -> taskService.complete(task.getId()));
    }

    private void replaceRespondents(Survey360 survey, List<RespondentSelection.Respondent> chosen) {
        respondents.deleteBySurveyId(survey.getId());
        respondents.flush();
        chosen.forEach(r -> respondents.save(new SurveyRespondent(survey.getId(), r.login(), r.relation())));
    }

    private void audit(Survey360 survey, String actor, String action, String detail) {
        audits.save(new SurveyAudit(survey.getId(), actor, action, detail, now()));
    }

    private static String names(List<RespondentSelection.Respondent> chosen) {
        return String.join(", ", chosen.stream().map(RespondentSelection.Respondent::login).toList());
    }

    Survey360 survey(String key) {
        return surveys.findByBusinessKey(key).orElseThrow(() -> new NotFoundApiException("No 360 survey " + key));
    }

    private Survey360 lockedSurvey(String key) {
        return surveys.lockByBusinessKey(key).orElseThrow(() -> new NotFoundApiException("No 360 survey " + key));
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private LocalDate today(Survey360 survey) {
        return LocalDate.ofInstant(now(), model.organisation(survey.getOrganisationCode()).getZone());
    }
}
