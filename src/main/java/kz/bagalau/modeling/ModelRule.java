package kz.bagalau.modeling;

/**
 * The rules every BPMN, DMN and form file of Bagalau keeps, whether it comes from the repository or
 * from Camunda Modeler. Each problem names one of them; docs/process-owners.md explains them in the
 * words a process owner uses.
 */
public enum ModelRule {

    PARSES("the file is a valid BPMN 2.0 / DMN 1.3 / Camunda Form document"),
    NAMED_AFTER_KEY("the file is named after its process, decision or form id (grade-band.dmn holds grade-band)"),
    KEBAB_CASE_KEY("process and decision keys are kebab-case (quarterly-evaluation, grade-band)"),
    HISTORY_TIME_TO_LIVE("every process and decision has a history time to live (P1095D)"),
    VERSION_TAG("every process and decision has a version tag"),
    READABLE_ID("elements have readable ids (Task_ApprovePlan), not Modeler's generated ones (Activity_0xrmvgg)"),
    DIAGRAM_COMPLETE("every element of a process is drawn (has a shape or an edge), so that Modeler opens it"),
    NO_OVERLAP("shapes do not overlap"),
    TASK_DOCUMENTATION("every user, service, business rule and send task has documentation citing a clause (\"004 §8\")"),
    USER_TASK_DUE_DATE("every user task has a due date"),
    USER_TASK_FORM("every user task has a Camunda Form (camunda:formRef with a binding)"),
    FORM_EXISTS("a form a user task names exists in forms/"),
    USER_TASK_ASSIGNMENT("every user task has an assignee or candidate users or groups"),
    SERVICE_TASK_IMPLEMENTATION("service tasks and listeners call a Spring bean (delegateExpression or expression), never a Java class or a script"),
    BEAN_EXISTS("an expression calls a bean that exists in the application"),
    DECISION_EXISTS("a business rule task calls a decision that exists in dmn/"),
    PROCESS_EXISTS("a call activity calls a process that exists in bpmn/"),
    RULE_ANNOTATION("every rule of a decision table has an annotation citing a clause (\"004 §8\")"),
    FORM_ID("a form has an id, unique among the forms");

    private final String description;

    ModelRule(String description) {
        this.description = description;
    }

    /** The rule in a sentence, as the model checks report it. */
    public String description() {
        return description;
    }

    /** The rule's name in reports: {@code user-task-due-date}. */
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }
}
