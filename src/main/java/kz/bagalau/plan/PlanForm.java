package kz.bagalau.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.bagalau.web.BadRequestException;

/**
 * The work plan as the forms submit it: for KPI n (1..5) the fields {@code kpi<n>Name}, {@code kpi<n>Source},
 * {@code kpi<n>Unit}, {@code kpi<n>Planned}, {@code kpi<n>Deadline}, {@code kpi<n>KeyResult} (002 appendix 9).
 * Exactly five KPIs (000 §14, 002 §47), each complete, with a planned value that is a number.
 */
public final class PlanForm {

    public static final int KPI_COUNT = 5;
    /** Field suffixes of one KPI, in the order of the form. */
    static final List<String> FIELDS = List.of("Name", "Source", "Unit", "Planned", "Deadline", "KeyResult");
    /** Form fields beyond the fifth KPI are looked for too, so that a REST client cannot send six. */
    private static final int LOOK_FOR = 10;

    private PlanForm() {
    }

    public static List<Kpi> kpis(Map<String, Object> values) {
        int given = 0;
        for (int n = 1; n <= LOOK_FOR; n++) {
            if (given(values, n)) {
                given++;
            }
        }
        if (given != KPI_COUNT) {
            throw new BadRequestException("Жеке жұмыс жоспарында дәл 5 НМИ болуы тиіс (000 §14), берілгені " + given
                    + " / В индивидуальном плане работы должно быть ровно 5 КЦИ (000 §14), указано " + given);
        }
        List<Kpi> kpis = new ArrayList<>();
        for (int n = 1; n <= KPI_COUNT; n++) {
            if (!given(values, n)) {
                throw new BadRequestException("НМИ/КЦИ " + n + " толтырылмаған / не заполнен");
            }
            String p = "kpi" + n;
            String label = "НМИ/КЦИ " + n + ": ";
            BigDecimal planned = FormValues.number(values, p + "Planned", label + "жоспарлы мән / плановое значение");
            kpis.add(new Kpi(n, FormValues.text(values, p + "Name", label + "атауы / наименование"),
                    FormValues.text(values, p + "Source", label + "көзі / источник"),
                    FormValues.text(values, p + "Unit", label + "өлшем бірлігі / единица измерения"),
                    planned,
                    FormValues.date(values, p + "Deadline", label + "мерзімі / срок"),
                    FormValues.text(values, p + "KeyResult", label + "түйінді нәтиже / ключевой результат")));
        }
        return kpis;
    }

    /** The form values of a plan's KPIs, so that a correction form opens with the current version filled in. */
    public static Map<String, Object> values(List<Kpi> kpis) {
        Map<String, Object> values = new HashMap<>();
        for (Kpi kpi : kpis) {
            String p = "kpi" + kpi.getNumber();
            values.put(p + "Name", kpi.getName());
            values.put(p + "Source", kpi.getSourceIndicator());
            values.put(p + "Unit", kpi.getUnit());
            values.put(p + "Planned", kpi.getPlannedValue().stripTrailingZeros().toPlainString());
            values.put(p + "Deadline", kpi.getDeadline().toString());
            values.put(p + "KeyResult", kpi.getKeyResult());
        }
        return values;
    }

    /** The plan as a Markdown table for the forms' text views. */
    public static String table(List<Kpi> kpis) {
        StringBuilder b = new StringBuilder("| № | НМИ / КЦИ | Көзі / Источник | Өлш. бірл. / Ед. изм. | Жоспар / План "
                + "| Мерзімі / Срок | Түйінді нәтиже / Ключевой результат |\n|---|---|---|---|---|---|---|\n");
        for (Kpi k : kpis) {
            b.append("| ").append(k.getNumber()).append(" | ").append(cell(k.getName())).append(" | ")
                    .append(cell(k.getSourceIndicator())).append(" | ").append(cell(k.getUnit())).append(" | ")
                    .append(k.getPlannedValue().stripTrailingZeros().toPlainString()).append(" | ")
                    .append(k.getDeadline()).append(" | ").append(cell(k.getKeyResult())).append(" |\n");
        }
        return b.toString();
    }

    static String cell(String text) {
        return text.replace("|", "/").replace("\n", " ");
    }

    private static boolean given(Map<String, Object> values, int n) {
        return FIELDS.stream().anyMatch(f -> FormValues.present(values.get("kpi" + n + f)));
    }
}
