package kz.bagalau.plan;

import java.util.List;

import kz.bagalau.scorecard.Grade;

/**
 * The names of a KPI-count grade as the edition writes them: KZ-2018 uses the short words of 000 §18
 * («өте жақсы», «тиімді», «қанағаттанарлық», «қанағаттанарлықсыз»; the Russian is our translation);
 * KZ-2023T uses the "performs functional duties …" names of 002 §49, as {@link Grade} has them.
 */
public final class KpiGradeNames {

    private KpiGradeNames() {
    }

    /** Both names, "Kazakh / Russian", for the bilingual Tasklist forms. */
    public static String label(String edition, Grade grade) {
        return kazakh(edition, grade) + " / " + russian(edition, grade);
    }

    public static String kazakh(String edition, Grade grade) {
        if (!isKz2018(edition)) {
            return grade.kazakh();
        }
        return switch (grade) {
            case EXCELLENT -> "Өте жақсы";
            case EFFECTIVE -> "Тиімді";
            case SATISFACTORY -> "Қанағаттанарлық";
            case UNSATISFACTORY -> "Қанағаттанарлықсыз";
            case PROPER -> grade.kazakh();
        };
    }

    public static String russian(String edition, Grade grade) {
        if (!isKz2018(edition)) {
            return grade.russian();
        }
        return switch (grade) {
            case EXCELLENT -> "Отлично";
            case EFFECTIVE -> "Эффективно";
            case SATISFACTORY -> "Удовлетворительно";
            case UNSATISFACTORY -> "Неудовлетворительно";
            case PROPER -> grade.russian();
        };
    }

    /** The grades the edition gives by the number of KPIs achieved, from the lowest (000 §18; 002 §49). */
    public static List<Grade> scale(String edition) {
        return isKz2018(edition)
                ? List.of(Grade.UNSATISFACTORY, Grade.SATISFACTORY, Grade.EFFECTIVE, Grade.EXCELLENT)
                : List.of(Grade.UNSATISFACTORY, Grade.SATISFACTORY, Grade.PROPER, Grade.EFFECTIVE);
    }

    private static boolean isKz2018(String edition) {
        return "KZ-2018".equals(edition);
    }
}
