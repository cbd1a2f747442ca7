package kz.bagalau.org;

import java.time.LocalDate;

import kz.bagalau.web.BadRequestException;
import kz.bagalau.web.NotFoundApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers "who evaluates X in edition E on date D" — the one place that rule lives, used by
 * every process (methodology.md, "Roles").
 * <ul>
 *   <li>KZ-2025 (004 §17): the head of apparatus by the direct supervisor on the managerial form;
 *       everyone else by the head of apparatus on the non-managerial form.</li>
 *   <li>KZ-2023 (003 §21–22, §29): heads of units on KPIs by their direct supervisor; other servants
 *       ranked by the head of their unit, their direct supervisor.</li>
 *   <li>KZ-2018 / KZ-2023T (000 §9–11, §20): the direct supervisor sets the plan and fills the sheets;
 *       the superior supervisor approves, or the first head when the direct supervisor is the first head.</li>
 *   <li>An absent evaluator or approver is replaced by their deputy (004 §4); a seconded servant is
 *       evaluated by the host body's head of apparatus for the secondment (004 §4).</li>
 * </ul>
 */
@Service
// A refusal is an answer, not a failure: it must not doom the caller's transaction.
@Transactional(readOnly = true, noRollbackFor = {BadRequestException.class, NotFoundApiException.class})
public class Evaluators {

    private final OrganisationModel model;
    private final ServantRepository servants;

    Evaluators(OrganisationModel model, ServantRepository servants) {
        this.model = model;
        this.servants = servants;
    }

    /** Who evaluates the servant on a date, under the edition their organisation runs on that date. */
    public EvaluatorAssignment whoEvaluates(String login, LocalDate on) {
        Servant evaluated = model.servant(login);
        return whoEvaluates(login, model.editionOn(evaluated.getOrganisation().getCode(), on), on);
    }

    public EvaluatorAssignment whoEvaluates(String login, Edition edition, LocalDate on) {
        Servant evaluated = model.servant(login);
        if (evaluated.getPosition() == null || evaluated.getPosition().getCategory() == null) {
            throw new BadRequestException("'" + login + "' holds no corps \"B\" position and is not evaluated "
                    + "under this methodology");
        }
        var host = evaluated.secondedToOn(on);
        if (host.isPresent()) {
            Servant head = headOfApparatus(host.get(), on);
            return withDeputies(on, evaluated, host.get(), edition, methodFor(evaluated, edition), head, null,
                    "004 §4: seconded, evaluated by the host body");
        }
        Organisation org = evaluated.getOrganisation();
        return switch (edition) {
            case KZ_2025 -> evaluated.isHeadOfApparatus()
                    ? withDeputies(on, evaluated, org, edition, EvaluationMethod.MANAGERIAL,
                            required(evaluated.getDirectSupervisor(), "direct supervisor", evaluated), null,
                            "004 §17: head of apparatus by the direct supervisor, appendix 1")
                    : withDeputies(on, evaluated, org, edition, EvaluationMethod.NON_MANAGERIAL, headOfApparatus(org, on),
                            null, "004 §17: by the head of apparatus, appendix 2");
            case KZ_2023 -> evaluated.isManager()
                    ? withDeputies(on, evaluated, org, edition, EvaluationMethod.QUARTERLY_KPI,
                            required(evaluated.getDirectSupervisor(), "direct supervisor", evaluated), null,
                            "003 §21-22: head evaluated on KPIs by the direct supervisor")
                    : withDeputies(on, evaluated, org, edition, EvaluationMethod.RANKING,
                            required(evaluated.getDirectSupervisor(), "direct supervisor", evaluated), null,
                            "003 §29: ranked by the head of the unit");
            case KZ_2018, KZ_2023T -> yearly(on, evaluated, org, edition);
        };
    }

    private EvaluatorAssignment yearly(LocalDate on, Servant evaluated, Organisation org, Edition edition) {
        Servant direct = required(evaluated.getDirectSupervisor(), "direct supervisor", evaluated);
        Servant firstHead = org.getFirstHead();
        boolean directIsFirstHead = direct.equals(firstHead);
        Servant approver = directIsFirstHead || evaluated.getSuperiorSupervisor() == null
                ? required(firstHead, "first head", evaluated)
                : evaluated.getSuperiorSupervisor();
        String rule = directIsFirstHead
                ? "000 §11, §20: the direct supervisor is the first head, who approves"
                : "000 §9-10, §19-21: the direct supervisor fills, the superior supervisor approves";
        return withDeputies(on, evaluated, org, edition, EvaluationMethod.YEARLY_KPI, direct, approver, rule);
    }

    private static EvaluationMethod methodFor(Servant evaluated, Edition edition) {
        return switch (edition) {
            case KZ_2025 -> evaluated.isHeadOfApparatus() ? EvaluationMethod.MANAGERIAL : EvaluationMethod.NON_MANAGERIAL;
            case KZ_2023 -> evaluated.isManager() ? EvaluationMethod.QUARTERLY_KPI : EvaluationMethod.RANKING;
            case KZ_2018, KZ_2023T -> EvaluationMethod.YEARLY_KPI;
        };
    }

    /** An absent evaluator or approver is replaced by their deputy, when the deputy is present (004 §4). */
    private EvaluatorAssignment withDeputies(LocalDate on, Servant evaluated, Organisation org, Edition edition,
                                             EvaluationMethod method, Servant evaluator, Servant approver,
                                             String rule) {
        Servant acting = present(evaluator, on);
        String replaced = acting.equals(evaluator) ? null : evaluator.getLogin();
        Servant actingApprover = approver == null ? null : present(approver, on);
        if (acting.equals(evaluated)) {
            throw new BadRequestException("'" + evaluated.getLogin() + "' would evaluate themselves: set a deputy or "
                    + "another supervisor");
        }
        return new EvaluatorAssignment(evaluated.getLogin(), org.getCode(), edition, method, acting.getLogin(),
                actingApprover == null ? null : actingApprover.getLogin(), replaced,
                replaced == null ? rule : rule + "; 004 §4: '" + replaced + "' is absent, the deputy evaluates");
    }

    private static Servant present(Servant servant, LocalDate on) {
        Servant deputy = servant.getDeputy();
        if (servant.isAbsentOn(on) && deputy != null && !deputy.isAbsentOn(on) && !deputy.isDismissedBy(on)) {
            return deputy;
        }
        return servant;
    }

    private Servant headOfApparatus(Organisation org, LocalDate on) {
        return servants.findHeadsOfApparatus(org).stream()
                .filter(s -> !s.isDismissedBy(on))
                .findFirst()
                .orElseThrow(() -> new BadRequestException("Organisation '" + org.getCode()
                        + "' has no head of apparatus on " + on + ": appoint one before evaluating (004 §17)"));
    }

    private static Servant required(Servant servant, String role, Servant evaluated) {
        if (servant == null) {
            throw new BadRequestException("'" + evaluated.getLogin() + "' has no " + role
                    + ": record it in the organisation model before evaluating");
        }
        return servant;
    }
}
