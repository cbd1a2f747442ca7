package kz.bagalau.oversight;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Hooks deadline oversight into the engine: a built-in task listener on every user task of every
 * process (added while the engine parses the model, so models need nothing) and the job handler for
 * the deadline timers. The escalation property is checked at deployment, so a typo fails the deploy
 * in Modeler instead of an escalation months later.
 */
@Component
class DeadlineEnginePlugin extends AbstractProcessEnginePlugin {

    private static final Namespace CAMUNDA = new Namespace("http://camunda.org/schema/1.0/bpmn");

    private final ObjectProvider<DeadlineWatch> watch;

    // A provider, not the bean: the plugin is built before the engine whose services DeadlineWatch uses.
    DeadlineEnginePlugin(ObjectProvider<DeadlineWatch> watch) {
        this.watch = watch;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new ParseListener(new Listener()));
        configuration.setCustomPostBPMNParseListeners(listeners);
        List<JobHandler> handlers = configuration.getCustomJobHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomJobHandlers());
        handlers.add(new DeadlineJobHandler(watch::getObject));
        configuration.setCustomJobHandlers(handlers);
    }

    /** One listener instance for all events of all user tasks; it only dispatches. */
    private final class Listener implements TaskListener {
        @Override
        public void notify(DelegateTask delegateTask) {
            TaskEntity task = (TaskEntity) delegateTask;
            switch (delegateTask.getEventName()) {
                case EVENTNAME_CREATE -> watch.getObject().created(task);
                case EVENTNAME_UPDATE -> watch.getObject().updated(task);
                case EVENTNAME_ASSIGNMENT -> watch.getObject().assigned(task);
                case EVENTNAME_COMPLETE, EVENTNAME_DELETE -> watch.getObject().ended(task);
                default -> { }
            }
        }
    }

    private static final class ParseListener extends AbstractBpmnParseListener {

        private static final String[] EVENTS = {TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_UPDATE,
                TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE};

        private final TaskListener listener;

        ParseListener(TaskListener listener) {
            this.listener = listener;
        }

        @Override
        public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
            checkEscalationProperty(processElement);
        }

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            checkEscalationProperty(userTaskElement);
            var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
            for (String event : EVENTS) {
                definition.addBuiltInTaskListener(event, listener);
            }
        }

        private static void checkEscalationProperty(Element element) {
            Element extensions = element.element("extensionElements");
            Element properties = extensions == null ? null : extensions.elementNS(CAMUNDA, "properties");
            if (properties == null) {
                return;
            }
            for (Element property : properties.elementsNS(CAMUNDA, "property")) {
                if (Deadlines.ESCALATE_TO_PROPERTY.equals(property.attribute("name"))) {
                    EscalationPolicy.parse(property.attribute("value", ""));
                }
            }
        }
    }
}
