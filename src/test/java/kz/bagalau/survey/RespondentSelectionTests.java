package kz.bagalau.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import kz.bagalau.org.Edition;
import kz.bagalau.org.OrgFixture;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.support.BagalauBootTest;
import kz.bagalau.survey.RespondentSelection.Relation;
import kz.bagalau.survey.RespondentSelection.Respondent;
import kz.bagalau.web.BadRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who answers about whom (003 §35): supervisor, corps B subordinates, peers; 3 to 7. */
@BagalauBootTest
class RespondentSelectionTests {

    static final LocalDate ON = LocalDate.of(2026, 12, 1);

    @Autowired OrganisationModel model;
    @Autowired RespondentSelection selection;

    @Test
    void aUnitHeadIsAnsweredAboutByTheSupervisorTheSubordinatesAndNoSpecialistPeers() {
        OrgFixture f = SurveyFixtures.org(model, Edition.KZ_2023);

        RespondentSelection.Proposal p = selection.propose(f.unitHead, ON);

        assertThat(p.head()).isTrue();
        assertThat(p.enough()).isTrue();
        // The HR specialist also reports to the head of apparatus, but is not at the same level as a unit head.
        assertThat(p.respondents()).containsExactly(new Respondent(f.head, Relation.SUPERVISOR),
                new Respondent(f.spec1, Relation.SUBORDINATE), new Respondent(f.spec2, Relation.SUBORDINATE),
                new Respondent(f.code + ".spec3", Relation.SUBORDINATE));
    }

    @Test
    void theHeadOfApparatusIsAnsweredAboutByTheChairmanAndCorpsBSubordinatesButNotThePoliticalDeputy() {
        OrgFixture f = SurveyFixtures.org(model, Edition.KZ_2023);

        RespondentSelection.Proposal p = selection.propose(f.head, ON);

        assertThat(p.logins()).containsExactly(f.chair, f.hr, f.unitHead);
        assertThat(p.enough()).isTrue();
    }

    @Test
    void aSpecialistWithNoSubordinatesIsAnsweredAboutByTheSupervisorAndPeers() {
        OrgFixture f = SurveyFixtures.org(model, Edition.KZ_2023);

        RespondentSelection.Proposal p = selection.propose(f.spec1, ON);

        assertThat(p.head()).isFalse();
        assertThat(p.respondents()).containsExactly(new Respondent(f.unitHead, Relation.SUPERVISOR),
                new Respondent(f.spec2, Relation.PEER), new Respondent(f.code + ".spec3", Relation.PEER));
        assertThat(p.enough()).isTrue();
    }

    @Test
    void aUnitTooSmallForThreeRespondentsSaysWhyAndLeavesItToHr() {
        OrgFixture f = SurveyFixtures.org(model, Edition.KZ_2023);

        // The HR service has one specialist: only the head of apparatus works with them by the rule.
        RespondentSelection.Proposal p = selection.propose(f.hr, ON);

        assertThat(p.logins()).containsExactly(f.head);
        assertThat(p.enough()).isFalse();
        assertThat(p.problem()).contains("Only 1 possible respondent", "direct supervisor: 1",
                "corps B subordinates: 0", "peers with the same supervisor: 0", "at least 3");
    }

    @Test
    void dismissedColleaguesAreNotAskedAndNoMoreThanSevenAre() {
        OrgFixture f = SurveyFixtures.org(model, Edition.KZ_2023);
        for (int i = 4; i <= 9; i++) {
            f.addSpecialist(model, "spec" + i, OrgFixture.LONG_AGO);
        }
        model.dismiss(f.spec2, ON.minusDays(1));

        RespondentSelection.Proposal p = selection.propose(f.spec1, ON);

        assertThat(p.logins()).hasSize(RespondentSelection.MAX).startsWith(f.unitHead).doesNotContain(f.spec2, f.spec1);
    }

    @Test
    void hrChoosesWithinThreeToSevenServingColleaguesOfTheOrganisation() {
        OrgFixture f = SurveyFixtures.org(model, Edition.KZ_2023);

        assertThat(selection.adjusted(f.hr, java.util.List.of(f.head, f.unitHead, f.spec1), ON))
                .extracting(Respondent::relation)
                .containsExactly(Relation.SUPERVISOR, Relation.CHOSEN_BY_HR, Relation.CHOSEN_BY_HR);
        assertThatThrownBy(() -> selection.adjusted(f.hr, java.util.List.of(f.head, f.unitHead), ON))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("3 to 7");
        assertThatThrownBy(() -> selection.adjusted(f.hr, java.util.List.of(f.head, f.unitHead, f.hr), ON))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("self-assessment");
        assertThatThrownBy(() -> selection.adjusted(f.hr, java.util.List.of(f.head, f.unitHead, "al.head"), ON))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("not a serving member");
    }
}
