package kz.bagalau.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kz.bagalau.support.BagalauBootTest;

/** The yearly grade: the average of the year's quarterly scores (004 §5, 003 §4). */
@BagalauBootTest
class YearlyGradesTests {

    private final QuarterlyResults results;
    private final YearlyGrades yearly;

    @Autowired
    YearlyGradesTests(QuarterlyResults results, YearlyGrades yearly) {
        this.results = results;
        this.yearly = yearly;
    }

    @Test
    void yearlyGradeIsTheAverageOfFourQuarters_004_5() {
        String servant = servant();
        grade(servant, 1, 4, 4, 4, 4, 4);   // 4.00
        grade(servant, 2, 4, 4, 4, 4, 3);   // 3.80
        grade(servant, 3, 4, 4, 3, 3, 3);   // 3.40
        grade(servant, 4, 3, 3, 3, 3, 3);   // 3.00

        YearlyGrade grade = yearly.form(servant, 2025).orElseThrow();

        assertThat(grade.getAverageScore()).isEqualByComparingTo("3.55");
        assertThat(grade.getQuarters()).isEqualTo(4);
        assertThat(grade.getGrade()).isEqualTo(Grade.PROPER);
        assertThat(grade.getOrganisationCode()).isEqualTo("org-y");
        assertThat(grade.getFormedAt()).isNotNull();
    }

    @Test
    void aPartialYearIsAveragedOverTheThreeQuartersEvaluated_004_5() {
        String servant = servant();
        results.recordEligibility(new QuarterRef("org-y", servant, 2025, 1), EvaluationForm.NON_MANAGERIAL,
                new EligibilityFacts("KZ-2025", 0, false, 0, false, false), null);
        grade(servant, 2, 5, 5, 5, 4, 4);   // 4.60
        grade(servant, 3, 4, 4, 4, 4, 4);   // 4.00
        grade(servant, 4, 4, 4, 4, 3, 3);   // 3.60

        YearlyGrade grade = yearly.form(servant, 2025).orElseThrow();

        // 12.20 / 3 = 4.0666…: half up to 4.07.
        assertThat(grade.getAverageScore()).isEqualByComparingTo("4.07");
        assertThat(grade.getQuarters()).isEqualTo(3);
        assertThat(grade.getGrade()).isEqualTo(Grade.EFFECTIVE);
    }

    @Test
    void oneQuarterMakesTheYear_004_5() {
        String servant = servant();
        grade(servant, 4, 2, 2, 2, 2, 1);   // 1.80

        YearlyGrade grade = yearly.form(servant, 2025).orElseThrow();

        assertThat(grade.getAverageScore()).isEqualByComparingTo("1.80");
        assertThat(grade.getQuarters()).isEqualTo(1);
        assertThat(grade.getGrade()).isEqualTo(Grade.UNSATISFACTORY);
    }

    @Test
    void aYearWithoutAGradedQuarterHasNoGrade_004_6() {
        assertThat(yearly.form(servant(), 2025)).isEmpty();
    }

    @Test
    void formingAgainAfterACalibrationTakesTheNewScore_004_23() {
        String servant = servant();
        grade(servant, 1, 4, 4, 4, 4, 4);
        grade(servant, 2, 3, 3, 3, 3, 3);
        assertThat(yearly.form(servant, 2025).orElseThrow().getAverageScore()).isEqualByComparingTo("3.50");

        results.calibrate(new QuarterRef("org-y", servant, 2025, 2), new BigDecimal("4.00"));
        YearlyGrade again = yearly.form(servant, 2025).orElseThrow();

        assertThat(again.getAverageScore()).isEqualByComparingTo("4.00");
        assertThat(again.getGrade()).isEqualTo(Grade.EFFECTIVE);
        assertThat(yearly.find(servant, 2025)).get().extracting(YearlyGrade::getId).isEqualTo(again.getId());
    }

    @Test
    void theOrganisationFormsTheGradesOfAllItsServants_004_5() {
        String first = servant();
        String second = servant();
        grade(first, 1, 5, 5, 5, 5, 5);
        grade(second, 1, 2, 2, 2, 2, 2);

        List<YearlyGrade> grades = yearly.formForOrganisation("org-y", 2025);

        assertThat(grades).extracting(YearlyGrade::getServantLogin).contains(first, second);
        assertThat(grades).filteredOn(g -> g.getServantLogin().equals(second)).singleElement()
                .returns(Grade.SATISFACTORY, YearlyGrade::getGrade);
    }

    private void grade(String servant, int quarter, int... scores) {
        QuarterRef ref = new QuarterRef("org-y", servant, 2025, quarter);
        results.recordEligibility(ref, EvaluationForm.NON_MANAGERIAL,
                new EligibilityFacts("KZ-2025", 12, false, 60, false, false), null);
        results.submitSheet(ref, ScoreCalculatorTests.sheet("head", scores));
        results.grade(ref, "NONE");
    }

    private static String servant() {
        return "y-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
