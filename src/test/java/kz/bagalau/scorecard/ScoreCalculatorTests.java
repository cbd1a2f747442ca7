package kz.bagalau.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import kz.bagalau.web.BadRequestException;

/** The arithmetic of the sheet without the engine (004 app.1/2, 004 §18, 003 §23, §31–32). */
class ScoreCalculatorTests {

    private static final DisciplinaryCap REPRIMAND = new DisciplinaryCap(new BigDecimal("2.99"), CapReading.RESULT);
    private static final DisciplinaryCap OTHER = new DisciplinaryCap(new BigDecimal("1.99"), CapReading.RESULT);
    private static final DisciplinaryCap REPRIMAND_ON_PARAMETER_5 =
            new DisciplinaryCap(new BigDecimal("2.99"), CapReading.PARAMETER_5);
    private static final DisciplinaryCap OTHER_ON_PARAMETER_5 =
            new DisciplinaryCap(new BigDecimal("1.99"), CapReading.PARAMETER_5);

    @Nested
    class Average {

        @Test
        void averageIsTheSumDividedByTheNumberOfParameters_004_app2() {
            ScoreCalculation result = calculate(EvaluationForm.NON_MANAGERIAL, DisciplinaryCap.NONE, sheet("a", 4, 4, 4, 4, 3));

            assertThat(result.average()).isEqualByComparingTo("3.80").hasScaleOf(2);
            assertThat(result.finalScore()).isEqualTo(result.average());
            assertThat(result.capApplied()).isFalse();
        }

        @Test
        void averageIsRoundedHalfUpToTwoDecimals_004_8() {
            // 29 / 8 = 3.625: half up gives 3.63 (half even would give 3.62).
            ScoreCalculation result = calculate(EvaluationForm.RANKING, DisciplinaryCap.NONE,
                    sheet("a", 4, 4, 4, 3), sheet("b", 4, 4, 3, 3));

            assertThat(result.average()).isEqualByComparingTo("3.63");
        }

        @Test
        void aThirdIsRoundedToTwoDecimalsSoNoScoreFallsBetweenBands_003_7() {
            ScoreCalculation result = calculate(EvaluationForm.KPI, DisciplinaryCap.NONE, sheet("a", 4, 4, 3));

            assertThat(result.average()).isEqualByComparingTo("3.67").hasScaleOf(2);
        }

        @Test
        void coEvaluatorsCountEquallyPerParameter_004_18() {
            ScoreCalculation result = calculate(EvaluationForm.NON_MANAGERIAL, DisciplinaryCap.NONE,
                    sheet("head", 5, 4, 4, 4, 3), sheet("co", 4, 4, 3, 3, 3));

            assertThat(result.average()).isEqualByComparingTo("3.70");
            assertThat(result.parameterAverages()).containsOnlyKeys(1, 2, 3, 4, 5);
            assertThat(result.parameterAverages().get(1)).isEqualByComparingTo("4.50");
            assertThat(result.parameterAverages().get(3)).isEqualByComparingTo("3.50");
            assertThat(result.parameterAverages().get(5)).isEqualByComparingTo("3.00");
        }

        @Test
        void rankingHasFourParameters_003_32() {
            ScoreCalculation result = calculate(EvaluationForm.RANKING, DisciplinaryCap.NONE, sheet("a", 5, 4, 4, 4));

            assertThat(result.average()).isEqualByComparingTo("4.25");
        }
    }

    @Nested
    class CapOnTheResult {

        @Test
        void reprimandCapsTheResultAt299_004_app1() {
            ScoreCalculation result = calculate(EvaluationForm.MANAGERIAL, REPRIMAND, sheet("a", 5, 5, 5, 5, 5));

            assertThat(result.average()).isEqualByComparingTo("5.00");
            assertThat(result.finalScore()).isEqualByComparingTo("2.99");
            assertThat(result.capApplied()).isTrue();
        }

        @Test
        void aResultAlreadyBelowTheCapIsNotChanged_004_app2() {
            ScoreCalculation result = calculate(EvaluationForm.NON_MANAGERIAL, REPRIMAND, sheet("a", 3, 3, 3, 3, 2));

            assertThat(result.finalScore()).isEqualByComparingTo("2.80");
            assertThat(result.capApplied()).isFalse();
        }

