package kz.bagalau.modeling;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.DataObject;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Checks Bagalau's BPMN, DMN and form files against the rules of {@link ModelRule}: the same checks run
 * in the test suite over every file in {@code bpmn/}, {@code dmn/} and {@code forms/}, on every
 * deployment a user makes (the engine refuses a model that breaks them) and on
 * {@code POST /api/models/validate}. Files checked together may refer to each other (a new form and the
 * process that uses it); anything else a model refers to must exist in the {@link ModelEnvironment}.
 */
public final class ModelChecks {

    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

    /** A clause of a seed: {@code 004 §8}, {@code 003 §21-29}, or an appendix: {@code 004 app.1/2}, {@code 004 appendices 1-2}. */
    static final Pattern CLAUSE = Pattern.compile("\\d{3} (§\\s?\\d+|app(\\.|endix|endices)\\s?\\d+)");
    static final Pattern KEBAB_CASE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    /**
     * Ids Camunda Modeler generates: {@code Activity_0xrmvgg}, {@code Gateway_1abc2de}, {@code Flow_0k2x9ab},
     * {@code StartEvent_1}, {@code UserTask_1}: a type, an underscore and a random lower-case/digit suffix.
     */
    static final Pattern GENERATED_ID = Pattern.compile("[A-Za-z]+_(\\d+|(?=[a-z0-9]*\\d)[a-z0-9]{4,8})");
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{");
    private static final Pattern SINGLE_BEAN = Pattern.compile("\\s*[$#]\\{\\s*([A-Za-z_]\\w*)\\s*}\\s*");
    /** The root of a method call: {@code workingDays} in {@code workingDays.after(gradedAt, 2)}. */
    private static final Pattern METHOD_CALL_ROOT = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)\\s*\\.\\s*[A-Za-z_]\\w*\\s*\\(");
    private static final Pattern STRING_LITERAL = Pattern.compile("'(\\\\.|[^'\\\\])*'|\"(\\\\.|[^\"\\\\])*\"");
    /** Names the engine itself provides in expressions; they are not Spring beans. */
    private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "externalTask", "caseExecution",
            "authenticatedUserId", "variableScope", "S", "XML", "JSON");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ModelEnvironment environment;
    private final List<ModelProblem> problems = new ArrayList<>();
    private final Set<String> forms = new HashSet<>();
    private final Set<String> decisions = new HashSet<>();
    private final Set<String> processes = new HashSet<>();

    private ModelChecks(ModelEnvironment environment) {
        this.environment = environment;
    }

    /** Checks files that belong together (one deployment, or the whole repository). */
    public static List<ModelProblem> check(Collection<ModelFile> files, ModelEnvironment environment) {
        return new ModelChecks(environment).run(files);
    }

    private List<ModelProblem> run(Collection<ModelFile> files) {
        Map<ModelFile, BpmnModelInstance> bpmn = new HashMap<>();
        Map<ModelFile, DmnModelInstance> dmn = new HashMap<>();
        Map<String, String> formFiles = new HashMap<>();
        for (ModelFile file : files) {
            switch (file.kind()) {
                case BPMN -> parseBpmn(file, bpmn);
                case DMN -> parseDmn(file, dmn);
                case FORM -> checkForm(file, formFiles);
                case OTHER -> { }
            }
        }
        bpmn.values().forEach(m -> m.getModelElementsByType(Process.class).forEach(p -> processes.add(p.getId())));
        dmn.values().forEach(m -> m.getModelElementsByType(Decision.class).forEach(d -> decisions.add(d.getId())));
        forms.addAll(formFiles.keySet());
        bpmn.forEach(this::checkBpmn);
        dmn.forEach(this::checkDmn);
        return List.copyOf(problems);
    }

    // ---------------------------------------------------------------- parsing

    private void parseBpmn(ModelFile file, Map<ModelFile, BpmnModelInstance> into) {
        try {
            into.put(file, Bpmn.readModelFromStream(new ByteArrayInputStream(file.content())));
        } catch (RuntimeException e) {
            problem(file, null, ModelRule.PARSES, "not a valid BPMN file: " + rootCause(e));
        }
    }

    private void parseDmn(ModelFile file, Map<ModelFile, DmnModelInstance> into) {
        try {
            into.put(file, Dmn.readModelFromStream(new ByteArrayInputStream(file.content())));
        } catch (RuntimeException e) {
            problem(file, null, ModelRule.PARSES, "not a valid DMN file: " + rootCause(e));
        }
    }

