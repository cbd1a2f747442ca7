package kz.bagalau.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Each rule fires on the mistake it is for, and names the element (no Spring, no engine). */
class ModelChecksTests {

    private static final ModelEnvironment ENVIRONMENT = new ModelEnvironment() {
        @Override
        public boolean beanExists(String name) {
            return Set.of("workingDays", "gradeQuarter").contains(name);
        }

        @Override
        public boolean formExists(String id) {
            return id.equals("known-form");
        }

        @Override
        public boolean decisionExists(String key) {
            return key.equals("grade-band");
        }

        @Override
        public boolean processExists(String key) {
            return false;
        }
    };

    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
              xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
              xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
              id="Definitions_Test" targetNamespace="http://bagalau.kz/bpmn">
            """;

    @Test
    void aCleanProcessPasses() {
        assertThat(check("owner-test.bpmn", HEAD + """
                <bpmn:process id="owner-test" isExecutable="true" camunda:historyTimeToLive="P1095D" camunda:versionTag="1">
                  <bpmn:startEvent id="StartEvent_Started"><bpmn:outgoing>SequenceFlow_ToTask</bpmn:outgoing></bpmn:startEvent>
                  <bpmn:userTask id="Task_Read" camunda:assignee="${servant}" camunda:formRef="known-form"
                      camunda:formRefBinding="latest" camunda:dueDate="${workingDays.after(gradedAt, 2)}">
                    <bpmn:documentation>Read the result (003 §11).</bpmn:documentation>
                    <bpmn:incoming>SequenceFlow_ToTask</bpmn:incoming>
                  </bpmn:userTask>
                  <bpmn:sequenceFlow id="SequenceFlow_ToTask" sourceRef="StartEvent_Started" targetRef="Task_Read" />
                </bpmn:process>
                <bpmndi:BPMNDiagram id="BPMNDiagram_Test"><bpmndi:BPMNPlane id="BPMNPlane_Test" bpmnElement="owner-test">
                  <bpmndi:BPMNShape id="S1" bpmnElement="StartEvent_Started"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="S2" bpmnElement="Task_Read"><dc:Bounds x="200" y="78" width="100" height="80" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNEdge id="E1" bpmnElement="SequenceFlow_ToTask"><di:waypoint x="136" y="118" /><di:waypoint x="200" y="118" /></bpmndi:BPMNEdge>
                </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
                </bpmn:definitions>
                """)).isEmpty();
    }

    @Test
    void eachMistakeNamesItsElementAndRule() {
        List<String> problems = check("Process_1.bpmn", HEAD + """
                <bpmn:process id="Process_1" isExecutable="true">
                  <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_0k2x9ab</bpmn:outgoing></bpmn:startEvent>
                  <bpmn:userTask id="Activity_0xrmvgg" camunda:formRef="missing-form" camunda:formRefBinding="latest">
                    <bpmn:incoming>Flow_0k2x9ab</bpmn:incoming>
                  </bpmn:userTask>
                  <bpmn:serviceTask id="Task_Class" camunda:class="kz.Hack">
                    <bpmn:documentation>004 §8</bpmn:documentation>
                  </bpmn:serviceTask>
                  <bpmn:serviceTask id="Task_Typo" camunda:delegateExpression="${gradeQuater}">
                    <bpmn:documentation>004 §8</bpmn:documentation>
                  </bpmn:serviceTask>
                  <bpmn:businessRuleTask id="Task_Decide" camunda:decisionRef="grade-bands" camunda:resultVariable="g">
                    <bpmn:documentation>004 §8</bpmn:documentation>
                  </bpmn:businessRuleTask>
                  <bpmn:sequenceFlow id="Flow_0k2x9ab" sourceRef="StartEvent_1" targetRef="Activity_0xrmvgg" />
                </bpmn:process>
                <bpmndi:BPMNDiagram id="BPMNDiagram_Test"><bpmndi:BPMNPlane id="BPMNPlane_Test" bpmnElement="Process_1">
                  <bpmndi:BPMNShape id="S1" bpmnElement="StartEvent_1"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="S2" bpmnElement="Activity_0xrmvgg"><dc:Bounds x="120" y="90" width="100" height="80" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="S3" bpmnElement="Task_Class"><dc:Bounds x="400" y="90" width="100" height="80" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="S4" bpmnElement="Task_Typo"><dc:Bounds x="600" y="90" width="100" height="80" /></bpmndi:BPMNShape>
                </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
                </bpmn:definitions>
                """);
        assertThat(problems).contains(
                "Process_1.bpmn › Process_1 › kebab-case-key: process key \"Process_1\" is not kebab-case",
                "Process_1.bpmn › Process_1 › history-time-to-live: set History cleanup › Time to live to P1095D",
                "Process_1.bpmn › Process_1 › version-tag: set a Version tag (e.g. 2026.1)",
                "Process_1.bpmn › Activity_0xrmvgg › form-exists: form \"missing-form\" does not exist in forms/",
                "Process_1.bpmn › Task_Decide › decision-exists: decision \"grade-bands\" does not exist in dmn/",
                "Process_1.bpmn › Task_Decide › diagram-complete: \"Task_Decide\" has no shape in the diagram",
                "Process_1.bpmn › Flow_0k2x9ab › diagram-complete: \"Flow_0k2x9ab\" has no shape in the diagram",
                "Process_1.bpmn › Activity_0xrmvgg › no-overlap: the shape overlaps StartEvent_1");
        assertThat(problems).anyMatch(p -> p.startsWith("Process_1.bpmn › Activity_0xrmvgg › readable-id"))
                .anyMatch(p -> p.startsWith("Process_1.bpmn › StartEvent_1 › readable-id"))
                .anyMatch(p -> p.startsWith("Process_1.bpmn › Flow_0k2x9ab › readable-id"))
                .anyMatch(p -> p.startsWith("Process_1.bpmn › Activity_0xrmvgg › user-task-due-date"))
                .anyMatch(p -> p.startsWith("Process_1.bpmn › Activity_0xrmvgg › user-task-assignment"))
                .anyMatch(p -> p.startsWith("Process_1.bpmn › Activity_0xrmvgg › task-documentation"))
                .anyMatch(p -> p.startsWith("Process_1.bpmn › Task_Class › service-task-implementation: Java class kz.Hack"))
                .anyMatch(p -> p.startsWith("Process_1.bpmn › Task_Typo › bean-exists: the application has no bean \"gradeQuater\""));
    }

    @Test
    void decisionRulesCiteClausesAndFormsHaveIds() {
        String dmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                    id="Definitions_Band" name="Band" namespace="http://bagalau.kz/dmn">
                  <decision id="band" name="Band" camunda:historyTimeToLive="P1095D">
                    <decisionTable id="DecisionTable_Band" hitPolicy="UNIQUE">
                      <input id="Input_Score"><inputExpression id="InputExpression_Score" typeRef="double"><text>score</text></inputExpression></input>
                      <output id="Output_Grade" name="grade" typeRef="string" />
                      <rule id="DecisionRule_0abc123"><description>004 §8</description>
                        <inputEntry id="UnaryTests_1"><text>[4..5]</text></inputEntry><outputEntry id="LiteralExpression_1"><text>"EFFECTIVE"</text></outputEntry></rule>
                      <rule id="DecisionRule_1xyz789"><description>new band</description>
                        <inputEntry id="UnaryTests_2"><text>[0..4[</text></inputEntry><outputEntry id="LiteralExpression_2"><text>"PROPER"</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """;
        assertThat(check("band.dmn", dmn)).containsExactlyInAnyOrder(
                "band.dmn › band › version-tag: set a Version tag (e.g. 2026.1)",
                "band.dmn › band rule 2 (DecisionRule_1xyz789) › rule-annotation: write the clause in the rule's "
                        + "Annotations column (e.g. \"004 §8\")");
        assertThat(check("other.form", "{\"id\": \"form-a\", \"components\": []}"))
                .containsExactly("other.form › form-a › named-after-key: the file holds form \"form-a\"; name it form-a.form");
        assertThat(check("broken.dmn", "<definitions")).singleElement().asString().startsWith("broken.dmn › parses:");
    }

    private static List<String> check(String name, String content) {
        return ModelChecks.check(List.of(new ModelFile(name, content.getBytes(StandardCharsets.UTF_8))), ENVIRONMENT)
                .stream().map(ModelProblem::toString).toList();
    }
}
