package kz.bagalau.operations;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import kz.bagalau.BagalauApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Bagalau nodes for cluster and crash tests: the application in this JVM or in a child JVM (the test class
 * path, {@link NodeMain}), on a database the test chose, with the job executor on.
 */
final class Nodes {

    static final String USER = "postgres";

    private Nodes() {
    }

    /** Command-line properties of one node: they win over every profile's yaml. */
    static List<String> arguments(String name, int port, String jdbcUrl) {
        return List.of(
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + USER,
                "--spring.datasource.password=" + USER,
                "--spring.datasource.driver-class-name=org.postgresql.Driver",
                "--server.port=" + port,
                "--bagalau.demo.enabled=false",
                "--camunda.bpm.job-execution.enabled=true",
                // Idle nodes look for due jobs every second (the default backs off up to a minute).
                "--camunda.bpm.job-execution.wait-time-in-millis=250",
                "--camunda.bpm.job-execution.max-wait=1000",
                // Job logs name the node that ran the job.
                "--camunda.bpm.generic-properties.properties.hostname=" + name);
    }

    /**
     * The application in this JVM. Its engine gets the node's name: engines register in a JVM-wide map by
     * name, and the suite's other contexts own "default" (engine REST: {@code /engine-rest/engine/<name>/...}).
     */
    static ConfigurableApplicationContext inProcess(String name, int port, String jdbcUrl) {
        List<String> args = new ArrayList<>(arguments(name, port, jdbcUrl));
        args.add("--camunda.bpm.process-engine-name=" + name);
        return new SpringApplicationBuilder(BagalauApplication.class).profiles("test")
                .run(args.toArray(String[]::new));
    }

    /** The application (and optionally a task, see {@link NodeMain}) in a child JVM; its log is in target/nodes. */
    static Process child(String name, int port, String jdbcUrl, String... extra) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", classPath(), NodeMain.class.getName(),
                "--spring.profiles.active=test"));
        command.addAll(arguments(name, port, jdbcUrl));
        command.addAll(List.of(extra));
        try {
            Path logs = Files.createDirectories(Path.of("target", "nodes"));
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(name + ".log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the node answers /actuator/health (UP or not): its context has started. */
    static void awaitStarted(Process node, int port, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!node.isAlive()) {
                throw new IllegalStateException("The node on port " + port + " exited with " + node.exitValue()
                        + "; see target/nodes");
            }
            try {
                // UP, not merely answering: the job executor starts (and its health turns UP) after the ready
                // listeners, so a node answers 503 for a moment after Tomcat has started
                if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
                pause();
            } catch (IOException notYet) {
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("The node on port " + port + " did not start within " + timeout);
    }

    /** Graceful stop (SIGTERM: Spring's shutdown hook), then the hard way. */
    static void stop(Process node) {
        if (node == null) {
            return;
        }
        node.destroy();
        try {
            if (!node.waitFor(30, TimeUnit.SECONDS)) {
                node.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String classPath() {
        // Surefire runs tests from a manifest-only jar; it exposes the real class path separately.
        // An empty entry would put the working directory, with the top-level bpmn/ folder, on the class path:
        // the engine would see every model twice.
        String path = System.getProperty("surefire.test.class.path");
        return Arrays.stream((path != null && !path.isBlank() ? path : System.getProperty("java.class.path"))
                .split(File.pathSeparator)).filter(entry -> !entry.isBlank()).collect(Collectors.joining(File.pathSeparator));
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