    private void checkForm(ModelFile file, Map<String, String> formFiles) {
        JsonNode form;
        try {
            form = JSON.readTree(file.content());
        } catch (Exception e) {
            problem(file, null, ModelRule.PARSES, "not valid JSON: " + rootCause(e));
            return;
        }
        if (form == null || !form.isObject() || !form.path("components").isArray()) {
            problem(file, null, ModelRule.PARSES, "not a Camunda Form (an object with \"components\")");
            return;
        }
        String id = form.path("id").asText("");
        if (id.isBlank()) {
            problem(file, null, ModelRule.FORM_ID, "the form has no \"id\"");
            return;
        }
        String other = formFiles.putIfAbsent(id, file.name());
        if (other != null) {
            problem(file, id, ModelRule.FORM_ID, "form id \"" + id + "\" is used by " + other + " too");
        }
        if (!id.equals(file.baseName())) {
            problem(file, id, ModelRule.NAMED_AFTER_KEY, "the file holds form \"" + id + "\"; name it " + id + ".form");
        }
    }

    // ---------------------------------------------------------------- BPMN

    private void checkBpmn(ModelFile file, BpmnModelInstance model) {
        List<Process> executable = model.getModelElementsByType(Process.class).stream()
                .filter(Process::isExecutable).toList();
        if (executable.isEmpty()) {
            problem(file, null, ModelRule.PARSES, "the file has no executable process");
        }
        if (!executable.isEmpty() && executable.stream().noneMatch(p -> p.getId().equals(file.baseName()))) {
            problem(file, executable.get(0).getId(), ModelRule.NAMED_AFTER_KEY, "the file holds process \""
                    + executable.get(0).getId() + "\"; name it " + executable.get(0).getId() + ".bpmn");
        }
        for (Process process : executable) {
            if (!KEBAB_CASE.matcher(process.getId()).matches()) {
                problem(file, process.getId(), ModelRule.KEBAB_CASE_KEY,
                        "process key \"" + process.getId() + "\" is not kebab-case");
            }
            if (blank(process.getCamundaHistoryTimeToLiveString())) {
                problem(file, process.getId(), ModelRule.HISTORY_TIME_TO_LIVE,
                        "set History cleanup › Time to live to P1095D");
            }
            if (blank(process.getCamundaVersionTag())) {
                problem(file, process.getId(), ModelRule.VERSION_TAG, "set a Version tag (e.g. 2026.1)");
            }
        }
        checkIds(file, model);
        checkDiagram(file, model);
        for (Task task : model.getModelElementsByType(Task.class)) {
            if ((task instanceof UserTask || task instanceof ServiceTask || task instanceof BusinessRuleTask
                    || task instanceof SendTask) && !citesClause(task.getDocumentations())) {
                problem(file, task.getId(), ModelRule.TASK_DOCUMENTATION,
                        "add documentation that cites the clause it implements (e.g. \"004 §8\")");
            }
            if (task instanceof ScriptTask) {
                problem(file, task.getId(), ModelRule.SERVICE_TASK_IMPLEMENTATION,
                        "script tasks are not allowed; use a service task with a Bagalau element template");
            }
        }
        model.getModelElementsByType(UserTask.class).forEach(t -> checkUserTask(file, t));
        for (ServiceTask t : model.getModelElementsByType(ServiceTask.class)) {
            if (blank(t.getCamundaDelegateExpression()) && blank(t.getCamundaExpression())) {
                problem(file, t.getId(), ModelRule.SERVICE_TASK_IMPLEMENTATION,
                        "the service task calls nothing: choose a Bagalau element template (delegate expression)");
            }
        }
        for (BusinessRuleTask t : model.getModelElementsByType(BusinessRuleTask.class)) {
            String ref = t.getCamundaDecisionRef();
            if (blank(ref) || isExpression(ref)) {
                problem(file, t.getId(), ModelRule.DECISION_EXISTS, "name the decision to call by its key (decisionRef)");
            } else if (!decisions.contains(ref) && !environment.decisionExists(ref)) {
                problem(file, t.getId(), ModelRule.DECISION_EXISTS, "decision \"" + ref + "\" does not exist in dmn/");
            }
        }
        for (CallActivity c : model.getModelElementsByType(CallActivity.class)) {
            String ref = c.getCalledElement();
            if (!blank(ref) && !isExpression(ref) && !processes.contains(ref) && !environment.processExists(ref)) {
                problem(file, c.getId(), ModelRule.PROCESS_EXISTS, "process \"" + ref + "\" does not exist in bpmn/");
            }
        }
        checkXml(file);
    }

