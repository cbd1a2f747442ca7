package kz.bagalau.survey;

import java.util.Arrays;
import java.util.List;

/**
 * A competency assessed by the 360 method («құзырет» / «компетенция»), 003 §34. Heads of structural
 * units (and of the body) are assessed on all twelve, other corps "B" servants on the eight marked
 * {@code forEveryone}. The behavioural description tells the respondent what a rating is about; the
 * methodology's appendices 5-8 are not in the seeds, so the descriptions are Bagalau's wording of the
 * competency names (docs/survey-360.md).
 */
public enum Competency {

    SERVICE_MANAGEMENT(false, "Қызметті басқару", "Управление деятельностью",
            "Жоспарлайды, міндеттерді бөледі, орындалуын бақылайды",
            "Планирует работу, распределяет задачи, контролирует исполнение"),
    EFFECTIVE_COMMUNICATION(true, "Тиімді коммуникацияларды құру", "Построение эффективных коммуникаций",
            "Ойын анық жеткізеді, тыңдайды, ақпаратпен уақтылы бөліседі",
            "Ясно излагает мысли, слушает, своевременно делится информацией"),
    ETHICS(true, "Этикалық нормалар мен қағидаларды ұстану", "Следование этическим нормам и принципам",
            "Әдеп кодексін сақтайды, адал, әріптестерін құрметтейді",
            "Соблюдает этический кодекс, честен, уважителен к коллегам"),
    CHANGE_MANAGEMENT(true, "Өзгерістерді басқару", "Управление изменениями",
            "Жаңа тәсілдерді қабылдайды және енгізеді, өзгерістерге бейімделеді",
            "Принимает и внедряет новые подходы, адаптируется к изменениям"),
    RESULTS_ORIENTATION(true, "Нәтижеге бағдарлау", "Ориентация на результат",
            "Мақсатқа жетеді, сапа мен мерзімге жауап береді",
            "Достигает целей, отвечает за качество и сроки"),
    INDEPENDENCE_AND_DECISIONS(true, "Тәуелсіздік және шешім қабылдау дағдылары",
            "Самостоятельность и навыки принятия решений",
            "Өз құзыреті шегінде дербес әрі негізделген шешім қабылдайды",
            "Самостоятельно и обоснованно принимает решения в пределах полномочий"),
    TEAM_MANAGEMENT(false, "Команданы басқару", "Управление командой",
            "Команданы ұйымдастырады, қызметкерлерді дамытады және ынталандырады",
            "Организует команду, развивает и мотивирует сотрудников"),
    LEADERSHIP(false, "Көшбасшылық қасиеттер", "Лидерские качества",
            "Үлгі көрсетеді, басқаларды ортақ мақсатқа жұмылдырады",
            "Подаёт пример, объединяет других вокруг общей цели"),
    COOPERATION(true, "Ынтымақтастық", "Сотрудничество",
            "Әріптестерімен және басқа бөлімшелермен бірлесіп жұмыс істейді, көмектеседі",
            "Работает совместно с коллегами и другими подразделениями, помогает"),
    EFFICIENCY(true, "Тиімділік", "Эффективность",
            "Уақыт пен ресурстарды ұтымды пайдаланады",
            "Рационально использует время и ресурсы"),
    SELF_DEVELOPMENT(true, "Өзін-өзі дамыту", "Саморазвитие",
            "Білімі мен дағдыларын жетілдіреді, кері байланысты қабылдайды",
            "Совершенствует знания и навыки, принимает обратную связь"),
    INITIATIVE(false, "Бастама", "Инициативность",
            "Жақсарту ұсыныстарын өзі бастайды және іске асырады",
            "Сам выдвигает и реализует предложения по улучшению");

    /** The rating scale: whole numbers 1..5 (docs/survey-360.md, "Rating scale"). */
    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;

    private final boolean forEveryone;
    private final String nameKk;
    private final String nameRu;
    private final String behaviourKk;
    private final String behaviourRu;

    Competency(boolean forEveryone, String nameKk, String nameRu, String behaviourKk, String behaviourRu) {
        this.forEveryone = forEveryone;
        this.nameKk = nameKk;
        this.nameRu = nameRu;
        this.behaviourKk = behaviourKk;
        this.behaviourRu = behaviourRu;
    }

    /** The list for heads of structural units / of the body (12) or for other corps "B" servants (8), 003 §34. */
    public static List<Competency> listFor(boolean head) {
        return Arrays.stream(values()).filter(c -> head || c.forEveryone).toList();
    }

    public String nameKk() { return nameKk; }
    public String nameRu() { return nameRu; }
    public String behaviourKk() { return behaviourKk; }
    public String behaviourRu() { return behaviourRu; }
}
