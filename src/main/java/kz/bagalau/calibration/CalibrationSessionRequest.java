package kz.bagalau.calibration;

import kz.bagalau.web.BadRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The message end event {@code EndEvent_CalibrationRequested} of {@code quarterly-evaluation}: sends
 * {@value CalibrationSessions#START_MESSAGE}, which starts {@code calibration-session} with business key
 * {@code <organisation>/calibration/<servant>/<year>-Q<n>} in the same transaction as the application.
 * A message rather than a call activity: the quarterly evaluation ends with the application (architecture:
 * "ends when acknowledged and calibration window closed"), and the session lives, versions and is
 * monitored on its own.
 */
@Component("requestCalibrationSession")
class CalibrationSessionRequest implements JavaDelegate {

    private final CalibrationApplications applications;

    CalibrationSessionRequest(CalibrationApplications applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String servant = (String) execution.getVariable("servant");
        int year = ((Number) execution.getVariable("year")).intValue();
        int quarter = ((Number) execution.getVariable("quarter")).intValue();
        CalibrationApplication application = applications.find(servant, year, quarter)
                .orElseThrow(() -> new BadRequestException("No calibration application of " + servant + " for "
                        + year + "-Q" + quarter));
        execution.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(CalibrationSessions.START_MESSAGE)
                .processInstanceBusinessKey(CalibrationSessions.businessKey(application.getOrganisationCode(), servant,
                        year, quarter))
                .setVariable("applicationId", application.getId())
                .setVariable("quarterlyKey", execution.getProcessBusinessKey())
                .correlateStartMessage();
    }
}