    private void checkUserTask(ModelFile file, UserTask task) {
        if (blank(task.getCamundaDueDate())) {
            problem(file, task.getId(), ModelRule.USER_TASK_DUE_DATE,
                    "set a due date (element template \"Bagalau: working-day due date\" or \"calendar-date deadline\")");
        }
        String form = task.getCamundaFormRef();
        if (blank(form) || blank(task.getCamundaFormRefBinding())) {
            problem(file, task.getId(), ModelRule.USER_TASK_FORM,
                    "set Form › Type \"Camunda Forms (linked)\" with the form id and binding \"latest\"");
        } else if (!isExpression(form) && !forms.contains(form) && !environment.formExists(form)) {
            problem(file, task.getId(), ModelRule.FORM_EXISTS, "form \"" + form + "\" does not exist in forms/");
        }
        if (blank(task.getCamundaAssignee()) && blank(task.getCamundaCandidateUsers())
                && blank(task.getCamundaCandidateGroups())) {
            problem(file, task.getId(), ModelRule.USER_TASK_ASSIGNMENT,
                    "set an assignee or candidate groups (who does this task)");
        }
    }

    private void checkIds(ModelFile file, BpmnModelInstance model) {
        List<BaseElement> named = new ArrayList<>();
        named.addAll(model.getModelElementsByType(FlowElement.class));
        named.addAll(model.getModelElementsByType(Lane.class));
        named.addAll(model.getModelElementsByType(Participant.class));
        for (BaseElement e : named) {
            if (e.getId() != null && GENERATED_ID.matcher(e.getId()).matches()) {
                problem(file, e.getId(), ModelRule.READABLE_ID, "give \"" + e.getId()
                        + "\" a readable id (Task_ApprovePlan, Gateway_PlanApproved, SequenceFlow_Returned)");
            }
        }
    }

