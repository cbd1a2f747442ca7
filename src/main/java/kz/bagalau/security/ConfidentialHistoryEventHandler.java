package kz.bagalau.security;

import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's database history, minus confidential values: a variable named as confidential gets no historic
 * variable instance, no historic detail and no form-field detail, and an evaluation of a confidential decision (its inputs are scores,
 * its output a grade) no historic decision instance, nor one of a configuration decision whose outputs the process
 * keeps as variables ({@code bagalau.history.unrecorded-decisions}). Everything else is written as by the default
 * handler.
 */
class ConfidentialHistoryEventHandler extends DbHistoryEventHandler {

    private final Supplier<ConfidentialVariables> confidential;

    ConfidentialHistoryEventHandler(Supplier<ConfidentialVariables> confidential) {
        this.confidential = confidential;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable
                && confidential.get().isConfidential(variable.getVariableName())) {
            return;
        }
        // Submitted forms also write each field as a "form property" detail.
        if (event instanceof HistoricFormPropertyEventEntity field
                && confidential.get().isConfidential(field.getPropertyId())) {
            return;
        }
        if (event instanceof HistoricDecisionEvaluationEvent decision
                && decision.getRootHistoricDecisionInstance() != null
                && confidential.get().keepsNoDecisionHistory(
                        decision.getRootHistoricDecisionInstance().getDecisionDefinitionKey())) {
            return;
        }
        super.handleEvent(event);
    }
}
