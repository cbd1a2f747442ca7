package kz.bagalau.engine;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Decision history, chosen table by table for the 3-year retention (docs/benchmarks.md, "Grading").
 * <p>
 * The grading tables {@code grade-band} and {@code disciplinary-cap} are evaluated for every quarterly
 * result. What the retention needs of them is already kept: the inputs (average, sanction), the outputs
 * (cap, final score, grade) in {@code scorecard_quarterly_result}, and the table versions used in the
 * process variable {@code decisionVersions} (history, 3 years). Their decision instances would repeat that
 * with three history rows per evaluation, so they are not written. Every other table keeps full decision
 * history. The list is {@code bagalau.history.decisions-without-history}; empty writes everything.
 */
@Component
public class DecisionHistory extends AbstractProcessEnginePlugin {

    private final Set<String> skipped;

    DecisionHistory(@Value("${bagalau.history.decisions-without-history:grade-band,disciplinary-cap}")
                    List<String> skipped) {
        this.skipped = Set.copyOf(skipped.stream().map(String::trim).filter(s -> !s.isEmpty()).toList());
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (skipped.isEmpty()) {
            return;
        }
        HistoryEventHandler delegate = configuration.getHistoryEventHandler();
        configuration.setHistoryEventHandler(new HistoryEventHandler() {
            @Override
            public void handleEvent(HistoryEvent event) {
                if (!skip(event)) {
                    delegate.handleEvent(event);
                }
            }

            @Override
            public void handleEvents(List<HistoryEvent> events) {
                for (HistoryEvent event : events) {
                    handleEvent(event);
                }
            }
        });
    }

    boolean skip(HistoryEvent event) {
        return event instanceof HistoricDecisionEvaluationEvent evaluation
                && evaluation.getRootHistoricDecisionInstance() != null
                && skipped.contains(evaluation.getRootHistoricDecisionInstance().getDecisionDefinitionKey());
    }
}