        @Test
        void otherSanctionCapsTheResultAt199_004_app2() {
            ScoreCalculation result = calculate(EvaluationForm.NON_MANAGERIAL, OTHER, sheet("a", 4, 4, 4, 4, 3));

            assertThat(result.finalScore()).isEqualByComparingTo("1.99");
            assertThat(result.capApplied()).isTrue();
        }

        @Test
        void noSanctionLeavesTheResultUncapped_004_app1() {
            ScoreCalculation result = calculate(EvaluationForm.MANAGERIAL, DisciplinaryCap.NONE, sheet("a", 5, 5, 5, 5, 5));

            assertThat(result.finalScore()).isEqualByComparingTo("5.00");
            assertThat(result.capApplied()).isFalse();
        }

        @Test
        void kz2023FormsHaveNoDisciplinaryCap_003_32() {
            ScoreCalculation result = calculate(EvaluationForm.RANKING, OTHER, sheet("a", 5, 5, 5, 5));

            assertThat(result.finalScore()).isEqualByComparingTo("5.00");
            assertThat(result.capApplied()).isFalse();
        }
    }

    @Nested
    class CapOnParameterFive {

        @Test
        void reprimandLimitsParameterFiveToTwo_004_app1() {
            ScoreCalculation result = calculate(EvaluationForm.MANAGERIAL, REPRIMAND_ON_PARAMETER_5,
                    sheet("a", 5, 5, 5, 5, 5));

            assertThat(result.average()).isEqualByComparingTo("5.00");
            assertThat(result.finalScore()).isEqualByComparingTo("4.40");
            assertThat(result.capApplied()).isTrue();
        }

        @Test
        void otherSanctionLimitsParameterFiveToOne_004_app2() {
            ScoreCalculation result = calculate(EvaluationForm.NON_MANAGERIAL, OTHER_ON_PARAMETER_5,
                    sheet("a", 4, 4, 4, 4, 3));

            assertThat(result.finalScore()).isEqualByComparingTo("3.40");
            assertThat(result.capApplied()).isTrue();
        }

        @Test
        void eachCoEvaluatorsParameterFiveIsLimited_004_18() {
            ScoreCalculation result = calculate(EvaluationForm.NON_MANAGERIAL, REPRIMAND_ON_PARAMETER_5,
                    sheet("head", 4, 4, 4, 4, 5), sheet("co", 4, 4, 4, 4, 1));

            // (16 + 2) + (16 + 1) = 35 over 10 scores.
            assertThat(result.finalScore()).isEqualByComparingTo("3.50");
            assertThat(result.average()).isEqualByComparingTo("3.80");
        }

        @Test
        void parameterFiveAlreadyWithinTheCapIsNotChanged_004_app2() {
            ScoreCalculation result = calculate(EvaluationForm.NON_MANAGERIAL, REPRIMAND_ON_PARAMETER_5,
                    sheet("a", 5, 5, 5, 5, 2));

            assertThat(result.finalScore()).isEqualByComparingTo("4.40");
            assertThat(result.capApplied()).isFalse();
        }
    }

    @Nested
    class InvalidSheets {

        @Test
        void scoreAboveFiveIsRefusedNamingTheParameter_004_18() {
            assertRefused(EvaluationForm.NON_MANAGERIAL, sheet("a", 4, 6, 4, 4, 4),
                    "Parameter 2 (Соблюдение сроков выполнения задач): 6 is outside 0..5");
        }

        @Test
        void negativeScoreIsRefused_004_18() {
            assertRefused(EvaluationForm.NON_MANAGERIAL, sheet("a", 4, 4, -1, 4, 4),
                    "Parameter 3 (Самостоятельность и инициативность): -1 is outside 0..5");
        }

        @Test
        void fractionalScoreIsRefused_004_app1() {
            ScoreSheet sheet = new ScoreSheet("a", List.of(ParameterScore.of(1, 4), ParameterScore.of(2, 4),
                    new ParameterScore(3, new BigDecimal("2.5"), null), ParameterScore.of(4, 4), ParameterScore.of(5, 4)));

            assertRefused(EvaluationForm.MANAGERIAL, sheet, "Parameter 3 (Лидерство и навыки принятия решений): 2.5 is not a whole number");
        }

