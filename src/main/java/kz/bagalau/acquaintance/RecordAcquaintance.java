package kz.bagalau.acquaintance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${recordAcquaintance}}, the delegate of the element template "Bagalau: record acquaintance"
 * (bpmn/.camunda/element-templates/record-acquaintance.json): placed right after the user task in which
 * the servant read a result, it records the acquaintance in Tasklist for the process's business key
 * (003 §11, 004 §10). Input {@code acquaintedServantVariable} names the variable with the servant's login.
 */
@Component("recordAcquaintance")
class RecordAcquaintance implements JavaDelegate {

    static final String SERVANT_VARIABLE = "acquaintedServantVariable";

    private final Acquaintances acquaintances;

    RecordAcquaintance(Acquaintances acquaintances) {
        this.acquaintances = acquaintances;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object variable = execution.getVariable(SERVANT_VARIABLE);
        Object login = execution.getVariable(variable == null ? "servant" : variable.toString());
        if (login == null) {
            throw new IllegalStateException("No servant to record the acquaintance of: variable '" + variable + "' is empty");
        }
        acquaintances.inTasklist(execution.getProcessBusinessKey(), execution.getProcessInstanceId(), login.toString());
    }
}
