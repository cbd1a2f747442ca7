package kz.bagalau.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import kz.bagalau.support.BagalauBootTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every model file in the repository keeps every rule of {@link ModelRule}; a failure names the file, the
 * element and the rule. Beans are looked up in the running application context.
 */
@BagalauBootTest
class ModelFilesTests {

    @Autowired ApplicationContext context;

    @TestFactory
    Stream<DynamicTest> everyModelFileKeepsTheRules() {
        List<ModelFile> files = RepositoryModels.all();
        List<ModelProblem> problems = ModelChecks.check(files, RepositoryModels.environment(context));
        return files.stream().map(file -> DynamicTest.dynamicTest(file.name(), () -> assertThat(problems.stream()
                        .filter(p -> p.resource().equals(file.name())).map(ModelProblem::toString)
                        .collect(Collectors.joining("\n")))
                .as("rules broken in " + file.name()).isEmpty()));
    }

    @Test
    void theChecksSeeEveryFolder() {
        List<ModelFile> files = RepositoryModels.all();
        assertThat(files).extracting(f -> f.name().substring(0, f.name().indexOf('/')))
                .contains("bpmn", "dmn", "forms");
        assertThat(files).extracting(ModelFile::name).contains("bpmn/quarterly-evaluation.bpmn", "dmn/grade-band.dmn");
    }

    @Test
    void pendingBeansAreStillPending() {
        // A pending bean that now exists only needs its line removed; say so rather than fail the build.
        RepositoryModels.pendingBeans().keySet().stream().filter(context::containsBean).forEach(bean ->
                System.out.println("pending-beans.properties: bean '" + bean + "' exists now; remove its line"));
    }
}
