package kz.bagalau.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.bagalau.calendar.WorkingDays;
import kz.bagalau.support.BagalauBootTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The element templates Modeler offers process owners ({@code bpmn/.camunda/element-templates/}) parse,
 * say what they are and where they apply, name only beans the application has (or that are listed as
 * pending with a reason), and the working-day due date they write gives the date the calendar gives.
 */
@BagalauBootTest
class ElementTemplatesTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BEAN = Pattern.compile("[$#]\\{\\s*([A-Za-z_]\\w*)\\s*[.}]");

    @Autowired ApplicationContext context;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired WorkingDays workingDays;

    @TestFactory
    Stream<DynamicTest> everyTemplateIsComplete() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(RepositoryModels.TEMPLATES)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(6);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            JsonNode root = JSON.readTree(file.toFile());
            for (JsonNode t : root.isArray() ? root : List.of(root)) {
                assertThat(t.path("$schema").asText()).contains("element-templates-json-schema");
                assertThat(t.path("id").asText()).as("id").startsWith("kz.bagalau.");
                assertThat(t.path("name").asText()).as("name").startsWith("Bagalau: ");
                assertThat(t.path("appliesTo")).as("appliesTo").isNotEmpty();
                assertThat(t.path("properties")).as("properties").isNotEmpty();
                for (JsonNode p : t.path("properties")) {
                    assertThat(p.path("binding").path("type").asText()).as("binding of " + p).isNotBlank();
                    for (String bean : beans(p)) {
                        assertThat(context.containsBean(bean) || RepositoryModels.pendingBeans().containsKey(bean))
                                .as(file + " names bean '" + bean + "', which the application lacks and "
                                        + "pending-beans.properties does not list").isTrue();
                    }
                }
            }
        }));
    }

    @Test
    void theWorkingDayDueDateTemplateGivesTheCalendarsDate() throws IOException {
        JsonNode template = JSON.readTree(RepositoryModels.TEMPLATES.resolve("working-day-due-date.json").toFile());
        String dueDate = template.path("properties").get(0).path("value").asText();
        BpmnModelInstance model = Bpmn.createExecutableProcess("template-due-date").camundaHistoryTimeToLive(1)
                .startEvent().userTask("Task_Templated").camundaAssignee("nobody").camundaDueDate(dueDate)
                .camundaInputParameter("dueAfterEvent", "gradedAt").camundaInputParameter("dueWorkingDays", "2")
                .endEvent().done();
        String deployment = repositoryService.createDeployment().name("element-template-test")
                .addModelInstance("template-due-date.bpmn", model).deploy().getId();
        try {
            Date gradedAt = new Date();
            String pi = runtimeService.startProcessInstanceByKey("template-due-date", Map.of("gradedAt", gradedAt)).getId();
            assertThat(taskService.createTaskQuery().processInstanceId(pi).singleResult().getDueDate())
                    .isEqualTo(workingDays.after(gradedAt, 2));
        } finally {
            repositoryService.deleteDeployment(deployment, true);
        }
    }

    private static List<String> beans(JsonNode property) {
        List<String> values = new ArrayList<>();
        values.add(property.path("value").asText(""));
        property.path("choices").forEach(c -> values.add(c.path("value").asText("")));
        List<String> beans = new ArrayList<>();
        for (String v : values) {
            Matcher m = BEAN.matcher(v);
            while (m.find()) {
                if (!List.of("execution", "task", "edition").contains(m.group(1))) {
                    beans.add(m.group(1));
                }
            }
        }
        return beans;
    }
}
