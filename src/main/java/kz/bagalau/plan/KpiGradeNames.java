package kz.bagalau.plan;

import kz.bagalau.scorecard.Grade;

/**
 * The names of a KPI-count grade as the edition writes them: KZ-2018 uses the short words of 000 §18
 * («өте жақсы», «тиімді», «қанағаттанарлық», «қанағаттанарлықсыз»; the Russian is our translation);
 * KZ-2023T uses the "performs functional duties …" names of 002 §49, as {@link Grade} has them.
 */
public final class KpiGradeNames {

    private KpiGradeNames() {
    }

    public static String label(String edition, Grade grade) {
        if (!"KZ-2018".equals(edition)) {
            return grade.kazakh() + " / " + grade.russian();
        }
        return switch (grade) {
            case EXCELLENT -> "Өте жақсы / Отлично";
            case EFFECTIVE -> "Тиімді / Эффективно";
            case SATISFACTORY -> "Қанағаттанарлық / Удовлетворительно";
            case UNSATISFACTORY -> "Қанағаттанарлықсыз / Неудовлетворительно";
            case PROPER -> grade.kazakh() + " / " + grade.russian();
        };
    }
}
