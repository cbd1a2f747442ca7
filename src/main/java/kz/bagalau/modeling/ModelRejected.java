package kz.bagalau.modeling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;

/**
 * A deployment refused because its models break Bagalau's rules. A {@link ParseException}, so that the
 * engine's REST API answers {@code POST /engine-rest/deployment/create} with 400 and the problems per
 * file and element (the {@code details} Camunda Modeler shows), and the message lists them readably.
 */
public class ModelRejected extends ParseException {

    private final transient List<ModelProblem> problems;

    public ModelRejected(List<ModelProblem> problems) {
        super(message(problems), problems.get(0).resource(), List.of(), List.of());
        this.problems = List.copyOf(problems);
        Map<String, List<Problem>> byResource = new LinkedHashMap<>();
        problems.forEach(p -> byResource.computeIfAbsent(p.resource(), r -> new ArrayList<>()).add(new Reason(p)));
        resorceReports = byResource.entrySet().stream()
                .map(e -> (ResourceReport) new Report(e.getKey(), e.getValue())).collect(Collectors.toList());
    }

    public List<ModelProblem> getProblems() {
        return problems;
    }

    private static String message(List<ModelProblem> problems) {
        return "Bagalau refused the deployment: " + problems.size() + " rule(s) broken (docs/process-owners.md):\n"
                + problems.stream().map(p -> "- " + p).collect(Collectors.joining("\n"));
    }

    private record Reason(ModelProblem problem) implements Problem {
        @Override
        public String getMessage() {
            return problem.rule().code() + ": " + problem.message();
        }

        @Override
        public int getLine() {
            return 0;
        }

        @Override
        public int getColumn() {
            return 0;
        }

        @Override
        public String getMainElementId() {
            return problem.element();
        }

        @Override
        public List<String> getElementIds() {
            return problem.element() == null ? List.of() : List.of(problem.element());
        }
    }

    private record Report(String getResourceName, List<Problem> getErrors) implements ResourceReport {
        @Override
        public List<Problem> getWarnings() {
            return List.of();
        }
    }
}
