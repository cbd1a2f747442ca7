package kz.bagalau.webapps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import kz.bagalau.support.BagalauBootTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A servant works in Tasklist in Kazakh and in Russian, in a real Chromium: logs in, finds the
 * task in a Bagalau filter, fills the bilingual Camunda Form, completes it, and the process
 * moves on. The Camunda 8 migration banner is never visible. Screenshots go to target/screenshots.
 * <p>
 * Uses its own small process (src/test/resources/webapps) and user; the steps live in
 * {@link WebappBrowser} so that a demo evaluation task can be driven the same way.
 */
@BagalauBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTasklistTests {

    static final String SERVANT = "browser-test-servant";
    static final String PASSWORD = "browser-test-password";
    static final String GROUP = "browser-test-servants";
    static final String FILTER = "Менің тапсырмаларым / Мои задачи";
    static final String TASK = "Жұмыс жоспарын қарау / Рассмотреть рабочий план";
    static final String PROCESS = "browser-test-review";

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;

    @LocalServerPort
    int port;

    @Autowired
    BrowserTasklistTests(IdentityService identity, AuthorizationService authorizations, FilterService filters,
            RepositoryService repository, RuntimeService runtime, TaskService tasks, HistoryService history) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.repository = repository;
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
    }

    @BeforeAll
    void servantWithTasklistAccessAndAFilter() {
        if (identity.createUserQuery().userId(SERVANT).count() > 0) {
            return;
        }
        User user = identity.newUser(SERVANT);
        user.setFirstName("Әсел");
        user.setLastName("Қасымова");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        Group group = identity.newGroup(GROUP);
        group.setName("Тест қызметшілері / Тестовые служащие");
        identity.saveGroup(group);
        identity.createMembership(SERVANT, GROUP);
        grant(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        // Tasklist shows the task's process name and diagram.
        grant(Resources.PROCESS_DEFINITION, PROCESS, Permissions.READ);

        Filter filter = filters.newTaskFilter(FILTER);
        filter.setOwner("admin");
        filter.setQuery(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        filter.setProperties(Map.of("description", "Маған тағайындалған / Назначенные мне", "priority", -10,
                "refresh", false));
        filters.saveFilter(filter);
        grant(Resources.FILTER, filter.getId(), Permissions.READ);

        repository.createDeployment().name("browser-test")
                .addClasspathResource("webapps/browser-test-review.bpmn")
                .addClasspathResource("webapps/browser-test-review.form")
                .deploy();
    }

    @Test
    void servantCompletesATaskInKazakh() {
        workThroughTheTask("kk", "Пайдаланушы аты", "Құпиясөз", "Тізімнен тапсырманы таңдаңыз.", "Аяқтау",
                "Мерзімі 3 күн ішінде", "Жоспар нақты әрі өлшенетін.", "Bagalau — «Б» корпусы",
                "Бұл өрісті толтыру міндетті.", "Ең үлкен рұқсат етілген мәні — 5.");
    }

    @Test
    void servantCompletesATaskInRussian() {
        workThroughTheTask("ru", "Имя пользователя", "Пароль", "Выберите задачу в списке.", "Завершить",
                "Срок через 3 дн.", "План конкретный и измеримый.", "Bagalau — система оценки",
                "Это поле обязательно для заполнения.", "Значение должно быть не больше 5.");
    }

    private void workThroughTheTask(String lang, String usernamePlaceholder, String passwordPlaceholder,
            String selectTaskHint, String completeButton, String dueIn3Days, String comment, String loginInfo,
            String requiredMessage, String atMost5Message) {
        ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS, "browser-test-" + lang,
                Variables.putValue("servant", SERVANT).putValue("servantName", "Әсел Қасымова"));

        try (WebappBrowser browser = WebappBrowser.start("http://localhost:" + port, lang)) {
            browser.openLoginPage();
            assertThat(browser.placeholderOf("username")).isEqualTo(usernamePlaceholder);
            assertThat(browser.placeholderOf("password")).isEqualTo(passwordPlaceholder);
            assertThat(browser.loginInfoText()).contains(loginInfo);
            browser.screenshot(lang + "-1-login");

            browser.logIn(SERVANT, PASSWORD);
            browser.openFilter(FILTER);
            browser.waitForText(TASK);
            browser.waitForText(selectTaskHint);
            // Relative dates in the chosen language, not in the fallback's (moment's global locale).
            browser.waitForText(dueIn3Days);
            assertThat(browser.visible(".ce-eol-banner")).as("CE end-of-life banner after login").isEmpty();
            assertThat(browser.bodyText())
                    .doesNotContain("Camunda 8", "Select a task in the list", "No filter available", "Filters")
                    .contains("Bagalau", WebappBrowser.TIME_ZONE, "Әсел Қасымова");
            browser.screenshot(lang + "-2-filter");

            browser.openTask(TASK);
            assertThat(browser.bodyText()).contains("Қызметші / Служащий: Әсел Қасымова", completeButton);
            assertThat(browser.charactersWithoutGlyph(".fjs-container label", "әғқңөұүһіӘҒҚҢӨҰҮҺІ"))
                    .as("Kazakh letters the form's font cannot draw").isEmpty();

            // form-js writes its validation messages in English; form-messages.js translates them.
            browser.completeTask();
            browser.waitForValidationMessage(requiredMessage);
            browser.fill("Баға", "9");
            browser.waitForValidationMessage(atMost5Message);
            assertThat(browser.validationMessages()).as("validation messages left in English")
                    .noneMatch(message -> message.matches(".*[A-Za-z]{3,}.*"));
            browser.screenshot(lang + "-3-validation");
            browser.fill("Баға", "4");
            browser.fill("Түсініктеме", comment);
            browser.tick("Жоспармен келісемін");
            browser.screenshot(lang + "-4-form");
            browser.completeTask();

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(runtime.getActiveActivityIds(
                    instance.getId())).containsExactly("Task_AcknowledgeReview"));
            browser.waitForText(selectTaskHint);
            assertThat(browser.visible(".ce-eol-banner")).isEmpty();
            browser.screenshot(lang + "-5-completed");
        }

        assertThat(history.createHistoricVariableInstanceQuery().processInstanceIdIn(instance.getId())
                .variableName("comment").singleResult().getValue()).isEqualTo(comment);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceIdIn(instance.getId())
                .variableName("agreed").singleResult().getValue()).isEqualTo(true);
    }

    private void grant(Resource resource, String resourceId, Permissions permission) {
        Authorization auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        auth.setGroupId(GROUP);
        auth.setResource(resource);
        auth.setResourceId(resourceId);
        auth.addPermission(permission);
        authorizations.saveAuthorization(auth);
    }
}
