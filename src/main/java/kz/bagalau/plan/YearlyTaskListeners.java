package kz.bagalau.plan;

import java.util.List;

import kz.bagalau.competency.CompetencySheet;
import kz.bagalau.competency.CompetencySheets;
import kz.bagalau.competency.IndicatorSet;
import kz.bagalau.web.BadRequestException;
import kz.bagalau.web.InvalidTaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The completion listeners of {@code work-plan-approval} and {@code kpi-evaluation}. Each maps the submitted
 * variables to a service call; bad input becomes {@link InvalidTaskInput} (HTTP 400 through the engine REST
 * API, the task stays open and nothing is stored).
 */
@Configuration(proxyBeanMethods = false)
class YearlyTaskListeners {

    /** Decisions of the approver on a work plan (000 §10-12). */
    enum PlanDecision { APPROVE, RETURN }

    /** Decisions of the superior on a KPI sheet (000 §21). */
    enum SheetDecision { AGREE, RETURN }

    /** {@code Task_DraftPlan}, {@code Task_CorrectPlan}: a new version of the plan with exactly 5 KPIs (000 §9, §12, §14). */
    @Bean
    TaskListener workPlanSubmitted(WorkPlans plans) {
        return task -> InvalidTaskInput.guard(() -> {
            String actor = YearVariables.requireAssignee(task, "write this work plan");
            List<Kpi> kpis = PlanForm.kpis(task.getVariables());
            String reason = reason(task);
            WorkPlanVersion version = plans.submit(YearVariables.id(task, "planId"), kpis, actor, reason);
            YearVariables.set(task, "planVersion", version.getVersionNo());
            YearVariables.set(task, "planTable", PlanForm.table(version.getKpis()));
            YearVariables.set(task, "submittedAt", YearVariables.now());
            // The approver decides afresh on every version.
            task.getExecution().getProcessInstance().removeVariable("decision");
            task.getExecution().getProcessInstance().removeVariable("returnReason");
        });
    }

    /** {@code Task_ApprovePlan}: approve, or return for correction with a reason (000 §12). */
    @Bean
    TaskListener workPlanDecided(WorkPlans plans) {
        return task -> InvalidTaskInput.guard(() -> {
            String actor = YearVariables.requireAssignee(task, "approve this work plan");
            long planId = YearVariables.id(task, "planId");
            switch (decision(task, PlanDecision.class)) {
                case APPROVE -> plans.approve(planId, actor, (String) task.getVariable("approvalComment"));
                case RETURN -> {
                    String reason = (String) task.getVariable("returnReason");
                    plans.returnForCorrection(planId, actor, reason);
                    YearVariables.set(task, "returnedAt", YearVariables.now());
                    YearVariables.set(task, "lastReturnReason", reason.trim());
                }
            }
        });
    }

    /** {@code Task_MonitorKpis}: the quarter's monitoring with written recommendations (000 §16). */
    @Bean
    TaskListener kpisMonitored(WorkPlans plans) {
        return task -> InvalidTaskInput.guard(() -> {
            String actor = YearVariables.requireAssignee(task, "monitor this work plan");
            plans.monitor(YearVariables.id(task, "planId"), ((Number) task.getVariable("monitoringQuarter")).intValue(),
                    actor, (String) task.getVariable("recommendations"));
            task.getExecution().getProcessInstance().removeVariable("recommendations");
        });
    }

    /** {@code Task_FillKpiSheet}, {@code Task_CorrectKpiSheet}: actual values, numeric; grade by DMN kpi-count-grade (000 §17-18). */
    @Bean
    TaskListener kpiSheetFilled(KpiSheets sheets) {
        return task -> InvalidTaskInput.guard(() -> {
            YearVariables.requireAssignee(task, "fill this KPI sheet");
            KpiSheet sheet = sheets.fill(YearVariables.id(task, "sheetId"), task.getVariables());
            YearVariables.set(task, "achievedKpis", sheet.getAchievedKpis());
            YearVariables.set(task, "grade", sheet.getGrade().name());
            YearVariables.set(task, "gradeLabel", KpiGradeNames.label(sheet.getEdition(), sheet.getGrade()));
            YearVariables.set(task, "sheetTable", KpiSheets.table(sheet));
            YearVariables.set(task, "submittedAt", YearVariables.now());
            task.getExecution().getProcessInstance().removeVariable("decision");
            task.getExecution().getProcessInstance().removeVariable("returnReason");
        });
    }

