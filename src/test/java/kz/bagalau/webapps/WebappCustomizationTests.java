package kz.bagalau.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import kz.bagalau.support.BagalauBootTest;
import kz.bagalau.support.Rest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The running application serves Bagalau's files instead of the webjar's at the same paths:
 * the app's own resources come first on the classpath, so the override holds in the jar too.
 */
@BagalauBootTest
class WebappCustomizationTests {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} is configured for Bagalau")
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void configAndStylesOverrideTheWebjar(String app) {
        var config = Rest.anonymous(port).get("/camunda/app/" + app + "/scripts/config.js");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("availableLocales").doesNotContain("Todos");
        if (!app.equals("welcome")) {
            assertThat(config.body()).contains("assets/bagalau/webapp-config.js");
        }

        var styles = Rest.anonymous(port).get("/camunda/app/" + app + "/styles/user-styles.css");
        assertThat(styles.body()).contains("assets/bagalau/bagalau.css");
    }

    @ParameterizedTest(name = "{0} is served")
    @ValueSource(strings = {"/camunda/assets/bagalau/bagalau.css", "/camunda/assets/bagalau/logo.svg",
            "/camunda/assets/bagalau/login-info.js", "/camunda/assets/bagalau/webapp-config.js",
            "/camunda/assets/bagalau/date-locale.js", "/camunda/assets/bagalau/form-messages.js",
            "/camunda/app/tasklist/locales/kk.json", "/camunda/app/tasklist/locales/ru.json",
            "/camunda/app/cockpit/locales/kk.json", "/camunda/app/cockpit/locales/ru.json",
            "/camunda/app/admin/locales/kk.json", "/camunda/app/admin/locales/ru.json"})
    void bagalauAssetsAreServedWithoutLogin(String path) {
        assertThat(Rest.anonymous(port).get(path).statusCode()).isEqualTo(200);
    }

    /** The browser test checks the banner is invisible; this names the rule that hides it. */
    @Test
    void theEndOfLifeBannerIsHiddenByTheSharedStylesheet() {
        assertThat(Rest.anonymous(port).get("/camunda/assets/bagalau/bagalau.css").body())
                .containsPattern("\\.ce-eol-banner\\s*\\{\\s*display:\\s*none\\s*!important;");
    }
}
