package kz.bagalau.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import kz.bagalau.BagalauApplication;
import kz.bagalau.support.Rest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The prod profile with the environment docker/compose.yaml gives node 1, on its own PostgreSQL: it starts,
 * reports UP, logs with business keys; when the database goes away, /actuator/health says DOWN (HTTP 503).
 */
@Tag("cluster")
class ProductionNodeTests {

    @Test
    void theComposeEnvironmentRunsOnPostgres_andHealthIsDownWithoutTheDatabase() throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        int port = Nodes.freePort();
        Map<String, Object> env = new HashMap<>(DockerConfigurationTests.environment("app"));
        env.put("SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "postgres"));
        env.put("SPRING_DATASOURCE_USERNAME", Nodes.USER);
        env.put("SPRING_DATASOURCE_PASSWORD", Nodes.USER);
        env.put("BAGALAU_ADMIN_PASSWORD", "Kz-Prod-Secret-2026!");
        env.put("BAGALAU_SURVEY_KEY", "prod-survey-key");
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("compose", env));
        ConfigurableApplicationContext node = new SpringApplicationBuilder(BagalauApplication.class)
                .environment(environment)
                .run("--server.port=" + port, "--camunda.bpm.process-engine-name=prod-node",
                        // a health probe must not wait 30 s for a connection that will not come
                        "--spring.datasource.hikari.connection-timeout=2000");
        try {
            assertThat(node.getEnvironment().getActiveProfiles()).containsExactly("prod");
            assertThat(Rest.anonymous(port).get("/actuator/health").body()).contains("\"status\":\"UP\"");
            assertThat(Rest.as(port, "admin", "Kz-Prod-Secret-2026!").get("/actuator/health").statusCode()).isEqualTo(200);
            assertThat(node.getBean(JobQueueHealthIndicator.class).health().getDetails())
                    .containsKeys("failedWithoutRetries");
            assertThat(mdcWhileTheEngineWorks(node, "org/servant/2026-Q1"))
                    .containsEntry("businessKey", "org/servant/2026-Q1").containsKey("processInstanceId");

            postgres.close();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                var health = Rest.anonymous(port).get("/actuator/health");
                assertThat(health.statusCode()).isEqualTo(503);
                assertThat(health.body()).contains("\"status\":\"DOWN\"");
            });
        } finally {
            node.close();
            postgres.close();
        }
    }

    /** The MDC a delegate sees while the engine runs a service task of an instance with this business key. */
    static Map<String, String> mdcWhileTheEngineWorks(ConfigurableApplicationContext node, String businessKey) {
        AtomicReference<Map<String, String>> seen = new AtomicReference<>(Map.of());
        JavaDelegate probe = execution -> seen.set(MDC.getCopyOfContextMap());
        node.getBeanFactory().registerSingleton("mdcProbe", probe);
        ProcessEngine engine = node.getBean(ProcessEngine.class);
        engine.getRepositoryService().createDeployment().addModelInstance("mdc-probe.bpmn",
                Bpmn.createExecutableProcess("mdc-probe").camundaHistoryTimeToLive(1).startEvent()
                        .serviceTask().camundaDelegateExpression("${mdcProbe}").endEvent().done()).deploy();
        engine.getRuntimeService().startProcessInstanceByKey("mdc-probe", businessKey);
        return seen.get();
    }
}
