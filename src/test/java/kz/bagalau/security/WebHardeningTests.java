package kz.bagalau.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;

import kz.bagalau.support.BagalauBootTest;
import kz.bagalau.support.Rest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** Issue 11, "web hardening": CSRF, cookies in prod, no stack traces, login throttling, hashed passwords. */
@BagalauBootTest
@Import(SecurityTestBeans.class)
class WebHardeningTests {

    @LocalServerPort int port;
    @Autowired IdentityService identityService;
    @Autowired ProcessEngineConfiguration engineConfiguration;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aWebappPostWithoutTheCsrfTokenIsRefused() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        // A session and its XSRF-TOKEN cookie exist, but the request does not echo the token in the header.
        client.send(HttpRequest.newBuilder(URI.create(base() + "/camunda/app/tasklist/default/")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        var response = client.send(HttpRequest.newBuilder(
                        URI.create(base() + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=bagalau")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");
    }

    @Test
    void theProdProfileSendsTheSessionCookieOnlyOverHttpsAndNeverToScripts() throws Exception {
        List<PropertySource<?>> prod = new YamlPropertySourceLoader().load("prod",
                new ClassPathResource("application-prod.yaml"));
        PropertySource<?> properties = prod.get(0);
        assertThat(properties.getProperty("server.servlet.session.cookie.secure")).isEqualTo(true);
        assertThat(properties.getProperty("server.servlet.session.cookie.http-only")).isEqualTo(true);
        assertThat(properties.getProperty("server.servlet.session.cookie.same-site")).isEqualTo("lax");
        assertThat(properties.getProperty("camunda.bpm.generic-properties.properties.enable-password-policy"))
                .isEqualTo(true);
    }

    @Test
    void anInternalErrorShowsNoStackTrace() {
        var response = Rest.as(port, "admin", "bagalau").get(SecurityTestBeans.FAILING_PATH);
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("secret internal detail", "Secret.java", "IllegalStateException",
                "\tat ", "trace");
        var engine = Rest.as(port, "admin", "bagalau").post("/engine-rest/process-instance/x/modification", "{[");
        assertThat(engine.body()).doesNotContain("\tat ", ".java:");
    }

    @Test
    void afterAWrongPasswordEvenTheRightOneIsRefusedForAWhile() {
        String login = "throttle-" + System.nanoTime();
        var user = identityService.newUser(login);
        user.setPassword("Right-password-1");
        identityService.saveUser(user);
        Date start = new Date();
        ClockUtil.setCurrentTime(start);

        assertThat(Rest.as(port, login, "wrong").get("/api/me").statusCode()).isEqualTo(401);
        assertThat(Rest.as(port, login, "Right-password-1").get("/api/me").statusCode())
                .as("refused during the engine's login delay").isEqualTo(401);

        ClockUtil.setCurrentTime(new Date(start.getTime() + 61_000));
        assertThat(Rest.as(port, login, "Right-password-1").get("/api/me").statusCode()).isEqualTo(200);
    }

    @Test
    void passwordsAreStoredAsSaltedSha512Hashes() {
        var config = (ProcessEngineConfigurationImpl) engineConfiguration;
        assertThat(config.getPasswordEncryptor()).isInstanceOf(Sha512HashDigest.class);
        assertThat(config.getLoginMaxAttempts()).isEqualTo(10);
        assertThat(config.isEnableHistoricInstancePermissions()).isTrue();
        var stored = identityService.createUserQuery().userId("admin").singleResult();
        assertThat(((org.camunda.bpm.engine.impl.persistence.entity.UserEntity) stored).getPassword())
                .startsWith("{SHA-512}").doesNotContain("bagalau");
        assertThat(((org.camunda.bpm.engine.impl.persistence.entity.UserEntity) stored).getSalt()).isNotBlank();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
