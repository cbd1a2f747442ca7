package kz.bagalau.competency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * The behavioural indicators of the competencies («құзыреттердің мінез-құлық индикаторлары» /
 * «поведенческие индикаторы компетенций», 001 appendix 4), read from
 * {@code competency/behavioural-indicators.json}: nine competencies, each with its effective indicators for
 * E-2 and E-4, at most 10 per competency (000 §26).
 */
@Component
public class BehaviouralIndicators {

    static final String RESOURCE = "/competency/behavioural-indicators.json";
    static final int MAX_PER_COMPETENCY = 10;

    public record Indicator(String kk, String ru) {}

    public record Competency(String code, String nameKk, String nameRu, List<Indicator> indicators) {}

    private final JsonNode catalogue;

    BehaviouralIndicators() {
        try (InputStream in = BehaviouralIndicators.class.getResourceAsStream(RESOURCE)) {
            catalogue = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        for (IndicatorSet set : IndicatorSet.values()) {
            competencies(set).forEach(c -> {
                if (c.indicators().isEmpty() || c.indicators().size() > MAX_PER_COMPETENCY) {
                    throw new IllegalStateException(c.code() + " has " + c.indicators().size() + " indicators for " + set
                            + "; 000 §26 allows 1 to " + MAX_PER_COMPETENCY);
                }
            });
        }
    }

    /** The competencies in the order of the appendix, with the set's indicators. */
    public List<Competency> competencies(IndicatorSet set) {
        List<Competency> result = new ArrayList<>();
        for (JsonNode c : catalogue.get("competencies")) {
            List<Indicator> indicators = new ArrayList<>();
            c.get(set.name()).forEach(i -> indicators.add(new Indicator(i.get("kk").asText(), i.get("ru").asText())));
            result.add(new Competency(c.get("code").asText(), c.get("nameKk").asText(), c.get("nameRu").asText(),
                    List.copyOf(indicators)));
        }
        return result;
    }
}
