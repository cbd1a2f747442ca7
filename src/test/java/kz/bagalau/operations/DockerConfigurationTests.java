package kz.bagalau.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.Yaml;

/**
 * docker/ without Docker: the compose file parses, pins its images, sets only properties the application reads,
 * and its secrets are all in .env.example; the Dockerfile runs the jar Maven builds as a non-root user.
 * {@link ProductionNodeTests} boots the same environment on PostgreSQL.
 */
class DockerConfigurationTests {

    static final Path DOCKER = Path.of("docker");
    /** Read by the JVM or the operating system, not by Spring. */
    static final Set<String> NOT_SPRING = Set.of("JAVA_TOOL_OPTIONS", "TZ");

    @Test
    void theComposeFileParsesWithAServiceForPostgresAndTwoApplicationNodes() {
        assertThat(services()).containsOnlyKeys("db", "app", "app-2");
        assertThat(compose().get("volumes")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsKey("bagalau-db");
        assertThat(service("db").get("volumes")).asList().contains("bagalau-db:/var/lib/postgresql/data");
    }

    @Test
    void everyImageIsPinnedToAVersion() throws IOException {
        for (Map<String, Object> service : services().values()) {
            String image = (String) service.get("image");
            assertThat(image).as("image").matches("[a-z0-9./-]+:[0-9][A-Za-z0-9._-]*").doesNotContain(":latest");
        }
        String from = Files.readAllLines(DOCKER.resolve("Dockerfile")).stream().filter(l -> l.startsWith("FROM "))
                .findFirst().orElseThrow();
        assertThat(from).matches("FROM eclipse-temurin:17\\.[0-9._]+-jre-[a-z]+");
    }

    @Test
    void postgresIsTheMajorVersionTheSuiteRunsOn() throws Exception {
        String image = (String) service("db").get("image");
        try (var c = java.sql.DriverManager.getConnection(kz.bagalau.support.PostgresInitializer.newDatabaseUrl(),
                Nodes.USER, Nodes.USER); var s = c.createStatement(); var r = s.executeQuery("show server_version")) {
            r.next();
            String major = r.getString(1).split("\\.")[0];
            assertThat(image).startsWith("postgres:" + major + ".");
        }
    }

    @Test
    void theApplicationWaitsForAHealthyDatabaseAndReportsItsOwnHealth() {
        assertThat(service("db").get("healthcheck").toString()).contains("pg_isready");
        for (String node : List.of("app", "app-2")) {
            assertThat(service(node).get("healthcheck").toString()).contains("/actuator/health");
            assertThat(service(node).get("depends_on").toString()).contains("db={condition=service_healthy}");
            assertThat(environment(node)).containsEntry("SPRING_PROFILES_ACTIVE", "prod");
        }
        assertThat(service("app-2").get("depends_on").toString()).contains("app={condition=service_healthy}");
    }

    @Test
    void everyVariableTheApplicationGetsIsAPropertyItReads() throws IOException {
        Set<String> known = knownProperties();
        for (String variable : environment("app").keySet()) {
            if (NOT_SPRING.contains(variable)) {
                continue;
            }
            // Spring's relaxed binding: SPRING_DATASOURCE_URL is spring.datasource.url
            var env = new StandardEnvironment();
            env.getPropertySources().addFirst(new SystemEnvironmentPropertySource("compose", Map.of(variable, "x")));
            String property = known.stream().filter(p -> "x".equals(env.getProperty(p))).findFirst().orElse(null);
            assertThat(property).as(variable + " binds to no property of the application").isNotNull();
        }
    }

    @Test
    void everySecretTheComposeFileNeedsIsInTheExampleEnvironment() throws IOException {
        Properties example = new Properties();
        try (InputStream in = Files.newInputStream(DOCKER.resolve(".env.example"))) {
            example.load(in);
        }
        Matcher m = Pattern.compile("\\$\\{([A-Z_]+)").matcher(Files.readString(DOCKER.resolve("compose.yaml")));
        Set<String> referenced = new HashSet<>();
        while (m.find()) {
            referenced.add(m.group(1));
        }
        assertThat(referenced).contains("POSTGRES_PASSWORD", "BAGALAU_ADMIN_PASSWORD");
        assertThat(example.stringPropertyNames()).containsAll(referenced);
    }

    @Test
    void theImageRunsTheJarMavenBuildsAsANonRootUserWithContainerMemorySettings() throws IOException {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
        assertThat(dockerfile).contains("COPY --chown=bagalau:bagalau target/bagalau.jar /app/bagalau.jar",
                "USER bagalau", "-XX:MaxRAMPercentage=", "ENTRYPOINT [\"java\", \"-jar\", \"/app/bagalau.jar\"]");
        assertThat(Files.readString(Path.of("pom.xml"))).contains("<finalName>bagalau</finalName>");
        assertThat(Files.readString(Path.of(".gitignore"))).contains("docker/.env");
    }

    /** Properties Spring Boot, Camunda and Bagalau declare, and the placeholders Bagalau's yaml reads. */
    static Set<String> knownProperties() throws IOException {
        Set<String> names = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources(
                "classpath*:META-INF/*spring-configuration-metadata.json")) {
            try (InputStream in = r.getInputStream()) {
                json.readTree(in).path("properties").forEach((JsonNode p) -> names.add(p.path("name").asText()));
            }
        }
        for (String file : List.of("application.yaml", "application-prod.yaml")) {
            YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
            yaml.setResources(new ClassPathResource(file));
            Properties p = yaml.getObject();
            names.addAll(p.stringPropertyNames());
            Matcher m = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)").matcher(p.values().toString());
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> compose() {
        try (InputStream in = Files.newInputStream(DOCKER.resolve("compose.yaml"))) {
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> services() {
        return (Map<String, Map<String, Object>>) compose().get("services");
    }

    static Map<String, Object> service(String name) {
        return services().get(name);
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> environment(String service) {
        Map<String, String> env = new LinkedHashMap<>();
        ((Map<String, Object>) service(service).get("environment")).forEach((k, v) -> env.put(k, String.valueOf(v)));
        return env;
    }
}
