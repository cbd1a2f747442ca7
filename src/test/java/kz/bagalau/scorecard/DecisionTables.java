package kz.bagalau.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;

/**
 * The tables in {@code dmn/} evaluated without the process engine, by the default FEEL engine and
 * by legacy FEEL; every evaluation asserts both give the same answer, so the tables stay within
 * the simple unary tests the legacy engine understands.
 */
final class DecisionTables {

    private static final DmnEngine FEEL = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final DmnEngine LEGACY_FEEL = ((DefaultDmnEngineConfiguration) DmnEngineConfiguration
            .createDefaultDmnEngineConfiguration()).enableFeelLegacyBehavior(true).buildEngine();
    private static final Map<String, DmnDecision> PARSED = new ConcurrentHashMap<>();

    private DecisionTables() {
    }

    /** The single matching rule's outputs, or null when no rule matches. */
    static Map<String, Object> evaluate(String key, Map<String, Object> variables) {
        Map<String, Object> feel = entries(FEEL.evaluateDecisionTable(decision(FEEL, "feel", key), variables)
                .getSingleResult());
        Map<String, Object> legacy = entries(LEGACY_FEEL.evaluateDecisionTable(
                decision(LEGACY_FEEL, "legacy", key), variables).getSingleResult());
        assertThat(legacy).as("legacy FEEL agrees with FEEL for %s %s", key, variables).isEqualTo(feel);
        return feel;
    }

    private static Map<String, Object> entries(Map<String, Object> result) {
        return result == null ? null : new HashMap<>(result);
    }

    static Object output(String key, String output, Map<String, Object> variables) {
        Map<String, Object> result = evaluate(key, variables);
        return result == null ? null : result.get(output);
    }

    private static DmnDecision decision(DmnEngine engine, String engineName, String key) {
        return PARSED.computeIfAbsent(engineName + ":" + key, k -> {
            try (InputStream in = DecisionTables.class.getResourceAsStream("/dmn/" + key + ".dmn")) {
                assertThat(in).as("dmn/%s.dmn on the classpath", key).isNotNull();
                return engine.parseDecision(key, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
