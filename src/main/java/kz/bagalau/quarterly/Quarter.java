package kz.bagalau.quarterly;

import java.time.LocalDate;

/** A calendar quarter («тоқсан» / «квартал»), the evaluation period of KZ-2023 and KZ-2025 (003 §4, 004 §5). */
record Quarter(int year, int quarter) {

    Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("Quarter must be 1 to 4, not " + quarter);
        }
        if (year < 2018 || year > 2100) {
            throw new IllegalArgumentException("Year " + year + " is out of range");
        }
    }

    LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    /** "2026 ж. 1-тоқсан / 1 квартал 2026 г." */
    String label() {
        return year + " ж. " + quarter + "-тоқсан / " + quarter + " квартал " + year + " г.";
    }
}
