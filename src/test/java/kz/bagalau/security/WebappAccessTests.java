package kz.bagalau.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import kz.bagalau.support.BagalauBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The webapps' own login, as the browser does it: participants get Tasklist only; Cockpit and Admin
 * are for camunda-admin.
 */
@BagalauBootTest
class WebappAccessTests {

    @LocalServerPort
    int port;

    @Test
    void aServantMayLogIntoTasklist() throws Exception {
        assertThat(login("mg.org.spec1", "bagalau", "tasklist")).isEqualTo(200);
    }

    @Test
    void aServantIsRefusedCockpitAndAdmin() throws Exception {
        assertThat(login("mg.org.spec1", "bagalau", "cockpit")).isEqualTo(403);
        assertThat(login("mg.hr", "bagalau", "admin")).isEqualTo(403);
    }

    @Test
    void theAdministratorMayLogIntoCockpit() throws Exception {
        assertThat(login("admin", "bagalau", "cockpit")).isEqualTo(200);
    }

    @Test
    void theWebappsRedirectAnonymousVisitorsToTheLogin() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        var response = client.send(HttpRequest.newBuilder(URI.create(base() + "/camunda/api/engine/engine/default/task"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    /** Logs into a webapp with a fresh session and CSRF token, returning the HTTP status of the login. */
    private int login(String user, String password, String app) throws Exception {
        var cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        client.send(HttpRequest.newBuilder(URI.create(base() + "/camunda/app/" + app + "/default/")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .findFirst().orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie")).getValue();
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var response = client.send(HttpRequest.newBuilder(
                        URI.create(base() + "/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
