package kz.bagalau.scorecard;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The evaluation sheets («бағалау парағы» / «оценочный лист») of the quarterly editions and their
 * parameters, each scored 0..5. Names are the seeds' texts; where a seed has only one language
 * (004 is Russian, 003 Kazakh) the other is our translation, see docs/decisions.md.
 */
public enum EvaluationForm {

    /** 004 appendix 1: the sheet of a person in a managerial position (the head of apparatus, E-2). */
    MANAGERIAL("KZ-2025", 5, 5, 5, List.of(
            new Parameter(1, "Жетекшілік ететін бөлімшелерде (қызметшілерде) міндеттердің сапалы орындалуын қамтамасыз ету",
                    "Обеспечение качественного выполнения задач в курируемых подразделениях (курируемыми служащими)"),
            new Parameter(2, "Жетекшілік ететін бөлімшелерде (қызметшілерде) міндеттерді орындау мерзімдерінің сақталуын қамтамасыз ету",
                    "Обеспечение соблюдения сроков выполнения задач в курируемых подразделениях (курируемыми служащими)"),
            new Parameter(3, "Көшбасшылық және шешім қабылдау дағдылары", "Лидерство и навыки принятия решений"),
            new Parameter(4, "Бағаланатын тұлғаның еңбек тәртібін сақтауы", "Соблюдение трудовой дисциплины оцениваемым лицом"),
            new Parameter(5, "Тәртіптік жазалардың болмауы", "Отсутствие дисциплинарных взысканий"))),

    /** 004 appendix 2: the sheet of a person in a non-managerial position. */
    NON_MANAGERIAL("KZ-2025", 5, 5, 5, List.of(
            new Parameter(1, "Функционалдық міндеттерді орындау сапасы", "Качество выполнения функциональных обязанностей"),
            new Parameter(2, "Тапсырмаларды орындау мерзімдерін сақтау", "Соблюдение сроков выполнения задач"),
            new Parameter(3, "Тәуелсіздік және бастамашылық", "Самостоятельность и инициативность"),
            new Parameter(4, "Еңбек тәртібін сақтау", "Соблюдение трудовой дисциплины"),
            new Parameter(5, "Тәртіптік жазалардың болмауы", "Отсутствие дисциплинарных взысканий"))),

    /** 003 §32: ranking («саралау» / «ранжирование») of corps B staff on four parameters. */
    RANKING("KZ-2023", 4, 4, 0, List.of(
            new Parameter(1, "Функционалдық міндеттерді орындау сапасы", "Качество выполнения функциональных обязанностей"),
            new Parameter(2, "Тапсырмаларды орындау мерзімдерін сақтау", "Соблюдение сроков выполнения заданий"),
            new Parameter(3, "Тәуелсіздік және бастамашылық", "Самостоятельность и инициативность"),
            new Parameter(4, "Еңбек тәртібі", "Трудовая дисциплина"))),

    /** 003 §21–27: a head's 3 to 5 KPIs from the individual work plan, each scored 0..5. */
    KPI("KZ-2023", 3, 5, 0, IntStream.rangeClosed(1, 5)
            .mapToObj(n -> new Parameter(n, "Нысаналы мақсатты индикатор (НМИ) " + n,
                    "Ключевой целевой индикатор (КЦИ) " + n))
            .toList());

    private final String edition;
    private final int minParameters;
    private final int maxParameters;
    private final int sanctionParameter;
    private final List<Parameter> parameters;

    EvaluationForm(String edition, int minParameters, int maxParameters, int sanctionParameter,
            List<Parameter> parameters) {
        this.edition = edition;
        this.minParameters = minParameters;
        this.maxParameters = maxParameters;
        this.sanctionParameter = sanctionParameter;
        this.parameters = parameters;
    }

    /** The edition whose quarterly evaluation uses this sheet ("KZ-2025" or "KZ-2023"). */
    public String edition() {
        return edition;
    }

    /** Fewest parameters a sheet may carry: the fixed count, or 3 KPIs (003 §23). */
    public int minParameters() {
        return minParameters;
    }

    public int maxParameters() {
        return maxParameters;
    }

    /** Every parameter the form can carry; a KPI sheet uses the first 3 to 5. */
    public List<Parameter> parameters() {
        return parameters;
    }

    public Parameter parameter(int number) {
        return parameters.stream().filter(p -> p.number() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Form " + this + " has no parameter " + number));
    }

    /** Whether the form has the parameter "absence of disciplinary sanctions" that carries the cap (004 app.1/2). */
    public boolean hasSanctionParameter() {
        return sanctionParameter > 0;
    }

    /** The number of that parameter (5), or 0 when the form has none. */
    public int sanctionParameter() {
        return sanctionParameter;
    }

    /** One line of a sheet: its number and its names in Kazakh and Russian. */
    public record Parameter(int number, String kazakh, String russian) {
    }
}
