package kz.bagalau.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.bagalau.commission.CommissionCompositions;
import kz.bagalau.org.Edition;
import kz.bagalau.org.EvaluatorAssignment;
import kz.bagalau.org.Evaluators;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.plan.Kpi;
import kz.bagalau.plan.KpiSheet;
import kz.bagalau.plan.KpiSheets;
import kz.bagalau.plan.WorkPlan;
import kz.bagalau.plan.WorkPlans;
import kz.bagalau.scorecard.Eligibility;
import kz.bagalau.scorecard.EligibilityDecision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation commission of the demo KZ-2018 organisation {@code rudny}, so that HR can hold a whole meeting in
 * Tasklist (docs/commission.md): the authorized person's order forming it (000 §5: the head of apparatus chairs,
 * four members, the HR specialist as the secretary who does not vote, 000 §34) and last year's KPI sheets of two
 * specialists, approved and handed over to the commission (000 §28) — as the finished {@code kpi-evaluation}
 * would have left them. Seeded once, when {@code rudny} has no order yet.
 */
@Component
@ConditionalOnProperty(name = "bagalau.demo.enabled", havingValue = "true")
class CommissionDemoData {

    static final String ORGANISATION = "rudny";
    /** The servants whose last-year sheets are on the demo commission's agenda. */
    static final List<String> AGENDA = List.of("rd.org.spec1", "rd.law.spec3");

    private static final Logger log = LoggerFactory.getLogger(CommissionDemoData.class);

    private final OrganisationModel model;
    private final CommissionCompositions compositions;
    private final Evaluators evaluators;
    private final WorkPlans plans;
    private final KpiSheets sheets;
    private final Clock clock = Clock.system(ZoneId.of("Asia/Almaty"));

    CommissionDemoData(OrganisationModel model, CommissionCompositions compositions, Evaluators evaluators,
                       WorkPlans plans, KpiSheets sheets) {
        this.model = model;
        this.compositions = compositions;
        this.evaluators = evaluators;
        this.plans = plans;
        this.sheets = sheets;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(40)
    @Transactional
    public void seed() {
        if (model.organisations().stream().noneMatch(o -> o.getCode().equals(ORGANISATION))
                || !compositions.orders(ORGANISATION).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        compositions.record(ORGANISATION, new CommissionCompositions.OrderRequest("1-ө", today.minusMonths(1), null,
                "rd.head", "rd.hr", List.of("rd.org.head", "rd.law.head", "rd.law.spec1", "rd.org.spec2")), "rd.hr");
        int year = today.getYear() - 1;
        for (String servant : AGENDA) {
            handOverLastYearsSheet(servant, year, servant.equals("rd.org.spec1") ? 5 : 3);
        }
        log.info("Demo: the commission of {} (order 1-ө) and {} sheets of {} handed over to it", ORGANISATION,
                AGENDA.size(), year);
    }

    /** The plan of 5 KPIs approved, the sheet filled with {@code achieved} KPIs reached, agreed and handed over. */
    private void handOverLastYearsSheet(String servant, int year, int achieved) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        EvaluatorAssignment assignment = evaluators.whoEvaluates(servant, Edition.KZ_2018, yearEnd);
        WorkPlan plan = plans.open(assignment, year, null);
        List<Kpi> kpis = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            kpis.add(new Kpi(n, "Демо НМИ / Демо КЦИ " + n, "Стратегиялық жоспар / Стратегический план", "%",
                    BigDecimal.valueOf(100), yearEnd, "Нәтиже / Результат " + n));
        }
        plans.submit(plan.getId(), kpis, assignment.evaluator(), null);
        plans.approve(plan.getId(), assignment.approver(), null);
        KpiSheet sheet = sheets.open(plan.getId(), assignment, new EligibilityDecision(Eligibility.ELIGIBLE,
                "Демо / Демо"), null, null);
        Map<String, Object> values = new HashMap<>();
        for (int n = 1; n <= 5; n++) {
            values.put("actual" + n, n <= achieved ? 100 : 80);
        }
        sheets.fill(sheet.getId(), values);
        sheets.agree(sheet.getId(), assignment.approver());
        sheets.handOver(sheet.getId(), "rd.hr");
    }
}
