package kz.bagalau.quarterly;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Small helpers that read like the steps of the quarterly evaluation. */
final class QuarterlyProcessSupport {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private QuarterlyProcessSupport() {
    }

    static void clockAt(LocalDateTime almatyTime) {
        ClockUtil.setCurrentTime(Date.from(almatyTime.atZone(ALMATY).toInstant()));
    }

    static Date endOfDay(LocalDate day) {
        return Date.from(day.atTime(23, 59, 59, 999_000_000).atZone(ALMATY).toInstant());
    }

    static Map<String, Object> scores(int... scores) {
        Map<String, Object> v = new HashMap<>();
        for (int i = 0; i < scores.length; i++) {
            v.put("score" + (i + 1), (long) scores[i]);
            v.put("comment" + (i + 1), scores[i] == 0 ? "не выполнялось" : null);
        }
        return v;
    }

    static List<Task> scoringTasks(ProcessInstance pi) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_Score").orderByTaskAssignee().asc().list();
    }

    static void complete(ProcessEngine engine, Task task, Map<String, Object> variables) {
        engine.getTaskService().complete(task.getId(), variables);
    }

    static Task currentTask(ProcessInstance pi) {
        return task(pi);
    }

    static void init(ProcessEngine engine) {
        BpmnAwareTests.init(engine);
    }
}
