package kz.bagalau.calibration;

import java.util.Date;

import kz.bagalau.org.Organisation;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.org.Servant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_OpenSession}: opens the session record on the application and puts into the process what
 * routing, deadlines and forms need — the authorized person, the evaluator, the moment of the application
 * (all deadlines count from it, 004 §20–21) and the composition rule's required members.
 */
@Component("prepareCalibrationSession")
class PrepareCalibrationSession implements JavaDelegate {

    private final CalibrationSessions sessions;
    private final OrganisationModel model;

    PrepareCalibrationSession(CalibrationSessions sessions, OrganisationModel model) {
        this.sessions = sessions;
        this.model = model;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long applicationId = ((Number) execution.getVariable("applicationId")).longValue();
        CalibrationSession s = sessions.open(applicationId, execution.getProcessInstanceId());
        Organisation org = model.organisation(s.getOrganisationCode());
        Servant authorized = org.getAuthorizedPerson() != null ? org.getAuthorizedPerson() : org.getFirstHead();
        Servant servant = model.servant(s.getServantLogin());
        Servant evaluator = model.servant(s.getEvaluatorLogin());
        CalibrationComposition rule = sessions.compositionRule(s.getId());

        execution.setVariable("sessionId", s.getId());
        execution.setVariable("organisation", s.getOrganisationCode());
        execution.setVariable("servant", s.getServantLogin());
        execution.setVariable("year", s.getYear());
        execution.setVariable("quarter", s.getQuarter());
        execution.setVariable("timeZone", org.getZone().getId());
        execution.setVariable("appliedAt", Date.from(s.getAppliedAt()));
        execution.setVariable("authorizedPerson", authorized == null ? null : authorized.getLogin());
        execution.setVariable("evaluator", s.getEvaluatorLogin());
        execution.setVariable("servantName", servant.getFullNameKk() + " / " + servant.getFullNameRu());
        execution.setVariable("evaluatorName", evaluator.getFullNameKk() + " / " + evaluator.getFullNameRu());
        execution.setVariable("periodLabel", s.getYear() + " ж. " + s.getQuarter() + "-тоқсан / " + s.getQuarter()
                + " квартал " + s.getYear() + " г.");
        execution.setVariable("previousScore", s.getPreviousScore().toPlainString());
        execution.setVariable("previousGrade", s.getPreviousGrade().kazakh() + " / " + s.getPreviousGrade().russian());
        execution.setVariable("applicationReason", sessions.applicationReason(s));
        execution.setVariable("compositionNote", "Қатыспайды / Не включаются: " + s.getServantLogin() + ", "
                + String.join(", ", s.excluded()) + "\n\nМіндетті / Обязательно: бағалаушылар / оценивающие лица "
                + (rule.otherEvaluators().isEmpty() ? "—" : String.join(", ", rule.otherEvaluators()))
                + "; ПБҚ қызметкері / работник СУП: " + String.join(" или ", rule.hrEmployees()));
    }
}
