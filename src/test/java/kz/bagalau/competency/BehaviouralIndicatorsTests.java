package kz.bagalau.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The catalogue of 001 appendix 4 and the competency forms that show it stay in step. */
class BehaviouralIndicatorsTests {

    private final BehaviouralIndicators indicators = new BehaviouralIndicators();

    @ParameterizedTest
    @EnumSource(IndicatorSet.class)
    void nineCompetenciesWithOneToTenIndicatorsEach_000_26(IndicatorSet set) {
        List<BehaviouralIndicators.Competency> competencies = indicators.competencies(set);
        assertThat(competencies).extracting(BehaviouralIndicators.Competency::code).containsExactly(
                "SERVICE_MANAGEMENT", "COOPERATION", "DECISION_MAKING", "OPERATIVENESS", "SELF_DEVELOPMENT",
                "INTEGRITY", "STRESS_RESISTANCE", "RESPONSIBILITY", "INITIATIVE");
        assertThat(competencies).allSatisfy(c -> {
            assertThat(c.indicators()).hasSizeBetween(1, 10);
            assertThat(c.indicators()).allSatisfy(i -> assertThat(i.kk()).isNotBlank());
            assertThat(c.indicators()).allSatisfy(i -> assertThat(i.ru()).isNotBlank());
        });
    }

    @ParameterizedTest
    @EnumSource(IndicatorSet.class)
    void theFormHasACheckboxForEveryIndicatorOfItsSet(IndicatorSet set) throws Exception {
        JsonNode form = new ObjectMapper().readTree(Files.readString(Path.of("forms", set.formId() + ".form")));
        assertThat(form.get("id").asText()).isEqualTo(set.formId());
        List<String> keys = new ArrayList<>();
        form.get("components").forEach(c -> {
            if ("checkbox".equals(c.get("type").asText())) {
                keys.add(c.get("key").asText());
            }
        });
        List<String> expected = new ArrayList<>();
        List<BehaviouralIndicators.Competency> competencies = indicators.competencies(set);
        for (int c = 1; c <= competencies.size(); c++) {
            for (int i = 1; i <= competencies.get(c - 1).indicators().size(); i++) {
                expected.add(CompetencySheets.key(c, i));
            }
        }
        assertThat(keys).containsExactlyElementsOf(expected);
    }
}