        @Test
        void missingScoreIsRefused_004_app2() {
            ScoreSheet sheet = new ScoreSheet("a", List.of(ParameterScore.of(1, 4), ParameterScore.of(2, 4),
                    ParameterScore.of(3, 4), new ParameterScore(4, null, null), ParameterScore.of(5, 4)));

            assertRefused(EvaluationForm.NON_MANAGERIAL, sheet, "Parameter 4 (Соблюдение трудовой дисциплины): the score is missing");
        }

        @Test
        void missingParameterIsRefused_004_app2() {
            assertRefused(EvaluationForm.NON_MANAGERIAL, sheet("a", 4, 4, 4, 4),
                    "Parameter 5 (Отсутствие дисциплинарных взысканий): the score is missing");
        }

        @Test
        void zeroWithoutACommentIsRefused_004_app1() {
            assertRefused(EvaluationForm.NON_MANAGERIAL, sheet("a", 0, 4, 4, 4, 4),
                    "Parameter 1 (Качество выполнения функциональных обязанностей): a score of 0 means the parameter was not performed at all");
            ScoreSheet blankComment = new ScoreSheet("a", List.of(ParameterScore.of(1, 0, "  "), ParameterScore.of(2, 4),
                    ParameterScore.of(3, 4), ParameterScore.of(4, 4), ParameterScore.of(5, 4)));
            assertRefused(EvaluationForm.NON_MANAGERIAL, blankComment, "a score of 0 means");
        }

        @Test
        void zeroWithACommentIsAccepted_004_app1() {
            ScoreSheet sheet = new ScoreSheet("a", List.of(ParameterScore.of(1, 0, "Не исполнял / Орындамады"),
                    ParameterScore.of(2, 4), ParameterScore.of(3, 4), ParameterScore.of(4, 4), ParameterScore.of(5, 4)));

            assertThat(calculate(EvaluationForm.NON_MANAGERIAL, DisciplinaryCap.NONE, sheet).average())
                    .isEqualByComparingTo("3.20");
        }

        @Test
        void parameterTheFormDoesNotHaveIsRefused_003_32() {
            assertRefused(EvaluationForm.RANKING, sheet("a", 4, 4, 4, 4, 4), "The RANKING sheet has no parameter 5");
        }

        @Test
        void parameterScoredTwiceIsRefused() {
            ScoreSheet sheet = new ScoreSheet("a", List.of(ParameterScore.of(1, 4), ParameterScore.of(1, 5),
                    ParameterScore.of(2, 4), ParameterScore.of(3, 4), ParameterScore.of(4, 4)));

            assertRefused(EvaluationForm.RANKING, sheet, "Parameter 1 (Качество выполнения функциональных обязанностей) is scored twice");
        }

        @Test
        void kpiSheetNeedsThreeToFiveKpis_003_23() {
            assertRefused(EvaluationForm.KPI, sheet("a", 4, 4), "A KPI sheet carries 3 to 5 KPIs (003 §23); this one has 2");
            assertRefused(EvaluationForm.KPI, sheet("a", 4, 4, 4, 4, 4, 4), "The KPI sheet has no parameter 6");
            assertThat(calculate(EvaluationForm.KPI, DisciplinaryCap.NONE, sheet("a", 5, 4, 4, 4, 3)).average())
                    .isEqualByComparingTo("4.00");
        }

        @Test
        void coEvaluatorsScoreTheSameKpis_003_31() {
            assertThatThrownBy(() -> ScoreCalculator.calculate(EvaluationForm.KPI,
                    List.of(sheet("head", 4, 4, 4), sheet("co", 4, 4, 4, 4)), DisciplinaryCap.NONE))
                    .isInstanceOf(BadRequestException.class)
                    .hasMessageContaining("different numbers of KPIs");
        }

