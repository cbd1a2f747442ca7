package kz.bagalau.plan;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/** Small helpers that read like the steps of the yearly KPI evaluation. */
final class YearlyProcessSupport {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private YearlyProcessSupport() {
    }

    static void clockAt(LocalDateTime almatyTime) {
        ClockUtil.setCurrentTime(Date.from(almatyTime.atZone(ALMATY).toInstant()));
    }

    static Date endOfDay(LocalDate day) {
        return Date.from(day.atTime(23, 59, 59, 999_000_000).atZone(ALMATY).toInstant());
    }

    /** The form values of a plan with {@code count} complete KPIs, each planned at {@code planned}. */
    static Map<String, Object> kpis(int count, String planned) {
        Map<String, Object> v = new HashMap<>();
        for (int n = 1; n <= count; n++) {
            v.put("kpi" + n + "Name", "Өтініштерді қарау / Рассмотрение обращений " + n);
            v.put("kpi" + n + "Source", "Стратегиялық жоспар / Стратегический план, 1." + n);
            v.put("kpi" + n + "Unit", "%");
            v.put("kpi" + n + "Planned", planned);
            v.put("kpi" + n + "Deadline", "2026-12-25");
            v.put("kpi" + n + "KeyResult", "Мерзімі өткен өтініштер жоқ / Нет просроченных обращений");
        }
        return v;
    }

    /** The KPI sheet's actual values, KPI 1 first. */
    static Map<String, Object> actuals(Object... values) {
        Map<String, Object> v = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            v.put("actual" + (i + 1), values[i]);
            v.put("evidence" + (i + 1), "Есеп / Отчёт № " + (i + 1));
        }
        return v;
    }

    static Map<String, Object> decision(String decision, String reason) {
        Map<String, Object> v = new HashMap<>();
        v.put("decision", decision);
        v.put("returnReason", reason);
        return v;
    }

    /** The Camunda Form a task opens with. */
    static String formRef(TaskService taskService, Task t) {
        return taskService.createTaskQuery().taskId(t.getId()).initializeFormKeys().singleResult()
                .getCamundaFormRef().getKey();
    }

    static Task taskAt(String processInstanceId, String taskKey) {
        return taskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
    }
}
