package kz.bagalau.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Hooks confidentiality into the engine for every process, with nothing in the models: the start of every
 * process instance and the creation and assignment of every user task create the authorizations of
 * {@link CaseAuthorizations}, and the database history leaves out confidential values
 * ({@link ConfidentialHistoryEventHandler}).
 */
@Component
class ConfidentialityEnginePlugin extends AbstractProcessEnginePlugin {

    // Providers, not beans: the plugin is built before the engine whose services they use.
    private final ObjectProvider<CaseAuthorizations> authorizations;
    private final ObjectProvider<ConfidentialVariables> confidential;

    ConfidentialityEnginePlugin(ObjectProvider<CaseAuthorizations> authorizations,
                                ObjectProvider<ConfidentialVariables> confidential) {
        this.authorizations = authorizations;
        this.confidential = confidential;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new ParseListener(execution -> authorizations.getObject().instanceStarted(execution),
                task -> authorizations.getObject().taskParticipants(task)));
        configuration.setCustomPostBPMNParseListeners(listeners);

        configuration.setEnableDefaultDbHistoryEventHandler(false);
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(0, new ConfidentialHistoryEventHandler(confidential::getObject));
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    private static final class ParseListener extends AbstractBpmnParseListener {

        private final ExecutionListener started;
        private final TaskListener participants;

        ParseListener(ExecutionListener started, TaskListener participants) {
            this.started = started;
            this.participants = participants;
        }

        @Override
        public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
            processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, started);
        }

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, participants);
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, participants);
        }
    }
}