        @Test
        void oneSheetPerEvaluator_004_18() {
            assertThatThrownBy(() -> ScoreCalculator.calculate(EvaluationForm.RANKING,
                    List.of(sheet("head", 4, 4, 4, 4), sheet("head", 3, 3, 3, 3)), DisciplinaryCap.NONE))
                    .isInstanceOf(BadRequestException.class)
                    .hasMessageContaining("Evaluator head has two sheets");
        }

        @Test
        void noSheetAtAllIsRefused() {
            assertThatThrownBy(() -> ScoreCalculator.calculate(EvaluationForm.RANKING, List.of(), DisciplinaryCap.NONE))
                    .isInstanceOf(BadRequestException.class)
                    .hasMessageContaining("No evaluator has scored");
        }
    }

    @Nested
    class TaskVariables {

        @Test
        void scoresAndCommentsAreReadFromTheTaskVariables_issue6() {
            Map<String, Object> variables = new HashMap<>();
            variables.put("score1", 4L);
            variables.put("score2", 4);
            variables.put("score3", "3");
            variables.put("score4", 4.0);
            variables.put("score5", 0);
            variables.put("comment5", "Взыскание / Жаза");

            ScoreSheet sheet = ScoreSheet.fromVariables("head", EvaluationForm.NON_MANAGERIAL, variables);

            assertThat(sheet.scores()).extracting(s -> s.score().intValueExact()).containsExactly(4, 4, 3, 4, 0);
            assertThat(sheet.scores().get(4).comment()).isEqualTo("Взыскание / Жаза");
            assertThat(calculate(EvaluationForm.NON_MANAGERIAL, DisciplinaryCap.NONE, sheet).average())
                    .isEqualByComparingTo("3.00");
        }

        @Test
        void aKpiSheetHasAsManyKpisAsScoresEntered_003_23() {
            ScoreSheet sheet = ScoreSheet.fromVariables("head", EvaluationForm.KPI,
                    Map.of("score1", 5, "score2", 4, "score3", 4, "score4", 3));

            assertThat(sheet.scores()).hasSize(4);
        }

        @Test
        void aNonNumericOrFractionalVariableIsRefused_issue6() {
            assertThatThrownBy(() -> ScoreSheet.fromVariables("head", EvaluationForm.RANKING,
                    Map.of("score1", "five", "score2", 4, "score3", 4, "score4", 4)))
                    .isInstanceOf(BadRequestException.class)
                    .hasMessageContaining("Parameter 1 (Качество выполнения функциональных обязанностей): 'five' is not a number");
            ScoreSheet fractional = ScoreSheet.fromVariables("head", EvaluationForm.RANKING,
                    Map.of("score1", 2.5, "score2", 4, "score3", 4, "score4", 4));
            assertRefused(EvaluationForm.RANKING, fractional, "2.5 is not a whole number");
        }

        @Test
        void anAbsentVariableIsAMissingScore_issue6() {
            ScoreSheet sheet = ScoreSheet.fromVariables("head", EvaluationForm.RANKING,
                    Map.of("score1", 4, "score2", 4, "score4", 4));

            assertRefused(EvaluationForm.RANKING, sheet, "Parameter 3 (Самостоятельность и инициативность): the score is missing");
        }
    }

    @Test
    void yearlyAverageOfQuartersIsRoundedHalfUp_004_5() {
        assertThat(ScoreCalculator.averageOf(List.of(new BigDecimal("4.00"), new BigDecimal("3.80"),
                new BigDecimal("3.25")))).isEqualByComparingTo("3.68");
    }

    static ScoreSheet sheet(String evaluator, int... scores) {
        List<ParameterScore> list = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            list.add(ParameterScore.of(i + 1, scores[i]));
        }
        return new ScoreSheet(evaluator, list);
    }

    private static ScoreCalculation calculate(EvaluationForm form, DisciplinaryCap cap, ScoreSheet... sheets) {
        return ScoreCalculator.calculate(form, List.of(sheets), cap);
    }

    private static void assertRefused(EvaluationForm form, ScoreSheet sheet, String reason) {
        assertThatThrownBy(() -> ScoreCalculator.calculate(form, List.of(sheet), DisciplinaryCap.NONE))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining(reason);
    }
}
