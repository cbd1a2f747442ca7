package kz.bagalau.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Every validation message that the form-js bundled in the Camunda webjar can write under a
 * Camunda Form field has a Kazakh and a Russian text in form-messages.js. The English messages are
 * read from the bundle on the classpath (lib/deps.js), so a Camunda upgrade that changes or adds a
 * message fails here until the table is updated. The browser test proves the script applies them.
 */
class FormValidationMessagesTests {

    private static final String BUNDLE = "META-INF/resources/webjars/camunda/lib/deps.js";
    private static final String SCRIPT = "META-INF/resources/webjars/camunda/assets/bagalau/form-messages.js";

    /** form-js's validator: errors.push("…") or errors.push(`…${value}…`) starting like its messages. */
    private static final Pattern PUSHED_MESSAGE = Pattern.compile(
            "push\\((?:\"((?:Field|Value|Please select)[^\"]*)\"|`((?:Field|Value|Please select)[^`]*)`)\\)");
    /** The one message form-js builds by concatenation: "Value is expected to " + (… ? "be an integer" : `have at most ${n} decimal digit${n>1?"s":""}`) + ".". */
    private static final String DECIMAL_DIGITS = "\"Value is expected to \"+(0===n?\"be an integer\":`have at most ${n} decimal digit${n>1?\"s\":\"\"}`)+\".\"";
    private static final Pattern TEMPLATE_VALUE = Pattern.compile("\\$\\{[^}]*}");
    private static final Pattern NUMBERED = Pattern.compile("\\{\\d}");
    private static final Pattern KAZAKH_LETTERS = Pattern.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]");

    @Test
    void theBundleStillHasTheMessagesTheScriptWasWrittenFor() throws IOException {
        Set<String> english = messagesOfTheBundle();
        assertThat(english).as("form-js validation messages found in " + BUNDLE).contains(
                "Field is required.", "Field must have minimum value of {0}.", "Field must have maximum value of {0}.",
                "Field must have minimum length of {0}.", "Field must have maximum length of {0}.",
                "Value is not a number.", "Value is expected to be an integer.");
    }

    @Test
    void everyValidationMessageOfTheBundleIsTranslatedInKazakhAndRussian() throws IOException {
        Map<String, JsonNode> table = scriptTable();
        List<String> untranslated = new ArrayList<>();
        for (String english : messagesOfTheBundle()) {
            JsonNode entry = table.get(english);
            if (entry == null || entry.path("kk").asText().isBlank() || entry.path("ru").asText().isBlank()) {
                untranslated.add(english);
            }
        }
        assertThat(untranslated).as("form-js messages without Kazakh and Russian text in " + SCRIPT).isEmpty();
    }

    @Test
    void translationsKeepTheValuesAndAreWrittenInTheirLanguage() throws IOException {
        for (var entry : scriptTable().entrySet()) {
            String english = entry.getKey();
            String kazakh = entry.getValue().path("kk").asText();
            String russian = entry.getValue().path("ru").asText();
            assertThat(numbered(kazakh)).as("values in the Kazakh text of \"%s\"", english).isEqualTo(numbered(english));
            assertThat(numbered(russian)).as("values in the Russian text of \"%s\"", english).isEqualTo(numbered(english));
            assertThat(KAZAKH_LETTERS.matcher(kazakh).find()).as("Kazakh letters in \"%s\"", kazakh).isTrue();
            assertThat(russian).as("Russian text of \"%s\"", english).containsPattern("[А-Яа-яЁё]")
                    .doesNotContainPattern(KAZAKH_LETTERS.pattern());
        }
    }

    /** The English messages form-js can produce, with {0}, {1} for the values it puts in. */
    private Set<String> messagesOfTheBundle() throws IOException {
        String bundle = read(BUNDLE);
        Set<String> messages = new LinkedHashSet<>();
        Matcher m = PUSHED_MESSAGE.matcher(bundle);
        while (m.find()) {
            String literal = m.group(1) != null ? m.group(1) : m.group(2);
            messages.add(normalize(numberValues(literal)));
        }
        assertThat(bundle).as("form-js builds the decimal-digits message as before").contains(DECIMAL_DIGITS);
        messages.add("Value is expected to be an integer.");
        messages.add("Value is expected to have at most {0} decimal digit.");
        messages.add("Value is expected to have at most {0} decimal digits.");
        return messages;
    }

    /** The table between "BEGIN MESSAGES" and "END MESSAGES" in form-messages.js, by English text. */
    private Map<String, JsonNode> scriptTable() throws IOException {
        String script = read(SCRIPT);
        int begin = script.indexOf("// BEGIN MESSAGES");
        int end = script.indexOf("// END MESSAGES");
        assertThat(begin).as("BEGIN MESSAGES marker").isGreaterThan(-1);
        String array = script.substring(script.indexOf('[', begin), end);
        Map<String, JsonNode> table = new LinkedHashMap<>();
        new ObjectMapper().readTree(array).forEach(entry -> table.put(normalize(entry.path("en").asText()), entry));
        assertThat(table).isNotEmpty();
        return table;
    }

    private static String numberValues(String template) {
        Matcher m = TEMPLATE_VALUE.matcher(template);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("{" + i++ + "}"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<String> numbered(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = NUMBERED.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        found.sort(null);
        return found;
    }

    /** The script compares texts with runs of spaces collapsed, as the page shows them. */
    private static String normalize(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    private String read(String path) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as("%s on the classpath", path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