    private void checkDiagram(ModelFile file, BpmnModelInstance model) {
        Set<String> drawn = new HashSet<>();
        Map<FlowNode, Bounds> shapes = new HashMap<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            if (shape.getBpmnElement() != null) {
                drawn.add(shape.getBpmnElement().getId());
                if (shape.getBpmnElement() instanceof FlowNode node && shape.getBounds() != null) {
                    shapes.put(node, shape.getBounds());
                }
            }
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            if (edge.getBpmnElement() != null) {
                drawn.add(edge.getBpmnElement().getId());
            }
        }
        for (FlowElement e : model.getModelElementsByType(FlowElement.class)) {
            if (!(e instanceof DataObject) && !drawn.contains(e.getId())) {
                problem(file, e.getId(), ModelRule.DIAGRAM_COMPLETE, "\"" + e.getId() + "\" has no shape in the diagram");
            }
        }
        List<Map.Entry<FlowNode, Bounds>> list = new ArrayList<>(shapes.entrySet());
        list.sort((a, b) -> a.getKey().getId().compareTo(b.getKey().getId()));
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                FlowNode a = list.get(i).getKey();
                FlowNode b = list.get(j).getKey();
                if (overlap(list.get(i).getValue(), list.get(j).getValue()) && !related(a, b) && !related(b, a)) {
                    problem(file, a.getId(), ModelRule.NO_OVERLAP, "the shape overlaps " + b.getId());
                }
            }
        }
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }

    /** A boundary event sits on its activity, a sub-process contains its elements: not overlaps. */
    private static boolean related(FlowNode a, FlowNode b) {
        if (a instanceof BoundaryEvent be && be.getAttachedTo() != null && be.getAttachedTo().equals(b)) {
            return true;
        }
        for (ModelElementInstance p = a.getParentElement(); p != null; p = p.getParentElement()) {
            if (p.equals(b)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Walks the XML itself for what the typed model does not show in one place: Java classes and scripts
     * anywhere (listeners included), and every expression's beans.
     */
    private void checkXml(ModelFile file) {
        Document doc;
        try {
            doc = secureFactory().newDocumentBuilder().parse(new ByteArrayInputStream(file.content()));
        } catch (Exception e) {
            problem(file, null, ModelRule.PARSES, "not valid XML: " + rootCause(e));
            return;
        }
        walk(file, doc.getDocumentElement(), null);
    }

    private void walk(ModelFile file, Element element, String owner) {
        String id = element.hasAttribute("id") ? element.getAttribute("id") : owner;
        if (CAMUNDA_NS.equals(element.getNamespaceURI()) && "script".equals(element.getLocalName())) {
            problem(file, id, ModelRule.SERVICE_TASK_IMPLEMENTATION, "scripts are not allowed; call a bean");
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            if (CAMUNDA_NS.equals(a.getNamespaceURI()) && "class".equals(a.getLocalName())
                    || a.getNamespaceURI() == null && "class".equals(a.getLocalName())
                    && CAMUNDA_NS.equals(element.getNamespaceURI())) {
                problem(file, id, ModelRule.SERVICE_TASK_IMPLEMENTATION,
                        "Java class " + a.getValue() + " is not allowed; use a delegate expression (${bean})");
            }
            if ("delegateExpression".equals(a.getLocalName())) {
                Matcher single = SINGLE_BEAN.matcher(a.getValue());
                if (single.matches()) {
                    requireBean(file, id, single.group(1));
                    continue;
                }
            }
            checkExpressions(file, id, a.getValue());
        }
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                walk(file, child, id);
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                if (!"documentation".equals(element.getLocalName())) {
                    checkExpressions(file, id, n.getNodeValue());
                }
            }
        }
    }

    private void checkExpressions(ModelFile file, String element, String text) {
        if (text == null || !EXPRESSION.matcher(text).find()) {
            return;
        }
        Matcher m = METHOD_CALL_ROOT.matcher(STRING_LITERAL.matcher(text).replaceAll("''"));
        Set<String> beans = new LinkedHashSet<>();
        while (m.find()) {
            if (!ENGINE_NAMES.contains(m.group(1))) {
                beans.add(m.group(1));
            }
        }
        beans.forEach(bean -> requireBean(file, element, bean));
    }

    private void requireBean(ModelFile file, String element, String bean) {
        if (!ENGINE_NAMES.contains(bean) && !environment.beanExists(bean)) {
            problem(file, element, ModelRule.BEAN_EXISTS, "the application has no bean \"" + bean
                    + "\"; use a Bagalau element template or ask the developers");
        }
    }

    // ---------------------------------------------------------------- DMN

    private void checkDmn(ModelFile file, DmnModelInstance model) {
        Collection<Decision> all = model.getModelElementsByType(Decision.class);
        if (all.isEmpty()) {
            problem(file, null, ModelRule.PARSES, "the file has no decision");
        } else if (all.stream().noneMatch(d -> d.getId().equals(file.baseName()))) {
            String first = all.iterator().next().getId();
            problem(file, first, ModelRule.NAMED_AFTER_KEY,
                    "the file holds decision \"" + first + "\"; name it " + first + ".dmn");
        }
        for (Decision d : all) {
            if (!KEBAB_CASE.matcher(d.getId()).matches()) {
                problem(file, d.getId(), ModelRule.KEBAB_CASE_KEY, "decision key \"" + d.getId() + "\" is not kebab-case");
            }
            if (blank(d.getCamundaHistoryTimeToLiveString())) {
                problem(file, d.getId(), ModelRule.HISTORY_TIME_TO_LIVE, "set History cleanup › Time to live to P1095D");
            }
            if (blank(d.getVersionTag())) {
                problem(file, d.getId(), ModelRule.VERSION_TAG, "set a Version tag (e.g. 2026.1)");
            }
            if (d.getExpression() instanceof DecisionTable table) {
                int row = 0;
                for (Rule rule : table.getRules()) {
                    row++;
                    String annotation = rule.getDescription() == null ? null : rule.getDescription().getTextContent();
                    if (annotation == null || !CLAUSE.matcher(annotation).find()) {
                        problem(file, d.getId() + " rule " + row + " (" + rule.getId() + ")", ModelRule.RULE_ANNOTATION,
                                "write the clause in the rule's Annotations column (e.g. \"004 §8\")");
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private static boolean citesClause(Collection<Documentation> docs) {
        return docs.stream().anyMatch(d -> d.getTextContent() != null && CLAUSE.matcher(d.getTextContent()).find());
    }

    private static boolean isExpression(String value) {
        return EXPRESSION.matcher(value).find();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private void problem(ModelFile file, String element, ModelRule rule, String message) {
        problems.add(new ModelProblem(file.name(), element, rule, message));
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static DocumentBuilderFactory secureFactory() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }
}
