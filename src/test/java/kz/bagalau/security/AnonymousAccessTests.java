package kz.bagalau.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ws.rs.Path;

import kz.bagalau.support.BagalauBootTest;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every REST endpoint the running application serves, enumerated from it — Spring's {@code /api} mappings and
 * the Jersey root resources of {@code /engine-rest} with their sub-paths — answers an anonymous request with 401.
 */
@BagalauBootTest
@Import(SecurityTestBeans.class)
class AnonymousAccessTests {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort int port;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired CamundaJerseyResourceConfig jersey;

    record Call(String method, String path) {}

    @Test
    void everyApiEndpointRefusesAnAnonymousCaller() throws Exception {
        List<Call> calls = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api")) {
                    continue;
                }
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    calls.add(new Call(m.name(), concrete(pattern)));
                }
            }
        });
        calls.add(new Call("GET", SecurityTestBeans.FAILING_PATH));
        assertThat(calls).hasSizeGreaterThan(25);
        assertAllUnauthorized(calls);
    }

    @Test
    void everyEngineRestResourceRefusesAnAnonymousCaller() throws Exception {
        Set<String> paths = new TreeSet<>();
        for (Class<?> resource : jersey.getClasses()) {
            Path root = resource.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            paths.add(normalised(root.value()));
            for (var method : resource.getMethods()) {
                Path sub = method.getAnnotation(Path.class);
                if (sub != null) {
                    paths.add(normalised(root.value() + "/" + sub.value()));
                }
            }
        }
        assertThat(paths).contains("/process-instance", "/task", "/history", "/authorization", "/user");
        List<Call> calls = new ArrayList<>();
        for (String path : paths) {
            String full = normalised("/engine-rest/" + path);
            calls.add(new Call("GET", full));
            calls.add(new Call("POST", full));
        }
        assertAllUnauthorized(calls);
    }

    private void assertAllUnauthorized(List<Call> calls) throws Exception {
        List<String> open = new ArrayList<>();
        for (Call call : calls) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + call.path()))
                    .header("Content-Type", "application/json");
            request.method(call.method(), call.method().equals("GET") || call.method().equals("DELETE")
                    ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"));
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 401) {
                open.add(call + " -> " + response.statusCode());
            }
        }
        assertThat(open).as("endpoints answering an anonymous caller").isEmpty();
    }

    private static String normalised(String path) {
        String p = concrete(path).replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** Path variables filled with a harmless value, regular expressions dropped. */
    private static String concrete(String pattern) {
        return pattern.replaceAll("\\{[^/}]*(:[^}]*)?}", "x").replace("**", "x").replace("*", "x");
    }
}
