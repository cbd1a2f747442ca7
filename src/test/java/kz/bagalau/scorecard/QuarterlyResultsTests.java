package kz.bagalau.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kz.bagalau.support.BagalauBootTest;
import kz.bagalau.web.BadRequestException;

/** The quarterly result stored and read back: eligibility, sheets, cap, grade, calibration (004 §5–8, app.1/2). */
@BagalauBootTest
class QuarterlyResultsTests {

    private static final EligibilityFacts KZ_2025_IN_POST = new EligibilityFacts("KZ-2025", 12, false, 60, false, false);

    private final QuarterlyResults results;

    @Autowired
    QuarterlyResultsTests(QuarterlyResults results) {
        this.results = results;
    }

    @Test
    void gradedQuarterIsStoredWithEveryScoreTheCapAndTheGrade_004_app2_004_18() {
        QuarterRef ref = quarter("org-a", 2025, 2);
        assertThat(results.recordEligibility(ref, EvaluationForm.NON_MANAGERIAL, KZ_2025_IN_POST, "pi-1"))
                .isEqualTo(new EligibilityDecision(Eligibility.ELIGIBLE, "MEETS_CONDITIONS"));
        results.submitSheet(ref, sheet("head", 5, 5, 4, 4, 4, "Своевременно / Уақтылы"));
        results.submitSheet(ref, sheet("co", 4, 4, 4, 4, 5, null));

        results.grade(ref, "REPRIMAND");

        QuarterlyResult stored = results.find(ref).orElseThrow();
        assertThat(stored.getStatus()).isEqualTo(QuarterlyStatus.GRADED);
        assertThat(stored.getEdition()).isEqualTo("KZ-2025");
        assertThat(stored.getForm()).isEqualTo(EvaluationForm.NON_MANAGERIAL);
        assertThat(stored.getProcessInstanceId()).isEqualTo("pi-1");
        assertThat(stored.getAverageScore()).isEqualByComparingTo("4.30");
        assertThat(stored.getCapMaxScore()).isEqualByComparingTo("2.99");
        assertThat(stored.getCapAppliesTo()).isEqualTo(CapReading.RESULT);
        assertThat(stored.isCapApplied()).isTrue();
        assertThat(stored.getSanction()).isEqualTo("REPRIMAND");
        assertThat(stored.getFinalScore()).isEqualByComparingTo("2.99");
        assertThat(stored.getGrade()).isEqualTo(Grade.SATISFACTORY);
        assertThat(stored.getGradedAt()).isNotNull();
        assertThat(stored.getScores()).hasSize(10);
        assertThat(stored.sheets()).extracting(ScoreSheet::evaluatorLogin).containsExactly("co", "head");
        assertThat(stored.getScores()).filteredOn(s -> s.getEvaluatorLogin().equals("head") && s.getParameterNumber() == 1)
                .singleElement().satisfies(s -> {
                    assertThat(s.getScore()).isEqualTo(5);
                    assertThat(s.getComment()).isEqualTo("Своевременно / Уақтылы");
                });
    }

    @Test
    void aSecondSheetOfTheSameEvaluatorReplacesTheFirst() {
        QuarterRef ref = quarter("org-a", 2025, 3);
        results.recordEligibility(ref, EvaluationForm.RANKING, new EligibilityFacts("KZ-2023", 6, false, 60, false, false), null);
        results.submitSheet(ref, new ScoreSheet("head", List.of(ParameterScore.of(1, 2), ParameterScore.of(2, 2),
                ParameterScore.of(3, 2), ParameterScore.of(4, 2))));
        results.submitSheet(ref, new ScoreSheet("head", List.of(ParameterScore.of(1, 4), ParameterScore.of(2, 4),
                ParameterScore.of(3, 4), ParameterScore.of(4, 3))));

        QuarterlyResult graded = results.grade(ref, null);

        assertThat(graded.getScores()).hasSize(4);
        assertThat(graded.getFinalScore()).isEqualByComparingTo("3.75");
        assertThat(graded.getGrade()).isEqualTo(Grade.PROPER);
        assertThat(graded.getSanction()).isNull();
        assertThat(graded.isCapApplied()).isFalse();
    }

    @Test
    void notEligibleQuarterIsRecordedWithItsReasonAndTakesNoScores_004_6() {
        QuarterRef ref = quarter("org-a", 2025, 1);
        results.recordEligibility(ref, EvaluationForm.NON_MANAGERIAL, new EligibilityFacts("KZ-2025", 2, false, 14, false, false), null);

        QuarterlyResult stored = results.find(ref).orElseThrow();
        assertThat(stored.getStatus()).isEqualTo(QuarterlyStatus.NOT_EVALUATED);
        assertThat(stored.getEligibility()).isEqualTo(Eligibility.NOT_ELIGIBLE);
        assertThat(stored.getEligibilityReason()).isEqualTo("FEWER_THAN_15_WORKED_DAYS");
        assertThatThrownBy(() -> results.submitSheet(ref, sheet("head", 4, 4, 4, 4, 4, null)))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("does not take scores: it is NOT_EVALUATED (FEWER_THAN_15_WORKED_DAYS)");
    }

