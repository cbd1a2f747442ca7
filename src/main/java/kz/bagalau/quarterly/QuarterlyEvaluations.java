package kz.bagalau.quarterly;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import kz.bagalau.org.Edition;
import kz.bagalau.org.EvaluationMethod;
import kz.bagalau.org.Evaluators;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.operations.UniqueBusinessKeys;
import kz.bagalau.org.Servant;
import kz.bagalau.scorecard.EvaluationForm;
import kz.bagalau.scorecard.QuarterRef;
import kz.bagalau.scorecard.QuarterlyResult;
import kz.bagalau.scorecard.QuarterlyResults;
import kz.bagalau.security.Privileged;
import kz.bagalau.web.BadRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the quarterly evaluation of one servant (process {@code quarterly-evaluation}, business key
 * {@code <organisation>/<servant>/<year>-Q<n>}), once per servant and quarter, and finds its result.
 */
@Service
// A refusal is an answer: callers that start many evaluations go on with the next one.
@Transactional(noRollbackFor = BadRequestException.class)
public class QuarterlyEvaluations {

    public static final String PROCESS = "quarterly-evaluation";

    private final OrganisationModel model;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final IdentityService identityService;
    private final QuarterlyResults results;
    private final Evaluators evaluators;
    private final UniqueBusinessKeys businessKeys;

    QuarterlyEvaluations(OrganisationModel model, RuntimeService runtimeService, HistoryService historyService,
                         IdentityService identityService, QuarterlyResults results, Evaluators evaluators,
                         UniqueBusinessKeys businessKeys) {
        this.evaluators = evaluators;
        this.businessKeys = businessKeys;
        this.model = model;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.identityService = identityService;
        this.results = results;
    }

    /** The started instance, with its business key. */
    public record Started(String processInstanceId, String businessKey) {}

    /**
     * Starts the evaluation; refused with the reason when the servant is unknown there, the
     * organisation runs a yearly edition, or this quarter was started already.
     *
     * @param evaluatedOn the day the evaluation looks at (absences); {@code null} for today
     */
    public Started start(String organisationCode, String servantLogin, int year, int quarter, LocalDate evaluatedOn) {
        Quarter q;
        try {
            q = new Quarter(year, quarter);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        Servant servant = model.servant(servantLogin);
        if (!servant.getOrganisation().getCode().equals(organisationCode)) {
            throw new BadRequestException("'" + servantLogin + "' does not work in " + organisationCode);
        }
        Edition edition = quarterlyEdition(model, organisationCode, q);
        // Refuse here, before the engine runs, what the first service task would refuse: nobody to evaluate them.
        evaluators.whoEvaluates(servantLogin, edition, evaluatedOn == null ? q.lastDay() : evaluatedOn);
        String businessKey = new QuarterRef(organisationCode, servantLogin, year, quarter).businessKey();
        if (exists(businessKey)) {
            throw new BadRequestException("The evaluation " + businessKey + " was started already");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("organisation", organisationCode);
        variables.put("servant", servantLogin);
        variables.put("year", year);
        variables.put("quarter", quarter);
        if (evaluatedOn != null) {
            variables.put("evaluatedOn", evaluatedOn.toString());
        }
        // HR asks; the engine starts it as the system, so HR needs no rights on process definitions.
        ProcessInstance instance = Privileged.call(identityService,
                () -> runtimeService.startProcessInstanceByKey(PROCESS, businessKey, variables));
        // Two nodes passing the check above at the same moment: the database lets only one of them commit.
        businessKeys.claim(PROCESS, businessKey, instance.getId());
        return new Started(instance.getId(), businessKey);
    }

    /** Whether the evaluation was ever started; asked as the system, since HR may not read the history. */
    public boolean exists(String businessKey) {
        return Privileged.call(identityService, () -> historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(PROCESS).processInstanceBusinessKey(businessKey).count() > 0);
    }

    @Transactional(readOnly = true)
    public Optional<QuarterlyResult> result(String organisationCode, String servantLogin, int year, int quarter) {
        return results.find(new QuarterRef(organisationCode, servantLogin, year, quarter));
    }

    /** The quarterly edition the organisation runs at the end of the quarter; 400 for a yearly edition. */
    static Edition quarterlyEdition(OrganisationModel model, String organisationCode, Quarter quarter) {
        Edition edition = model.editionOn(organisationCode, quarter.lastDay());
        if (edition.isYearlyCommission()) {
            throw new BadRequestException("Organisation '" + organisationCode + "' runs " + edition.code() + " on "
                    + quarter.lastDay() + ": its servants are evaluated yearly by the commission, not quarterly");
        }
        return edition;
    }

    static EvaluationForm formOf(EvaluationMethod method) {
        return switch (method) {
            case MANAGERIAL -> EvaluationForm.MANAGERIAL;
            case NON_MANAGERIAL -> EvaluationForm.NON_MANAGERIAL;
            case RANKING -> EvaluationForm.RANKING;
            case QUARTERLY_KPI -> EvaluationForm.KPI;
            case YEARLY_KPI -> throw new BadRequestException("The yearly KPI method has no quarterly sheet");
        };
    }
}
