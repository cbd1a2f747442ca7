package kz.bagalau.notification;

import java.util.HashMap;
import java.util.Map;

import kz.bagalau.web.BadRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The element template "Bagalau: send a notification" ({@code bpmn/.camunda/element-templates/send-notification.json}):
 * a service task with {@code ${notify}} and two input parameters, {@code template} (a template id such as
 * {@code meeting-notice}) and {@code recipient} (the name of the variable holding the recipient's login).
 * Input parameters, not injected fields: the bean is a singleton shared by concurrent jobs.
 */
@Component("notify")
class NotifyDelegate implements JavaDelegate {

    private final Notifications notifications;

    NotifyDelegate(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String template = (String) execution.getVariableLocal("template");
        String recipientVariable = (String) execution.getVariableLocal("recipient");
        Object login = recipientVariable == null ? null : execution.getVariable(recipientVariable);
        if (template == null || login == null) {
            throw new BadRequestException("The notification task " + execution.getCurrentActivityId()
                    + " needs the input parameters template and recipient (a variable holding a login)");
        }
        Map<String, Object> model = new HashMap<>();
        model.put("processName", execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getName());
        model.put("businessKey", execution.getProcessBusinessKey());
        model.put(Notifications.PROCESS_INSTANCE_ID, execution.getProcessInstanceId());
        notifications.send(login.toString(), template, model);
    }
}
