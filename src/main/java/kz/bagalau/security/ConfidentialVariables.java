package kz.bagalau.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Process variables and decisions whose values are results (scores, comments, grades, 360 answers, votes): they
 * never reach the engine's history, and a feature removes them from the running process as soon as its record
 * is stored. Names are regular expressions in {@code bagalau.security.confidential-variables}; decision keys in
 * {@code bagalau.security.confidential-decisions} (their evaluations are not kept in the decision history).
 */
@Component
public class ConfidentialVariables {

    private final List<Pattern> names;
    private final Set<String> decisions;
    private final Set<String> unrecorded;

    ConfidentialVariables(@Value("${bagalau.security.confidential-variables}") List<String> names,
                          @Value("${bagalau.security.confidential-decisions}") Set<String> decisions,
                          @Value("${bagalau.history.unrecorded-decisions:}") Set<String> unrecorded) {
        this.names = names.stream().map(String::trim).filter(n -> !n.isEmpty()).map(Pattern::compile).toList();
        this.decisions = Set.copyOf(decisions);
        this.unrecorded = Set.copyOf(unrecorded);
    }

    public boolean isConfidential(String variableName) {
        return variableName != null && names.stream().anyMatch(p -> p.matcher(variableName).matches());
    }

    public boolean isConfidentialDecision(String decisionKey) {
        return decisions.contains(decisionKey);
    }

    /**
     * Whether an evaluation of this decision stays out of the decision history: a confidential one, or one of
     * {@code bagalau.history.unrecorded-decisions} (configuration whose outputs the process keeps as variables).
     */
    boolean keepsNoDecisionHistory(String decisionKey) {
        return isConfidentialDecision(decisionKey) || unrecorded.contains(decisionKey);
    }

    /**
     * Removes every confidential variable visible from the scope (a task or an execution, whichever scope holds
     * it): call it in the listener that stored the submitted values in the feature's own table.
     *
     * @return the names removed
     */
    public List<String> forget(VariableScope scope) {
        List<String> removed = new ArrayList<>();
        for (String name : new ArrayList<>(scope.getVariableNames())) {
            if (isConfidential(name)) {
                scope.removeVariable(name);
                removed.add(name);
            }
        }
        return removed;
    }
}
