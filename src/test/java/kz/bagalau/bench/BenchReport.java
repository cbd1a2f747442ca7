package kz.bagalau.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Figures of one benchmark: each with its baseline measured in the same run and the ratio, printed as
 * measured and written to {@code target/bench/<name>.json}.
 */
final class BenchReport {

    record Figure(String what, double value, double baseline, String unit, double ratio, String target,
                  Boolean met, String note) {}

    private final String name;
    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, Object> facts = new LinkedHashMap<>();

    BenchReport(String name) {
        this.name = name;
        facts.put("cores", Runtime.getRuntime().availableProcessors());
        facts.put("loadAverageAtStart", loadAverage());
        facts.put("java", System.getProperty("java.version"));
    }

    void fact(String key, Object value) {
        facts.put(key, value);
        System.out.printf("[bench %s] %s = %s%n", name, key, value);
    }

    /**
     * A figure against its baseline. {@code ratio} is value/baseline when higher is better
     * ({@code higherIsBetter}), baseline... no: always value/baseline; the target says which side is good.
     */
    Figure add(String what, double value, double baseline, String unit, String target, Boolean met, String note) {
        double ratio = baseline == 0 ? Double.NaN : value / baseline;
        Figure f = new Figure(what, round(value), round(baseline), unit, round(ratio), target, met, note);
        figures.add(f);
        System.out.printf("[bench %s] %-60s %12.3f %s | baseline %12.3f | ratio %7.3f | target %s %s%n", name, what,
                value, unit, baseline, ratio, target, met == null ? "" : met ? "MET" : "MISSED");
        return f;
    }

    void write() {
        try {
            Path dir = Path.of("target", "bench");
            Files.createDirectories(dir);
            facts.put("loadAverageAtEnd", loadAverage());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("benchmark", name);
            json.put("machine", facts);
            json.put("figures", figures);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve(name + ".json").toFile(),
                    json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** Percentile (0..100) of durations in milliseconds. */
    static double percentile(double[] millis, double p) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
