package kz.bagalau.security;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Security on by default: every call to the engine's REST API and to Bagalau's {@code /api}
 * needs a valid login; the webapps keep their own session login and CSRF protection;
 * {@code /actuator/health} stays public for load balancers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    FilterRegistrationBean<BasicAuthenticationFilter> restAuthentication(IdentityService identityService,
                                                                         TransactionOperations transactions) {
        var registration = new FilterRegistrationBean<>(
                new BasicAuthenticationFilter(identityService, transactions, null));
        registration.setName("bagalau-rest-authentication");
        registration.addUrlPatterns("/engine-rest/*", "/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BasicAuthenticationFilter> actuatorAuthentication(IdentityService identityService,
                                                                             TransactionOperations transactions) {
        var registration = new FilterRegistrationBean<>(
                new BasicAuthenticationFilter(identityService, transactions, Groups.ADMIN));
        registration.setName("bagalau-actuator-guard");
        registration.addUrlPatterns("/actuator/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }
}
