package kz.bagalau.oversight;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whom an overdue task is escalated to, as the process owner wrote it in the model: the extension
 * property {@value Deadlines#ESCALATE_TO_PROPERTY} on the user task, else on its process, else the
 * application default. Read from the deployed model (cached by the engine), so no Java changes.
 */
@Component
class EscalationPolicy {

    enum Target { SUPERVISOR, HR }

    private final RepositoryService repositoryService;
    private final Set<Target> defaults;

    EscalationPolicy(RepositoryService repositoryService,
                     @Value("${bagalau.oversight.escalate-to:supervisor,hr}") String defaults) {
        this.repositoryService = repositoryService;
        this.defaults = parse(defaults);
    }

    Set<Target> targets(String processDefinitionId, String taskDefinitionKey) {
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(processDefinitionId);
        ModelElementInstance task = model.getModelElementById(taskDefinitionKey);
        Optional<String> value = property(task);
        for (ModelElementInstance e = task; value.isEmpty() && e != null; e = e.getParentElement()) {
            if (e instanceof Process process) {
                value = property(process);
            }
        }
        return value.map(EscalationPolicy::parse).orElse(defaults);
    }

    private static Optional<String> property(ModelElementInstance element) {
        if (!(element instanceof BaseElement base) || base.getExtensionElements() == null) {
            return Optional.empty();
        }
        return base.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(p -> p.getCamundaProperties().stream())
                .filter(p -> Deadlines.ESCALATE_TO_PROPERTY.equals(p.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .findFirst();
    }

    static Set<Target> parse(String value) {
        Set<Target> targets = EnumSet.noneOf(Target.class);
        for (String part : value.split(",")) {
            String p = part.trim().toLowerCase(Locale.ROOT);
            switch (p) {
                case "supervisor" -> targets.add(Target.SUPERVISOR);
                case "hr" -> targets.add(Target.HR);
                case "none", "" -> { }
                default -> throw new IllegalArgumentException("'" + Deadlines.ESCALATE_TO_PROPERTY
                        + "' takes supervisor, hr or none, not '" + part.trim() + "'");
            }
        }
        return targets;
    }
}
