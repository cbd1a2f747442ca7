package kz.bagalau.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import kz.bagalau.support.BagalauBootTest;
import kz.bagalau.web.BadRequestException;

/** The tables as the running application deploys and evaluates them through {@code DecisionService}. */
@BagalauBootTest
class ScorecardDecisionsTests {

    private final ScorecardDecisions decisions;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;

    @Autowired
    ScorecardDecisionsTests(ScorecardDecisions decisions, RepositoryService repositoryService,
            IdentityService identityService) {
        this.decisions = decisions;
        this.repositoryService = repositoryService;
        this.identityService = identityService;
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"0, UNSATISFACTORY", "1.99, UNSATISFACTORY", "2.00, SATISFACTORY", "2.99, SATISFACTORY",
            "3.00, PROPER", "3.99, PROPER", "4.00, EFFECTIVE", "5, EFFECTIVE"})
    void deployedGradeBandGradesEveryBoundary_003_7_004_8(BigDecimal score, Grade grade) {
        assertThat(decisions.grade(score)).isEqualTo(grade);
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"-0.01", "5.01", "6"})
    void scoreOutsideZeroToFiveIsRefusedNotGraded(String score) {
        assertThatThrownBy(() -> decisions.grade(new BigDecimal(score)))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("grade-band has no rule for score " + score);
    }

    @Test
    void aScoreWithThreeDecimalsIsNotAScore_004_8() {
        assertThatThrownBy(() -> decisions.grade(new BigDecimal("3.995")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("two decimals");
    }

    @Test
    void deployedCapsFollowTheSanction_004_app1() {
        assertThat(decisions.disciplinaryCap("NONE").limits()).isFalse();
        assertThat(decisions.disciplinaryCap("SEVERE_REPRIMAND"))
                .isEqualTo(new DisciplinaryCap(new BigDecimal("2.99"), CapReading.RESULT));
        assertThat(decisions.disciplinaryCap("DEMOTION").maxScore()).isEqualByComparingTo("1.99");
    }

    @Test
    void deployedEligibilityDecidesPerEdition_004_6_000_4() {
        assertThat(decisions.eligibility(new EligibilityFacts("KZ-2025", 2, false, 14, false, false)))
                .isEqualTo(new EligibilityDecision(Eligibility.NOT_ELIGIBLE, "FEWER_THAN_15_WORKED_DAYS"));
        assertThat(decisions.eligibility(new EligibilityFacts("KZ-2018", 12, false, 60, true, false)))
                .isEqualTo(new EligibilityDecision(Eligibility.DEFERRED, "ABSENT_EVALUATE_AFTER_RETURN"));
        assertThatThrownBy(() -> decisions.eligibility(new EligibilityFacts("KZ-1999", 12, false, 60, false, false)))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("edition KZ-1999");
    }

    @Test
    void deployedKpiAndCompetencyTablesAnswer_000_18_000_27() {
        assertThat(decisions.kpiCountGrade(5, "KZ-2018")).isEqualTo(Grade.EXCELLENT);
        assertThat(decisions.kpiCountGrade(4, "KZ-2023T")).isEqualTo(Grade.PROPER);
        assertThat(decisions.competencyLevel(3, 4)).isEqualTo(CompetencyLevel.MEETS);
        assertThat(decisions.competencyLevel(2, 4)).isEqualTo(CompetencyLevel.DOES_NOT_MEET);
        assertThatThrownBy(() -> decisions.competencyLevel(3, 11)).isInstanceOf(BadRequestException.class);
    }

    @Test
    void everyTableIsDeployedWithThreeYearsOfHistoryAndAVersionTag_003_14() {
        for (String key : List.of(ScorecardDecisions.GRADE_BAND, ScorecardDecisions.DISCIPLINARY_CAP,
                ScorecardDecisions.EVALUATION_ELIGIBILITY, ScorecardDecisions.KPI_COUNT_GRADE,
                ScorecardDecisions.COMPETENCY_LEVEL)) {
            DecisionDefinition definition = repositoryService.createDecisionDefinitionQuery()
                    .decisionDefinitionKey(key).latestVersion().singleResult();
            assertThat(definition).as(key).isNotNull();
            assertThat(definition.getHistoryTimeToLive()).isEqualTo(1095);
            assertThat(definition.getVersionTag()).isNotBlank();
        }
    }

    @Test
    void aCallerWithoutGrantsOnDecisionsStillGetsTheMethodologysAnswer() {
        identityService.setAuthenticatedUserId("servant-without-grants");
        try {
            assertThat(decisions.grade(new BigDecimal("3.80"))).isEqualTo(Grade.PROPER);
            assertThat(identityService.getCurrentAuthentication().getUserId()).isEqualTo("servant-without-grants");
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Test
    void aRedeployedBandTakesEffectForTheNextEvaluation() throws IOException {
        String original;
        try (InputStream in = getClass().getResourceAsStream("/dmn/grade-band.dmn")) {
            original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // A process owner moves the lower edge of EFFECTIVE from 4 to 3.8 in Modeler.
        String changed = original.replace("<text>[4..5]</text>", "<text>[3.8..5]</text>")
                .replace("<text>[3..4[</text>", "<text>[3..3.8[</text>");
        assertThat(changed).isNotEqualTo(original);
        Deployment deployment = repositoryService.createDeployment().name("owner-changes-grade-band")
                .addString("grade-band.dmn", changed).deploy();
        try {
            assertThat(decisions.grade(new BigDecimal("3.80"))).isEqualTo(Grade.EFFECTIVE);
        } finally {
            repositoryService.deleteDeployment(deployment.getId(), true);
        }
        assertThat(decisions.grade(new BigDecimal("3.80"))).isEqualTo(Grade.PROPER);
    }
}
