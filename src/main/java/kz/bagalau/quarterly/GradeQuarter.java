package kz.bagalau.quarterly;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;

import kz.bagalau.calendar.WorkingDays;
import kz.bagalau.notification.Notifications;
import kz.bagalau.scorecard.QuarterlyResult;
import kz.bagalau.scorecard.QuarterlyResults;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Service task {@code Task_GradeResult}: the result from all sheets with the cap of DMN
 * {@code disciplinary-cap} and the grade of DMN {@code grade-band} (004 §8), and the deadline of
 * an external acquaintance (004 §10: within the month after the quarter; 003 §11: 2 working days).
 */
@Component("gradeQuarter")
class GradeQuarter implements JavaDelegate {

    private final QuarterlyResults results;
    private final WorkingDays workingDays;
    private final Notifications notifications;

    GradeQuarter(QuarterlyResults results, WorkingDays workingDays, Notifications notifications) {
        this.results = results;
        this.workingDays = workingDays;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        @SuppressWarnings("unchecked")
        Map<String, String> versions = (Map<String, String>) execution.getVariable("decisionVersions");
        QuarterlyResult result = results.grade(QuarterVariables.ref(execution), (String) execution.getVariable("sanction"),
                versions == null ? Map.of() : versions);
        execution.setVariable("averageScore", result.getAverageScore().doubleValue());
        execution.setVariable("finalScore", result.getFinalScore().doubleValue());
        execution.setVariable("grade", result.getGrade().name());
        execution.setVariable("gradeKk", result.getGrade().kazakh());
        execution.setVariable("gradeRu", result.getGrade().russian());
        execution.setVariable("capApplied", result.isCapApplied());
        execution.setVariable("capNote", result.isCapApplied()
                ? "Тоқсандағы тәртіптік жаза балды " + result.getCapMaxScore() + " дейін шектеді / "
                  + "Дисциплинарное взыскание в квартале ограничило балл до " + result.getCapMaxScore()
                : "");
        // The result reaches the servant (004 §10, 003 §11): by e-mail too, recorded as proof.
        notifications.send(QuarterVariables.servant(execution), Notifications.RESULT_AVAILABLE, Map.of(
                "processName", "Тоқсандық бағалау / Квартальная оценка, " + execution.getVariable("periodLabel"),
                "result", result.getFinalScore() + " — " + result.getGrade().kazakh() + " / " + result.getGrade().russian()));
        var gradedAt = ClockUtil.getCurrentTime();
        execution.setVariable("gradedAt", gradedAt);

        String zone = (String) execution.getVariable("timeZone");
        Quarter quarter = QuarterVariables.quarter(execution);
        boolean byMonthEnd = Boolean.TRUE.equals(execution.getVariable("externalWithinMonthAfterQuarter"));
        execution.setVariable("externalAcquaintanceDue", byMonthEnd
                ? workingDays.endOfDay(YearMonth.from(quarter.lastDay()).plusMonths(1).atEndOfMonth(), zone)
                : workingDays.after(gradedAt.toInstant().atZone(ZoneId.of(zone)).toLocalDate(),
                        QuarterVariables.integer(execution, "externalWithinWorkingDays"), zone));
    }
}
