package kz.bagalau.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import kz.bagalau.support.BagalauBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator with a Russian browser opens Cockpit and Admin: Russian labels, the Bagalau
 * name, and no Camunda 8 banner. Screenshots go to target/screenshots.
 */
@BagalauBootTest
class BrowserAdministratorTests {

    @LocalServerPort
    int port;

    @Test
    void administratorSeesCockpitAndAdminInRussianWithoutTheBanner() {
        try (WebappBrowser browser = WebappBrowser.start("http://localhost:" + port, "ru")) {
            browser.openLoginPage("cockpit");
            assertThat(browser.placeholderOf("password")).isEqualTo("Пароль");
            assertThat(browser.loginInfoText()).contains("Bagalau — система оценки");
            browser.logIn("admin", "bagalau");
            browser.waitForText("Выполняемые экземпляры процессов");
            assertThat(browser.visible(".ce-eol-banner")).as("CE end-of-life banner in Cockpit").isEmpty();
            assertThat(browser.bodyText()).contains("Bagalau", "Процессы", WebappBrowser.TIME_ZONE)
                    .doesNotContain("Camunda 8", "Running Process Instances");
            browser.screenshot("ru-5-cockpit");

            browser.open("/camunda/app/admin/default/#/users");
            browser.waitForText("Список пользователей");
            browser.waitForText("Пользователи");
            assertThat(browser.visible(".ce-eol-banner")).as("CE end-of-life banner in Admin").isEmpty();
            assertThat(browser.bodyText()).doesNotContain("Camunda 8", "List of Users", "Users");
            browser.screenshot("ru-6-admin-users");
        }
    }
}
