package kz.bagalau.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The public holidays fixed by law (Labour Code; Law «On holidays in the Republic of Kazakhstan» as amended
 * on 29 September 2022, so valid from 2023): methodology.md §Kazakhstan's working-day calendar.
 * The first day of Kurban Ait is set every year and therefore comes with the year's data, not from here.
 */
final class Statute {

    /** A public holiday. Religious holidays are days off but never move when they fall on a weekend. */
    record Holiday(LocalDate date, String name, boolean religious) {}

    private record Fixed(MonthDay day, String name, boolean religious) {}

    private static final List<Fixed> FIXED = List.of(
            new Fixed(MonthDay.of(1, 1), "New Year (Жаңа жыл / Новый год)", false),
            new Fixed(MonthDay.of(1, 2), "New Year (Жаңа жыл / Новый год)", false),
            new Fixed(MonthDay.of(1, 7), "Orthodox Christmas (Православиелік Рождество / Православное Рождество)", true),
            new Fixed(MonthDay.of(3, 8), "International Women's Day (Халықаралық әйелдер күні / Международный женский день)", false),
            new Fixed(MonthDay.of(3, 21), "Nauryz (Наурыз мейрамы)", false),
            new Fixed(MonthDay.of(3, 22), "Nauryz (Наурыз мейрамы)", false),
            new Fixed(MonthDay.of(3, 23), "Nauryz (Наурыз мейрамы)", false),
            new Fixed(MonthDay.of(5, 1), "Unity Day of the People of Kazakhstan (Қазақстан халқының бірлігі мерекесі)", false),
            new Fixed(MonthDay.of(5, 7), "Defender of the Fatherland Day (Отан қорғаушы күні)", false),
            new Fixed(MonthDay.of(5, 9), "Victory Day (Жеңіс күні)", false),
            new Fixed(MonthDay.of(7, 6), "Capital Day (Астана күні)", false),
            new Fixed(MonthDay.of(8, 30), "Constitution Day (Конституция күні)", false),
            new Fixed(MonthDay.of(10, 25), "Republic Day (Республика күні)", false),
            new Fixed(MonthDay.of(12, 16), "Independence Day (Тәуелсіздік күні)", false));

    static final String KURBAN_AIT = "Kurban Ait, first day (Құрбан айт / Курбан айт)";

    private Statute() {
    }

    /** The year's public holidays in date order; {@code kurbanAit} is {@code null} when the year's data is unknown. */
    static List<Holiday> holidays(int year, LocalDate kurbanAit) {
        List<Holiday> holidays = new ArrayList<>();
        for (Fixed f : FIXED) {
            holidays.add(new Holiday(f.day().atYear(year), f.name(), f.religious()));
        }
        if (kurbanAit != null) {
            holidays.add(new Holiday(kurbanAit, KURBAN_AIT, true));
        }
        holidays.sort(Comparator.comparing(Holiday::date));
        return holidays;
    }
}
