package kz.bagalau.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import kz.bagalau.org.Edition;
import kz.bagalau.org.Evaluators;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.org.Servant;
import kz.bagalau.security.Privileged;
import kz.bagalau.web.BadRequestException;
import kz.bagalau.web.NotFoundApiException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the yearly processes of editions KZ-2018 / KZ-2023T for one servant: {@code work-plan-approval}
 * (000 §9-16) and {@code kpi-evaluation} (000 §17-28), business key {@code <organisation>/<servant>/<year>},
 * each once per servant and year.
 */
@Service
// A refusal is an answer: callers that start many processes go on with the next one.
@Transactional(noRollbackFor = {BadRequestException.class, NotFoundApiException.class})
public class YearlyKpiEvaluations {

    public static final String WORK_PLAN_APPROVAL = "work-plan-approval";
    public static final String KPI_EVALUATION = "kpi-evaluation";

    private final OrganisationModel model;
    private final Evaluators evaluators;
    private final WorkPlans plans;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final IdentityService identityService;

    YearlyKpiEvaluations(OrganisationModel model, Evaluators evaluators, WorkPlans plans, RuntimeService runtimeService,
                         HistoryService historyService, IdentityService identityService) {
        this.model = model;
        this.evaluators = evaluators;
        this.plans = plans;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.identityService = identityService;
    }

    /** The started instance, with its business key. */
    public record Started(String processInstanceId, String businessKey) {}

    /** Opens the servant's individual work plan for the year; the direct supervisor drafts it (000 §9). */
    public Started startWorkPlan(String organisationCode, String servantLogin, int year) {
        Servant servant = servantOf(organisationCode, servantLogin);
        LocalDate periodStart = periodStart(servant, year);
        Edition edition = yearlyEdition(model, organisationCode, periodStart);
        evaluators.whoEvaluates(servantLogin, edition, assignmentDay(servant, year));
        String businessKey = businessKey(organisationCode, servantLogin, year);
        refuseSecondStart(WORK_PLAN_APPROVAL, businessKey, "work plan");
        return start(WORK_PLAN_APPROVAL, businessKey, variables(organisationCode, servantLogin, year));
    }

    /**
     * Starts the yearly KPI evaluation of an approved plan (000 §17-28).
     *
     * @param evaluatedOn the day the evaluation looks at (absence, probation, months in the position); {@code null}
     *                    for today, but not before the year's last day
     */
    public Started startKpiEvaluation(String organisationCode, String servantLogin, int year, LocalDate evaluatedOn) {
        servantOf(organisationCode, servantLogin);
        WorkPlan plan = plans.find(servantLogin, year).orElseThrow(() -> new BadRequestException("'" + servantLogin
                + "' has no individual work plan for " + year + ": start work-plan-approval first (000 §9)"));
        plan.approvedKpis();
        String businessKey = businessKey(organisationCode, servantLogin, year);
        refuseSecondStart(KPI_EVALUATION, businessKey, "KPI evaluation");
        Map<String, Object> variables = variables(organisationCode, servantLogin, year);
        variables.put("planId", plan.getId());
        if (evaluatedOn != null) {
            variables.put("evaluatedOn", evaluatedOn.toString());
        }
        return start(KPI_EVALUATION, businessKey, variables);
    }

    public static String businessKey(String organisationCode, String servantLogin, int year) {
        return organisationCode + "/" + servantLogin + "/" + year;
    }

    /** Whether the process was ever started with the key; asked as the system, since HR may not read the history. */
    public boolean exists(String processKey, String businessKey) {
        return Privileged.call(identityService, () -> historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(processKey).processInstanceBusinessKey(businessKey).count() > 0);
    }

    /** The yearly edition the organisation runs on the day; 400 for a quarterly edition. */
    static Edition yearlyEdition(OrganisationModel model, String organisationCode, LocalDate on) {
        Edition edition = model.editionOn(organisationCode, on);
        if (!edition.isYearlyCommission()) {
            throw new BadRequestException("Organisation '" + organisationCode + "' runs " + edition.code() + " on " + on
                    + ": its servants are evaluated quarterly, without an individual work plan of 5 KPIs");
        }
        return edition;
    }

    /** The evaluation period is the year (000 §18); for a servant appointed during it, from the appointment. */
    static LocalDate periodStart(Servant servant, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate appointed = servant.getAppointedOn();
        return appointed != null && appointed.isAfter(first) && appointed.getYear() == year ? appointed : first;
    }

    /** The day whose supervisors (and their deputies) draft and approve: today, kept within the year. */
    static LocalDate assignmentDay(Servant servant, int year) {
        ZoneId zone = servant.getOrganisation().getZone();
        LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
        LocalDate start = periodStart(servant, year);
        LocalDate end = LocalDate.of(year, 12, 31);
        return today.isBefore(start) ? start : today.isAfter(end) ? end : today;
    }

    private Servant servantOf(String organisationCode, String servantLogin) {
        model.organisation(organisationCode);
        Servant servant = model.servant(servantLogin);
        if (!servant.getOrganisation().getCode().equals(organisationCode)) {
            throw new BadRequestException("'" + servantLogin + "' does not work in " + organisationCode);
        }
        return servant;
    }

    private void refuseSecondStart(String processKey, String businessKey, String what) {
        if (exists(processKey, businessKey)) {
            throw new BadRequestException("The " + what + " " + businessKey + " was started already");
        }
    }

    private static Map<String, Object> variables(String organisationCode, String servantLogin, int year) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("organisation", organisationCode);
        variables.put("servant", servantLogin);
        variables.put("year", year);
        return variables;
    }

    private Started start(String processKey, String businessKey, Map<String, Object> variables) {
        // HR asks; the engine starts it as the system, so HR needs no rights on process definitions.
        ProcessInstance instance = Privileged.call(identityService,
                () -> runtimeService.startProcessInstanceByKey(processKey, businessKey, variables));
        return new Started(instance.getId(), businessKey);
    }
}
