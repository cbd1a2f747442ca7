package kz.bagalau.survey;

import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps 360 answers out of the engine's history. A respondent who answers in Tasklist submits the ratings
 * as variables named {@code answer360_<COMPETENCY>}; the engine would record each in {@code ACT_HI_VARINST}
 * and {@code ACT_HI_DETAIL} (variable updates, and form-property updates for text values even when the
 * variable is transient) next to the task, and so next to the respondent. This plugin wraps the history event
 * handler the engine built and drops every variable and form-property event of a name with that prefix, in
 * every process; the completion listener takes the values into the sealed tally and removes the variables in
 * the same command, so they never reach {@code ACT_RU_VARIABLE} either (docs/survey-360.md).
 */
@Component
class AnonymousAnswerHistory extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventHandler(new Filter(configuration.getHistoryEventHandler()));
    }

    static boolean isAnswer(HistoryEvent event) {
        String name = null;
        if (event instanceof HistoricVariableUpdateEventEntity v) {
            name = v.getVariableName();
        } else if (event instanceof HistoricFormPropertyEventEntity f) {
            name = f.getPropertyId();
        }
        return name != null && name.startsWith(Ratings.PREFIX);
    }

    /** The engine's own handler, minus answer events. */
    static final class Filter implements HistoryEventHandler {

        private final HistoryEventHandler delegate;

        Filter(HistoryEventHandler delegate) {
            this.delegate = delegate;
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!isAnswer(event)) {
                delegate.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            delegate.handleEvents(events.stream().filter(e -> !isAnswer(e)).toList());
        }
    }
}
