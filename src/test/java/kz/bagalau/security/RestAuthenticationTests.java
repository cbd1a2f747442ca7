package kz.bagalau.security;

import static org.assertj.core.api.Assertions.assertThat;

import kz.bagalau.support.BagalauBootTest;
import kz.bagalau.support.Rest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Security is on by default: nothing but health answers without a valid login. */
@BagalauBootTest
class RestAuthenticationTests {

    @LocalServerPort
    int port;

    @Test
    void anonymousCallsToTheEngineRestApiAre401() {
        var response = Rest.anonymous(port).get("/engine-rest/process-definition");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
    }

    @Test
    void anonymousCallsToTheApplicationApiAre401() {
        assertThat(Rest.anonymous(port).get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void wrongPasswordIs401(@Autowired IdentityService identityService) {
        // A user of its own: the engine delays the next login after a failure, which would disturb other tests.
        if (identityService.createUserQuery().userId("wrong-password-test").count() == 0) {
            var user = identityService.newUser("wrong-password-test");
            user.setPassword("the-password");
            identityService.saveUser(user);
        }
        assertThat(Rest.as(port, "wrong-password-test", "not-the-password").get("/engine-rest/process-definition")
                .statusCode()).isEqualTo(401);
        assertThat(Rest.as(port, "wrong-password-test", "not-the-password").get("/api/me").statusCode())
                .isEqualTo(401);
        assertThat(Rest.as(port, "nobody-at-all", "x").get("/api/me").statusCode()).isEqualTo(401);
        // the failed attempts are kept (the engine's growing delay and lock-out count them), although the check
        // runs in the filter's own transaction
        var user = (org.camunda.bpm.engine.impl.persistence.entity.UserEntity) identityService.createUserQuery()
                .userId("wrong-password-test").singleResult();
        assertThat(user.getAttempts()).isPositive();
    }

    @Test
    void adminWithTheRightPasswordGets200() {
        var r = Rest.as(port, "admin", "bagalau").get("/engine-rest/process-definition");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @Test
    void healthIsPublicButOtherActuatorEndpointsAreNot() {
        var health = Rest.anonymous(port).get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
        assertThat(Rest.anonymous(port).get("/actuator/metrics").statusCode()).isEqualTo(401);
        assertThat(Rest.as(port, "admin", "bagalau").get("/actuator/metrics").statusCode()).isEqualTo(200);
    }
}
