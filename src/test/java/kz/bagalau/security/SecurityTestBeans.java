package kz.bagalau.security;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * What the security tests add to the application: a second calibration membership hook, which names members of a
 * case without running a calibration session (the policy asks every {@code CalibrationMembers} bean), and an
 * {@code /api} endpoint that fails, to see what a 500 reveals. The test classes importing it share one context.
 */
@TestConfiguration(proxyBeanMethods = false)
class SecurityTestBeans {

    /** Case key → logins of its calibration members. */
    static final Map<String, Set<String>> CALIBRATION_MEMBERS = new ConcurrentHashMap<>();

    @Bean
    CalibrationMembers testCalibrationMembers() {
        return (login, caseKey) -> CALIBRATION_MEMBERS.getOrDefault(caseKey, Set.of()).contains(login);
    }

    static final String FAILING_PATH = "/api/test-only/failure";

    /** A functional endpoint (a bean, not a scanned controller, so no other test context gets it). */
    @Bean
    RouterFunction<ServerResponse> failingEndpoint() {
        return RouterFunctions.route().GET(FAILING_PATH, request -> {
            throw new IllegalStateException("secret internal detail at kz.bagalau.Secret.method(Secret.java:42)");
        }).build();
    }
}
