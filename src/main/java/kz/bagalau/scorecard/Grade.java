package kz.bagalau.scorecard;

/**
 * The result of an evaluation («бағалау нәтижесі» / «результат оценки»): the four score bands of
 * 003 §7 and 004 §8, plus EXCELLENT of the KZ-2018 KPI-count scale (000 §18).
 */
public enum Grade {

    /** 000 §18: all KPIs achieved. The seed is Kazakh only; the Russian name is our translation. */
    EXCELLENT("Өте жақсы", "Отлично"),
    EFFECTIVE("Функционалдық міндеттерді тиімді орындайды", "Выполняет функциональные обязанности эффективно"),
    PROPER("Функционалдық міндеттерді тиісті түрде орындайды",
            "Выполняет функциональные обязанности надлежащим образом"),
    SATISFACTORY("Функционалдық міндеттерді қанағаттанарлық орындайды",
            "Выполняет функциональные обязанности удовлетворительно"),
    UNSATISFACTORY("Функционалдық міндеттерді қанағаттанарлықсыз орындайды",
            "Выполняет функциональные обязанности не удовлетворительно");

    private final String kazakh;
    private final String russian;

    Grade(String kazakh, String russian) {
        this.kazakh = kazakh;
        this.russian = russian;
    }

    public String kazakh() {
        return kazakh;
    }

    public String russian() {
        return russian;
    }
}
