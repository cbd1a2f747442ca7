package kz.bagalau.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import kz.bagalau.support.BagalauBootTest;
import kz.bagalau.web.BadRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** "Who evaluates X in edition E on date D" — methodology.md, "Roles"; 000 §9–11, 003 §21–29, 004 §4, §17. */
@BagalauBootTest
@Transactional
class EvaluatorsTests {

    static final LocalDate ON = LocalDate.of(2026, 4, 15);

    @Autowired OrganisationModel model;
    @Autowired Evaluators evaluators;

    @Test
    void kz2025_headOfApparatusIsEvaluatedByTheDirectSupervisorOnTheManagerialForm_004_17() {
        var f = OrgFixture.create(model, "ev-a", Edition.KZ_2025);
        var a = evaluators.whoEvaluates(f.head, ON);
        assertThat(a.edition()).isEqualTo(Edition.KZ_2025);
        assertThat(a.method()).isEqualTo(EvaluationMethod.MANAGERIAL);
        assertThat(a.evaluator()).isEqualTo(f.chair);
        assertThat(a.approver()).isNull();
    }

    @Test
    void kz2025_everyoneElseIsEvaluatedByTheHeadOfApparatusOnTheNonManagerialForm_004_17() {
        var f = OrgFixture.create(model, "ev-b", Edition.KZ_2025);
        for (String login : new String[] {f.spec1, f.unitHead, f.hr}) {
            var a = evaluators.whoEvaluates(login, ON);
            assertThat(a.method()).as(login).isEqualTo(EvaluationMethod.NON_MANAGERIAL);
            assertThat(a.evaluator()).as(login).isEqualTo(f.head);
        }
    }

    @Test
    void kz2023_headsAreEvaluatedOnKpisAndStaffRankedByTheirDirectSupervisor_003_21_29() {
        var f = OrgFixture.create(model, "ev-c", Edition.KZ_2023);
        var head = evaluators.whoEvaluates(f.unitHead, ON);
        assertThat(head.method()).isEqualTo(EvaluationMethod.QUARTERLY_KPI);
        assertThat(head.evaluator()).isEqualTo(f.head);
        var staff = evaluators.whoEvaluates(f.spec1, ON);
        assertThat(staff.method()).isEqualTo(EvaluationMethod.RANKING);
        assertThat(staff.evaluator()).isEqualTo(f.unitHead);
    }

    @Test
    void kz2018_directSupervisorFillsAndSuperiorSupervisorApproves_000_9_10() {
        var f = OrgFixture.create(model, "ev-d", Edition.KZ_2018);
        var a = evaluators.whoEvaluates(f.spec1, ON);
        assertThat(a.method()).isEqualTo(EvaluationMethod.YEARLY_KPI);
        assertThat(a.evaluator()).isEqualTo(f.unitHead);
        assertThat(a.approver()).isEqualTo(f.head);
    }

    @Test
    void kz2018_whenTheDirectSupervisorIsTheFirstHeadTheFirstHeadApproves_000_11() {
        var f = OrgFixture.create(model, "ev-e", Edition.KZ_2018);
        var a = evaluators.whoEvaluates(f.head, ON);
        assertThat(a.evaluator()).isEqualTo(f.chair);
        assertThat(a.approver()).isEqualTo(f.chair);
        assertThat(a.rule()).contains("000 §11");
    }

    @Test
    void anAbsentEvaluatorIsReplacedByTheDeputy_004_4() {
        var f = OrgFixture.create(model, "ev-f", Edition.KZ_2025);
        model.setDeputy(f.head, f.unitHead);
        model.recordAbsence(f.head, AbsenceReason.SICK_LEAVE, ON.minusDays(2), ON.plusDays(5));
        var a = evaluators.whoEvaluates(f.spec2, ON);
        assertThat(a.evaluator()).isEqualTo(f.unitHead);
        assertThat(a.replacedEvaluator()).isEqualTo(f.head);
        // After the absence the head of apparatus evaluates again.
        assertThat(evaluators.whoEvaluates(f.spec2, ON.plusDays(6)).evaluator()).isEqualTo(f.head);
    }

    @Test
    void anAbsentApproverIsReplacedByTheDeputyInKz2018() {
        var f = OrgFixture.create(model, "ev-g", Edition.KZ_2018);
        model.setDeputy(f.head, f.hr);
        model.recordAbsence(f.head, AbsenceReason.ANNUAL_LEAVE, ON, ON);
        assertThat(evaluators.whoEvaluates(f.spec1, ON).approver()).isEqualTo(f.hr);
    }

    @Test
    void theEditionFollowsTheEffectiveDate() {
        var f = OrgFixture.create(model, "ev-h", Edition.KZ_2018);
        model.adoptEdition("ev-h", Edition.KZ_2025, LocalDate.of(2025, 10, 17), "decision 22/173");
        assertThat(evaluators.whoEvaluates(f.spec1, LocalDate.of(2025, 10, 16)).edition()).isEqualTo(Edition.KZ_2018);
        assertThat(evaluators.whoEvaluates(f.spec1, LocalDate.of(2025, 10, 17)).edition()).isEqualTo(Edition.KZ_2025);
        assertThatThrownBy(() -> evaluators.whoEvaluates(f.spec1, LocalDate.of(2017, 12, 31)))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("no methodology edition");
    }

    @Test
    void aSecondedServantIsEvaluatedByTheHostBody_004_4() {
        var home = OrgFixture.create(model, "ev-i", Edition.KZ_2025);
        var host = OrgFixture.create(model, "ev-j", Edition.KZ_2025);
        model.recordSecondment(home.spec1, host.code, ON.minusMonths(1), ON.plusMonths(1));
        var a = evaluators.whoEvaluates(home.spec1, ON);
        assertThat(a.organisationCode()).isEqualTo(host.code);
        assertThat(a.evaluator()).isEqualTo(host.head);
    }

    @Test
    void aServantWithoutSupervisorGetsAClearError() {
        var f = OrgFixture.create(model, "ev-k", Edition.KZ_2023);
        model.hire(new NewServant(f.code, "ev-k.orphan", "Жетім", "Сирота", null, null, "kk",
                model.servant(f.spec1).getPosition().getId(), null, OrgFixture.LONG_AGO, null));
        assertThatThrownBy(() -> evaluators.whoEvaluates("ev-k.orphan", ON))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("has no direct supervisor");
    }

    @Test
    void politicalPostsOutsideCorpsBAreNotEvaluated() {
        var f = OrgFixture.create(model, "ev-l", Edition.KZ_2025);
        assertThatThrownBy(() -> evaluators.whoEvaluates(f.chair, ON))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("holds no corps \"B\" position");
    }
}
