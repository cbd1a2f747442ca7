package kz.bagalau.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import kz.bagalau.support.BagalauBootTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator with a Kazakh or a Russian browser opens Cockpit's dashboard, a process
 * instance with an incident, and Admin's user list: the navigation, headings and tabs are in that
 * language, dates are day-first in Asia/Almaty, and there is no Camunda 8 banner. Screenshots go
 * to target/screenshots/{kk,ru}-admin-*.png.
 */
@BagalauBootTest
class BrowserAdministratorTests {

    /** English words Cockpit and Admin would show in their navigation and headings if a label were missing. */
    private static final List<String> ENGLISH = List.of("Processes", "Decisions", "Human Tasks", "Deployments",
            "Batches", "Running Process Instances", "Open Incidents", "Incidents", "Variables", "User Tasks",
            "Called Process Instances", "Jobs", "Users", "Groups", "Tenants", "Authorizations", "System",
            "List of Users", "Dashboard", "Instance ID", "Business Key", "Timestamp", "Message", "Sign out");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d");
    private static final Pattern LOCAL_DATE_TIME = Pattern.compile("\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d:\\d\\d");
    private static final String NAVIGATION_AND_HEADINGS = "[cam-widget-header] a, h1, h2, h3, h4, .nav-tabs a, th";

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "kk, Құпиясөз, Bagalau — «Б» корпусы, Процестер, Ашық инциденттер, Инциденттер, Пайдаланушылар тізімі",
            "ru, Пароль, Bagalau — система оценки, Процессы, Открытые инциденты, Инциденты, Список пользователей"})
    void administratorSeesCockpitAndAdminInTheirLanguage(String lang, String password, String loginInfo,
            String processes, String openIncidents, String incidentsTab, String listOfUsers) {
        ProcessInstance withIncident = instanceWithIncident(lang);

        try (WebappBrowser browser = WebappBrowser.start("http://localhost:" + port, lang)) {
            browser.openLoginPage("cockpit");
            assertThat(browser.placeholderOf("password")).isEqualTo(password);
            assertThat(browser.loginInfoText()).contains(loginInfo);
            browser.logIn("admin", "bagalau");

            browser.waitForText(openIncidents);
            browser.waitForText(processes);
            assertThat(browser.visible(".ce-eol-banner")).as("CE end-of-life banner in Cockpit").isEmpty();
            assertThat(browser.bodyText()).contains("Bagalau", WebappBrowser.TIME_ZONE).doesNotContain("Camunda 8");
            assertNoEnglish(browser, "Cockpit dashboard");
            browser.screenshot(lang + "-admin-1-cockpit-dashboard");

            browser.open("/camunda/app/cockpit/default/#/process-instance/" + withIncident.getId()
                    + "/runtime?tab=incidents-tab");
            browser.waitForText(incidentsTab);
            browser.waitForText("Тест инциденті / Тестовый инцидент");
            assertNoEnglish(browser, "Cockpit process instance with an incident");
            assertThat(browser.bodyText()).as("incident time, day first, no ISO date")
                    .containsPattern(LOCAL_DATE_TIME).doesNotContainPattern(ISO_DATE);
            browser.screenshot(lang + "-admin-2-cockpit-incident");

            browser.open("/camunda/app/admin/default/#/users");
            browser.waitForText(listOfUsers);
            assertThat(browser.visible(".ce-eol-banner")).as("CE end-of-life banner in Admin").isEmpty();
            assertNoEnglish(browser, "Admin user list");
            browser.screenshot(lang + "-admin-3-users");
        }
    }

    private static void assertNoEnglish(WebappBrowser browser, String page) {
        List<String> texts = browser.visibleTexts(NAVIGATION_AND_HEADINGS);
        assertThat(texts).as("navigation and headings of the %s", page).isNotEmpty();
        assertThat(texts).as("navigation and headings of the %s left in English", page)
                .noneMatch(text -> ENGLISH.stream().anyMatch(text::equalsIgnoreCase));
    }

    /** A running instance of the browser-test process with an open incident, as a failed job would leave. */
    private ProcessInstance instanceWithIncident(String lang) {
        repository.createDeployment().name("browser-test").enableDuplicateFiltering(true)
                .addClasspathResource("webapps/browser-test-review.bpmn")
                .addClasspathResource("webapps/browser-test-review.form")
                .deploy();
        ProcessInstance instance = runtime.startProcessInstanceByKey("browser-test-review", "browser-admin-" + lang,
                Variables.putValue("servant", "admin").putValue("servantName", "Әкімші / Администратор"));
        runtime.createIncident("bagalauCheck", instance.getId(), null, "Тест инциденті / Тестовый инцидент");
        return instance;
    }
}
