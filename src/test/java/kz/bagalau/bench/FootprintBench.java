package kz.bagalau.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmark 5: boot time and resident memory of {@code java -jar target/bagalau.jar} (profile prod, the
 * webapps, PostgreSQL) against a minimal Spring Boot + Camunda webapp/REST jar assembled here from the same
 * jar minus every Bagalau class and resource. Each jar boots twice on its own empty database: the first boot
 * creates the schema, the second (measured) is an ordinary restart.
 */
@Tag("bench")
class FootprintBench {

    static final Path BAGALAU = Path.of("target", "bagalau.jar");
    static final Path MINIMAL = Path.of("target", "bench", "minimal-camunda.jar");
    static final String MINIMAL_CLASS = "kz/bagalau/bench/minimal/MinimalCamundaApplication.class";

    /** Passes the production password policy (the prod profile refuses a weaker admin password at boot). */
    static final String ADMIN_PASSWORD = "Bench-Footprint-2026!";

    @Test
    void bootAndMemory() throws Exception {
        assertThat(BAGALAU).as("mvn -Pbench verify packages the jar before this runs").exists();
        assembleMinimalJar();
        BenchReport report = new BenchReport("footprint");
        report.fact("minimal jar", MINIMAL + " (" + Files.size(MINIMAL) / 1024 / 1024 + " MiB; bagalau.jar "
                + Files.size(BAGALAU) / 1024 / 1024 + " MiB)");
        String bagalauDb = BenchPostgres.newDatabase("footprint_bagalau");
        String minimalDb = BenchPostgres.newDatabase("footprint_minimal");
        int rounds = Integer.getInteger("bench.bootRounds", 2);
        double[] bagalau = null;
        double[] minimal = null;
        for (int i = 0; i < rounds; i++) {
            // alternate, so that a burst of load on the shared machine hits both
            minimal = boot(MINIMAL, minimalDb, false);
            bagalau = boot(BAGALAU, bagalauDb, true);
            report.fact("boot " + (i + 1) + " (s, MiB): bagalau", bagalau[0] + " s, " + bagalau[1] + " MiB");
            report.fact("boot " + (i + 1) + " (s, MiB): minimal", minimal[0] + " s, " + minimal[1] + " MiB");
        }
        report.add("boot until /actuator/health is UP (s)", bagalau[0], minimal[0], "s", "<= 1.2",
                bagalau[0] / minimal[0] <= 1.2, "restart on an existing schema");
        report.add("RSS after boot (MiB)", bagalau[1], minimal[1], "MiB", "<= 1.3", bagalau[1] / minimal[1] <= 1.3,
                "VmRSS 10 s after the health check answered UP");
        report.write();
    }

    /** A copy of bagalau.jar without BOOT-INF/classes (Bagalau's code, models, configuration) plus one main class. */
    static void assembleMinimalJar() throws IOException {
        Files.createDirectories(MINIMAL.getParent());
        try (JarFile source = new JarFile(BAGALAU.toFile());
             JarOutputStream out = new JarOutputStream(Files.newOutputStream(MINIMAL))) {
            Manifest manifest = new Manifest(source.getManifest());
            manifest.getMainAttributes().put(new Attributes.Name("Start-Class"),
                    "kz.bagalau.bench.minimal.MinimalCamundaApplication");
            manifest.getMainAttributes().remove(new Attributes.Name("Spring-Boot-Layers-Index"));
            ZipEntry manifestEntry = new ZipEntry("META-INF/MANIFEST.MF");
            out.putNextEntry(manifestEntry);
            manifest.write(out);
            out.closeEntry();
            Enumeration<JarEntry> entries = source.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                // only Spring Boot's launcher and the dependency jars: Bagalau's classes, models, configuration
                // and META-INF/spring.factories stay behind
                boolean keep = name.startsWith("BOOT-INF/lib/") || name.equals("BOOT-INF/classpath.idx")
                        || name.startsWith("org/springframework/boot/loader/") || name.equals("META-INF/")
                        || name.startsWith("META-INF/services/") || name.equals("BOOT-INF/") || name.equals("org/")
                        || name.equals("org/springframework/") || name.equals("org/springframework/boot/");
                if (!keep) {
                    continue;
                }
                copy(out, name, source.getInputStream(entry).readAllBytes(), entry.getMethod() == ZipEntry.STORED);
            }
            for (String dir : List.of("BOOT-INF/classes/", "BOOT-INF/classes/kz/", "BOOT-INF/classes/kz/bagalau/",
                    "BOOT-INF/classes/kz/bagalau/bench/", "BOOT-INF/classes/kz/bagalau/bench/minimal/")) {
                copy(out, dir, new byte[0], false);
            }
            copy(out, "BOOT-INF/classes/" + MINIMAL_CLASS,
                    Files.readAllBytes(Path.of("target", "test-classes", MINIMAL_CLASS)), false);
        }
    }

    private static void copy(JarOutputStream out, String name, byte[] bytes, boolean stored) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        if (stored) {
            // nested jars stay uncompressed: Spring Boot's launcher reads them in place
            CRC32 crc = new CRC32();
            crc.update(bytes);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(bytes.length);
            entry.setCompressedSize(bytes.length);
            entry.setCrc(crc.getValue());
        }
        out.putNextEntry(entry);
        out.write(bytes);
        out.closeEntry();
    }

    /** Boots the jar twice on its database; returns {seconds to healthy, RSS MiB} of the second boot. */
    static double[] boot(Path jar, String jdbcUrl, boolean bagalau) throws Exception {
        double[] first = bootOnce(jar, jdbcUrl, bagalau);
        System.out.printf("[bench footprint] %s first boot (creates the schema): %.1f s, %.0f MiB%n", jar, first[0],
                first[1]);
        return bootOnce(jar, jdbcUrl, bagalau);
    }

    static double[] bootOnce(Path jar, String jdbcUrl, boolean bagalau) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", jar.toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--camunda.bpm.admin-user.id=admin", "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD,
                "--camunda.bpm.job-execution.enabled=true"));
        if (bagalau) {
            command.add("--spring.profiles.active=prod");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target", "bench", jar.getFileName() + "-" + port + ".log").toFile());
        builder.environment().put("BAGALAU_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().put("BAGALAU_SURVEY_KEY", "bench-survey-sealing-key"); // required by the prod profile
        long t0 = System.nanoTime();
        Process process = builder.start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build();
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(jar + " exited with " + process.exitValue() + ", see target/bench/*.log");
                }
                if ((System.nanoTime() - t0) / 1e9 > 600) {
                    throw new IllegalStateException(jar + " did not become healthy within 10 minutes");
                }
                try {
                    HttpResponse<String> r = client.send(health, HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && r.body().contains("UP")) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            Thread.sleep(10_000);
            return new double[] {BenchReport.round(seconds), rssMiB(process.pid())};
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    static double rssMiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Math.round(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0);
            }
        }
        throw new IllegalStateException("No VmRSS for " + pid);
    }

}