    /** {@code Task_AgreeKpiSheet}: agree and sign, or return when the facts are insufficient (000 §21-23). */
    @Bean
    TaskListener kpiSheetDecided(KpiSheets sheets) {
        return task -> InvalidTaskInput.guard(() -> {
            String actor = YearVariables.requireAssignee(task, "agree this KPI sheet");
            long sheetId = YearVariables.id(task, "sheetId");
            switch (decision(task, SheetDecision.class)) {
                case AGREE -> {
                    sheets.agree(sheetId, actor);
                    YearVariables.set(task, "lastSignedAt", YearVariables.now());
                }
                case RETURN -> {
                    String reason = (String) task.getVariable("returnReason");
                    sheets.returnForCorrection(sheetId, reason);
                    YearVariables.set(task, "returnedAt", YearVariables.now());
                    YearVariables.set(task, "lastReturnReason", reason.trim());
                }
            }
        });
    }

    /** {@code Task_FillCompetencySheet}: indicators observed, level per competency by DMN competency-level (000 §25-27). */
    @Bean
    TaskListener competencySheetFilled(CompetencySheets competencySheets) {
        return task -> InvalidTaskInput.guard(() -> {
            String actor = YearVariables.requireAssignee(task, "fill this competency sheet");
            CompetencySheet sheet = competencySheets.fill(YearVariables.organisation(task), YearVariables.servant(task),
                    YearVariables.year(task), IndicatorSet.valueOf((String) task.getVariable("indicatorSet")),
                    task.getAssignee(), task.getVariables(), actor);
            YearVariables.set(task, "competencyTable", competencySheets.table(sheet));
            // Both signatures precede the handover; the later one starts HR's 2 working days (000 §24, §28).
            YearVariables.set(task, "lastSignedAt", YearVariables.now());
        });
    }

    /** {@code Task_HandOverToCommission}: HR hands both sheets to the commission (000 §24, §28). */
    @Bean
    TaskListener sheetsHandedOver(KpiSheets sheets, CompetencySheets competencySheets) {
        return task -> InvalidTaskInput.guard(() -> {
            if (competencySheets.find(YearVariables.servant(task), YearVariables.year(task)).isEmpty()) {
                throw new BadRequestException("The competency sheet is not signed yet");
            }
            sheets.handOver(YearVariables.id(task, "sheetId"), YearVariables.actor(task) == null ? "system"
                    : YearVariables.actor(task));
            YearVariables.set(task, "handedOverAt", YearVariables.now());
        });
    }

    /** The submitted {@code decision}; an unknown value is refused with the values allowed. */
    static <E extends Enum<E>> E decision(DelegateTask task, Class<E> type) {
        Object value = task.getVariable("decision");
        try {
            return Enum.valueOf(type, String.valueOf(value).trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidTaskInput("Unknown decision '" + value + "': expected one of "
                    + java.util.Arrays.toString(type.getEnumConstants()) + " / Белгісіз шешім / Неизвестное решение");
        }
    }

    /** Why this version was written: the return it answers, with the supervisor's note. */
    private static String reason(DelegateTask task) {
        Object returned = task.getVariable("lastReturnReason");
        Object note = task.getVariable("correctionNote");
        if (!"Task_CorrectPlan".equals(task.getTaskDefinitionKey())) {
            return FormValues.present(note) ? note.toString().trim() : "Жоба / Проект (000 §9)";
        }
        return "Қайтарылды / Возвращено: " + returned + (FormValues.present(note) ? "\nТүзету / Исправление: " + note : "");
    }
}
