package kz.bagalau.demo;

import static kz.bagalau.org.CorpsBCategory.E_2;
import static kz.bagalau.org.CorpsBCategory.E_3;
import static kz.bagalau.org.CorpsBCategory.E_4;
import static kz.bagalau.org.CorpsBCategory.E_5;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kz.bagalau.campaign.Campaigns;
import kz.bagalau.org.AbsenceReason;
import kz.bagalau.org.CorpsBCategory;
import kz.bagalau.org.Edition;
import kz.bagalau.org.NewServant;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.org.SanctionType;
import kz.bagalau.org.Servant;
import kz.bagalau.plan.YearlyKpiEvaluations;
import kz.bagalau.web.BadRequestException;
import kz.bagalau.security.IdentitySync;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Three small district maslikhat apparatuses, one per edition in use, so that every rule has
 * someone to act on: a servant on probation, one absent, one with a disciplinary sanction and
 * one appointed three weeks ago in each. Loaded once, on an empty database, in the demo profile
 * only. Logins are listed in the README ("Demo logins"); every demo user has the demo password.
 */
@Component
@ConditionalOnProperty(name = "bagalau.demo.enabled", havingValue = "true")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OrganisationModel model;
    private final IdentitySync identity;
    private final Campaigns campaigns;
    private final TaskService taskService;
    private final YearlyKpiEvaluations yearly;
    private final String password;
    private final Clock clock;

    DemoData(OrganisationModel model, IdentitySync identity, Campaigns campaigns, TaskService taskService,
             YearlyKpiEvaluations yearly, @Value("${bagalau.demo.password}") String password) {
        this.model = model;
        this.identity = identity;
        this.campaigns = campaigns;
        this.taskService = taskService;
        this.yearly = yearly;
        this.password = password;
        // The demo bodies' own day: near midnight UTC and Asia/Almaty are on different dates.
        this.clock = Clock.system(java.time.ZoneId.of("Asia/Almaty"));
    }

    /** One demo organisation: its code, login prefix, names and the editions it adopted. */
    record Body(String code, String prefix, String nameKk, String nameRu, List<Adoption> editions) {}

    record Adoption(Edition edition, LocalDate from, String act) {}

    static final List<Body> BODIES = List.of(
            new Body("rudny", "rd", "Рудный қалалық мәслихатының аппараты", "Аппарат Рудненского городского маслихата",
                    List.of(new Adoption(Edition.KZ_2018, LocalDate.of(2018, 4, 1),
                            "Решение Рудненского городского маслихата (методика 2018 г.; seed 000)"))),
            new Body("alatau", "al", "Алатау қалалық мәслихатының аппараты", "Аппарат маслихата города Алатау",
                    List.of(new Adoption(Edition.KZ_2023, LocalDate.of(2024, 10, 22),
                            "Решение маслихата города Алатау от 22.10.2024 № 10-27 (seed 003)"))),
            new Body("mangistau", "mg", "Маңғыстау аудандық мәслихатының аппараты",
                    "Аппарат Мангистауского районного маслихата",
                    List.of(new Adoption(Edition.KZ_2018, LocalDate.of(2018, 3, 27),
                                    "Решение Мангистауского районного маслихата от 27.03.2018 № 15/165"),
                            new Adoption(Edition.KZ_2025, LocalDate.of(2025, 10, 17),
                                    "Решение Мангистауского районного маслихата от 17.10.2025 № 22/173 (seed 004)"))));

    /** Kazakh and Russian forms of the same name. */
    record Name(String kk, String ru) {}

    private static final List<Name> NAMES = List.of(
            new Name("Нұрланов Асқар Серікұлы", "Нурланов Аскар Серикович"),
            new Name("Сәрсенбаева Әйгерім Болатқызы", "Сарсенбаева Айгерим Болатовна"),
            new Name("Жұмабеков Ерлан Қайратұлы", "Жумабеков Ерлан Кайратович"),
            new Name("Құрманғалиева Гүлнұр Нұрланқызы", "Курмангалиева Гульнур Нурлановна"),
            new Name("Оспанов Дәулет Ғалымұлы", "Оспанов Даулет Галымович"),
            new Name("Төлеуова Меруерт Ержанқызы", "Тулеуова Меруерт Ержановна"),
            new Name("Әбілқасымов Нұржан Маратұлы", "Абилкасымов Нуржан Маратович"),
            new Name("Ысқақова Қарлығаш Сейітқызы", "Искакова Карлыгаш Сеитовна"),
            new Name("Бекмұхамбетов Ұлан Әсетұлы", "Бекмухамбетов Улан Асетович"),
            new Name("Ғабдуллина Іңкәр Өмірзаққызы", "Габдуллина Инкар Омирзаковна"),
            new Name("Шәкенов Һашим Рүстемұлы", "Шакенов Хашим Рустемович"),
            new Name("Мұқанова Сәуле Ілиясқызы", "Муканова Сауле Ильясовна"),
            new Name("Қалиев Бауыржан Өтегенұлы", "Калиев Бауыржан Утегенович"),
            new Name("Есенова Ақмарал Жұмағалиқызы", "Есенова Акмарал Жумагалиевна"));

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    @Transactional
    public void load() {
        if (!model.organisations().isEmpty()) {
            log.info("Demo data: the database has organisations already, nothing loaded");
            return;
        }
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < BODIES.size(); i++) {
            loadBody(BODIES.get(i), i, today);
        }
        freshlyLoaded = true;
        log.info("Demo data loaded: {} organisations; every demo login has the demo password (README)", BODIES.size());
    }

    private boolean freshlyLoaded;

    /**
     * After the organisations are committed: the last completed quarter's campaign in the organisations
     * that run a quarterly edition, its schedule drafted and approved, so that the job executor launches
     * the evaluations and Tasklist, Cockpit and the dashboard have work to show.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    public void openLastQuarter() {
        if (!freshlyLoaded) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate inLastQuarter = today.minusMonths(3);
        String period = inLastQuarter.getYear() + "-Q" + ((inLastQuarter.getMonthValue() - 1) / 3 + 1);
        for (Body body : BODIES) {
            try {
                String id = campaigns.start(body.code(), period).processInstanceId();
                complete(id, Map.of("plannedStart", today.toString(), "scheduleNote", "Демо / Демо"));
                complete(id, Map.of("scheduleDecision", "APPROVE"));
                log.info("Demo: campaign {} of {} opened and approved", period, body.code());
            } catch (BadRequestException yearly) {
                log.info("Demo: no {} campaign for {}: {}", period, body.code(), yearly.getMessage());
            } catch (RuntimeException e) {
                // The demo's extras must never stop the application from starting.
                log.warn("Demo: the {} campaign of {} could not be opened", period, body.code(), e);
            }
        }
    }

    private void complete(String processInstanceId, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        taskService.complete(task.getId(), variables);
    }

    /**
     * After the organisations are committed: this year's individual work plans in the organisations that run a
     * yearly edition today (KZ-2018: {@code rudny}), so that the direct supervisors find a plan to draft (000 §9).
     * Servants without a corps B position are refused and skipped. Each start is a transaction of its own.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    public void startThisYearsWorkPlans() {
        if (!freshlyLoaded) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        int started = 0;
        for (Body body : BODIES) {
            if (!model.editionOn(body.code(), today).isYearlyCommission()) {
                continue;
            }
            for (String login : model.servants(body.code()).stream().map(Servant::getLogin).toList()) {
                try {
                    yearly.startWorkPlan(body.code(), login, today.getYear());
                    started++;
                } catch (BadRequestException notEvaluated) {
                    log.debug("Demo: no work plan for {}: {}", login, notEvaluated.getMessage());
                } catch (RuntimeException e) {
                    log.warn("Demo: the work plan of {} could not be opened", login, e);
                }
            }
        }
        log.info("Demo: {} individual work plans of {} opened", started, today.getYear());
    }

    private void loadBody(Body body, int offset, LocalDate today) {
        String org = body.code();
        model.createOrganisation(org, body.nameKk(), body.nameRu(), "Asia/Almaty");
        body.editions().forEach(a -> model.adoptEdition(org, a.edition(), a.from(), a.act()));
        if (org.equals("alatau")) {
            model.allowAppeal(org, false);
        }
        Long top = model.createUnit(org, null, "Мәслихат аппараты", "Аппарат маслихата", false).getId();
        Long hrUnit = model.createUnit(org, top, "Персоналды басқару қызметі", "Служба управления персоналом", true).getId();
        Long orgDept = model.createUnit(org, top, "Ұйымдастыру бөлімі", "Организационный отдел", false).getId();
        Long lawDept = model.createUnit(org, top, "Құқықтық және қаржы бөлімі", "Отдел правовой и финансовой работы", false).getId();

        Long chairPos = model.createPosition(top, "Мәслихат төрағасы", "Председатель маслихата", null, true, false).getId();
        Long authPos = model.createPosition(top, "Мәслихат төрағасының орынбасары", "Заместитель председателя маслихата", null, true, false).getId();
        Long headPos = model.createPosition(top, "Аппарат басшысы", "Руководитель аппарата", E_2, true, true).getId();
        Long hrPos = model.createPosition(hrUnit, "Персоналды басқару қызметінің бас маманы",
                "Главный специалист службы управления персоналом", E_4, false, false).getId();
        Long orgHeadPos = model.createPosition(orgDept, "Ұйымдастыру бөлімінің басшысы", "Руководитель организационного отдела", E_3, true, false).getId();
        Long lawHeadPos = model.createPosition(lawDept, "Құқықтық бөлімнің басшысы", "Руководитель правового отдела", E_3, true, false).getId();

        String p = body.prefix() + ".";
        LocalDate longAgo = LocalDate.of(2019, 9, 2);
        hire(org, p + "chair", 0, offset, chairPos, null, longAgo, null);
        model.setFirstHead(org, p + "chair");
        hire(org, p + "authorized", 1, offset, authPos, p + "chair", longAgo, null);
        model.setAuthorizedPerson(org, p + "authorized");
        hire(org, p + "head", 2, offset, headPos, p + "chair", longAgo, null);
        hire(org, p + "hr", 3, offset, hrPos, p + "head", longAgo, null);
        hire(org, p + "org.head", 4, offset, orgHeadPos, p + "head", longAgo, null);
        hire(org, p + "law.head", 5, offset, lawHeadPos, p + "head", longAgo, null);
        model.setDeputy(p + "head", p + "org.head");

        specialist(org, p + "org.spec1", 6, offset, orgDept, p + "org.head", E_4, longAgo, null);
        specialist(org, p + "org.spec2", 7, offset, orgDept, p + "org.head", E_4, longAgo, null);
        // Appointed three weeks ago: under one month in the position (003 §5, 004 §6).
        specialist(org, p + "org.spec3", 8, offset, orgDept, p + "org.head", E_5, today.minusWeeks(3), null);
        // On probation: not evaluated in KZ-2018 (000 §4).
        specialist(org, p + "org.spec4", 9, offset, orgDept, p + "org.head", E_5, today.minusMonths(2), today.plusMonths(1));
        specialist(org, p + "law.spec1", 10, offset, lawDept, p + "law.head", E_4, longAgo, null);
        specialist(org, p + "law.spec2", 11, offset, lawDept, p + "law.head", E_4, longAgo, null);
        specialist(org, p + "law.spec3", 12, offset, lawDept, p + "law.head", E_5, longAgo, null);
        model.setDeputy(p + "org.head", p + "org.spec1");
        model.setDeputy(p + "law.head", p + "law.spec1");

        // Absent now: annual leave (000 §4 deferral, 003 §5 without participation).
        model.recordAbsence(p + "law.spec2", AbsenceReason.ANNUAL_LEAVE, today.minusDays(3), today.plusDays(10));
        // A reprimand this quarter: KZ-2025 caps the score at 2.99.
        model.recordSanction(p + "law.spec3", SanctionType.REPRIMAND, today.minusDays(20));
    }

    private void specialist(String org, String login, int name, int offset, Long unitId, String supervisor,
                            CorpsBCategory category, LocalDate appointed, LocalDate probationEnds) {
        Long position = model.createPosition(unitId, "Бас маман", "Главный специалист", category, false, false).getId();
        hire(org, login, name, offset, position, supervisor, appointed, probationEnds);
    }

    private void hire(String org, String login, int name, int offset, Long positionId, String supervisor,
                      LocalDate appointed, LocalDate probationEnds) {
        Name n = NAMES.get((name + offset * 5) % NAMES.size());
        String language = (name + offset) % 3 == 0 ? "ru" : "kk";
        model.hire(new NewServant(org, login, n.kk(), n.ru(), null, login + "@" + org + ".bagalau.kz", language,
                positionId, supervisor, appointed, probationEnds));
        identity.setPassword(login, password);
    }
}