    @Test
    void dismissedServantIsEvaluatedWithoutParticipation_004_7() {
        QuarterRef ref = quarter("org-a", 2025, 4);
        results.recordEligibility(ref, EvaluationForm.NON_MANAGERIAL, new EligibilityFacts("KZ-2025", 3, false, 40, false, true), null);

        assertThat(results.find(ref).orElseThrow())
                .returns(Eligibility.WITHOUT_PARTICIPATION, QuarterlyResult::getEligibility)
                .returns(QuarterlyStatus.AWAITING_SCORES, QuarterlyResult::getStatus);
    }

    @Test
    void anInvalidSheetIsRefusedAndNothingIsStored_004_app1() {
        QuarterRef ref = quarter("org-a", 2025, 2);
        results.recordEligibility(ref, EvaluationForm.MANAGERIAL, KZ_2025_IN_POST, null);

        assertThatThrownBy(() -> results.submitSheet(ref, sheet("head", 4, 4, 0, 4, 4, null)))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("Parameter 3 (Лидерство и навыки принятия решений): a score of 0");
        assertThat(results.find(ref).orElseThrow().getScores()).isEmpty();
        assertThatThrownBy(() -> results.grade(ref, "NONE"))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("No evaluator has scored");
    }

    @Test
    void aSheetOfTheOtherEditionIsRefused() {
        QuarterRef ref = quarter("org-a", 2025, 2);

        assertThatThrownBy(() -> results.recordEligibility(ref, EvaluationForm.RANKING, KZ_2025_IN_POST, null))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("The RANKING sheet belongs to edition KZ-2023, not KZ-2025");
    }

    @Test
    void aKz2025SheetNeedsTheSanctionOfTheQuarter_004_app1() {
        QuarterRef ref = quarter("org-a", 2025, 2);
        results.recordEligibility(ref, EvaluationForm.MANAGERIAL, KZ_2025_IN_POST, null);
        results.submitSheet(ref, sheet("head", 4, 4, 4, 4, 4, null));

        assertThatThrownBy(() -> results.grade(ref, " "))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("NONE when there was none");
    }

    @Test
    void calibrationSetsTheFinalScoreAndGradesItAgain_004_23() {
        QuarterRef ref = quarter("org-a", 2025, 2);
        results.recordEligibility(ref, EvaluationForm.MANAGERIAL, KZ_2025_IN_POST, null);
        results.submitSheet(ref, sheet("head", 4, 4, 4, 4, 3, null));
        assertThat(results.grade(ref, "NONE").getGrade()).isEqualTo(Grade.PROPER);

        results.calibrate(ref, new BigDecimal("4.10"));

        QuarterlyResult stored = results.find(ref).orElseThrow();
        assertThat(stored.getStatus()).isEqualTo(QuarterlyStatus.CALIBRATED);
        assertThat(stored.getAverageScore()).isEqualByComparingTo("3.80");
        assertThat(stored.getFinalScore()).isEqualByComparingTo("4.10");
        assertThat(stored.getGrade()).isEqualTo(Grade.EFFECTIVE);
        assertThatThrownBy(() -> results.calibrate(ref, new BigDecimal("5.5"))).isInstanceOf(BadRequestException.class);
    }

    @Test
    void theSameServantsQuarterCannotBeClaimedByAnotherOrganisation() {
        QuarterRef ref = quarter("org-a", 2025, 2);
        results.recordEligibility(ref, EvaluationForm.MANAGERIAL, KZ_2025_IN_POST, null);

        assertThatThrownBy(() -> results.find(new QuarterRef("org-b", ref.servantLogin(), 2025, 2)))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("is evaluated in organisation org-a");
    }

    static QuarterRef quarter(String organisation, int year, int quarter) {
        return new QuarterRef(organisation, "s-" + UUID.randomUUID().toString().substring(0, 8), year, quarter);
    }

    private static ScoreSheet sheet(String evaluator, int s1, int s2, int s3, int s4, int s5, String comment1) {
        return new ScoreSheet(evaluator, List.of(ParameterScore.of(1, s1, comment1), ParameterScore.of(2, s2),
                ParameterScore.of(3, s3), ParameterScore.of(4, s4), ParameterScore.of(5, s5)));
    }
}
