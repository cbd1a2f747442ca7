package kz.bagalau.security;

import java.util.Arrays;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Supplies the administrator's password before the engine creates the {@code admin} user.
 * <p>
 * In the {@code prod} profile {@code BAGALAU_ADMIN_PASSWORD} is mandatory: without it the
 * application refuses to start. Elsewhere (the demo) it falls back to the documented demo
 * password and says so loudly, so nobody mistakes a demo for a production installation.
 */
public class AdminPasswordEnvironment implements EnvironmentPostProcessor {

    static final String VARIABLE = "BAGALAU_ADMIN_PASSWORD";

    private final Log log;

    public AdminPasswordEnvironment(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(AdminPasswordEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        String password = env.getProperty(VARIABLE);
        if (password != null && !password.isBlank()) {
            return;
        }
        if (Arrays.asList(env.getActiveProfiles()).contains("prod")) {
            throw new IllegalStateException(VARIABLE + " is not set: the prod profile does not start "
                    + "without an administrator password (see README, \"Run in production\").");
        }
        String demo = env.getProperty("bagalau.demo.password", "bagalau");
        log.warn("************************************************************************");
        log.warn("* " + VARIABLE + " is not set: user 'admin' gets the DEMO password.   *");
        log.warn("* Never run this outside a demo; use the prod profile in production.   *");
        log.warn("************************************************************************");
        env.getPropertySources().addFirst(new MapPropertySource("bagalauDemoAdminPassword",
                Map.of(VARIABLE, demo)));
    }
}
