package kz.bagalau.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The house rules for decision tables (style.md §5–6): TTL, version tag, hit policy, clause per rule, labels. */
class DecisionModelTests {

    @ParameterizedTest
    @ValueSource(strings = {"grade-band", "disciplinary-cap", "evaluation-eligibility", "kpi-count-grade",
            "competency-level"})
    void everyTableKeepsHistoryThreeYearsAndCitesItsClausePerRule_000_8_003_14_004_13(String key) {
        DmnModelInstance model = read(key);
        Decision decision = model.getModelElementById(key);
        assertThat(decision).as("decision id = key %s", key).isNotNull();
        assertThat(decision.getCamundaHistoryTimeToLiveString()).isEqualTo("P1095D");
        assertThat(decision.getVersionTag()).isNotBlank();
        DecisionTable table = (DecisionTable) decision.getExpression();
        assertThat(table.getHitPolicy()).isNotNull();
        assertThat(model.getDocument().getRootElement().getChildElementsByNameNs(
                "https://www.omg.org/spec/DMN/20191111/DMNDI/", "DMNDI")).as("diagram for Modeler").hasSize(1);
        for (Input input : table.getInputs()) {
            assertThat(input.getLabel()).as("input %s labelled kk / ru", input.getId()).contains(" / ");
        }
        for (Output output : table.getOutputs()) {
            assertThat(output.getLabel()).as("output %s labelled kk / ru", output.getName()).contains(" / ");
        }
        for (Rule rule : table.getRules()) {
            assertThat(rule.getId()).startsWith("Rule_");
            assertThat(rule.getDescription()).as("rule %s cites its clause", rule.getId()).isNotNull();
            assertThat(rule.getDescription().getTextContent()).matches("(?s).*\\b00[0-4] (§|app\\.).*");
        }
    }

    private static DmnModelInstance read(String key) {
        try (InputStream in = DecisionModelTests.class.getResourceAsStream("/dmn/" + key + ".dmn")) {
            return Dmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
