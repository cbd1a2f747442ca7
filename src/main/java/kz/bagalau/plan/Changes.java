package kz.bagalau.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What changed between two versions of a plan, KPI by KPI, in a line a reader of the history understands. */
final class Changes {

    private Changes() {
    }

    static String between(List<Kpi> before, List<Kpi> after) {
        Map<Integer, Kpi> old = before.stream().collect(Collectors.toMap(Kpi::getNumber, Function.identity()));
        List<String> lines = new ArrayList<>();
        for (Kpi kpi : after) {
            Kpi previous = old.get(kpi.getNumber());
            if (previous == null || !previous.describe().equals(kpi.describe())) {
                lines.add("НМИ/КЦИ " + kpi.getNumber() + ": " + (previous == null ? "—" : previous.describe()) + " → "
                        + kpi.describe());
            }
        }
        return lines.isEmpty() ? "Өзгеріссіз / Без изменений" : String.join("\n", lines);
    }
}
