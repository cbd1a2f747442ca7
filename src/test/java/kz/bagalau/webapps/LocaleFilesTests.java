package kz.bagalau.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Kazakh and Russian locale files of Tasklist, Welcome, Cockpit and Admin cover the English
 * one that ships in the Camunda webjar, so a servant or an administrator never sees an English
 * text or a bare translation key. The English file is read from the classpath: a Camunda upgrade
 * that adds keys makes this test fail until they are translated. The same holds for the form-js
 * validation messages that form-messages.js translates.
 */
class LocaleFilesTests {

    private static final String WEBAPPS = "META-INF/resources/webjars/camunda/app/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");
    /** Letters that exist in Kazakh but not in Russian: a Kazakh file without them is not Kazakh. */
    private static final Pattern KAZAKH_LETTERS = Pattern.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]");

    private final ObjectMapper json = new ObjectMapper();

    /** Complete files: every English key translated (docs/webapps.md, "Locales"). */
    @ParameterizedTest(name = "{0}/locales/{1}.json has every English key")
    @CsvSource({"tasklist, kk", "tasklist, ru", "welcome, kk", "welcome, ru", "cockpit, kk", "cockpit, ru",
            "admin, kk", "admin, ru"})
    void everyEnglishKeyIsTranslatedAndNotEmpty(String app, String lang) throws IOException {
        Map<String, String> english = labels(app, "en");
        Map<String, String> translated = labels(app, lang);

        assertThat(english).as("English %s labels from the webjar", app).hasSizeGreaterThan(100);
        List<String> missingOrEmpty = english.keySet().stream()
                .filter(key -> translated.get(key) == null || translated.get(key).isBlank())
                .toList();
        assertThat(missingOrEmpty).as("keys of %s/en.json missing or empty in %s.json", app, lang).isEmpty();
    }

    @ParameterizedTest(name = "{0}/locales/{1}.json keeps placeholders and adds no unknown keys")
    @CsvSource({"tasklist, kk", "tasklist, ru", "welcome, kk", "welcome, ru", "cockpit, kk", "cockpit, ru",
            "admin, kk", "admin, ru"})
    void translationsKeepThePlaceholdersAndKeysOfTheEnglishFile(String app, String lang) throws IOException {
        Map<String, String> english = labels(app, "en");
        Map<String, String> translated = labels(app, lang);

        assertThat(english.keySet()).as("%s/%s.json keys are all English keys", app, lang)
                .containsAll(translated.keySet());
        List<String> broken = new ArrayList<>();
        translated.forEach((key, text) -> {
            if (!placeholders(text).equals(placeholders(english.get(key)))) {
                broken.add(key + ": " + text);
            }
        });
        assertThat(broken).as("translations whose {{placeholders}} differ from English (written identically)")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}/locales/{1}.json defines dates for moment.js")
    @CsvSource({"tasklist, kk", "tasklist, ru", "cockpit, kk", "cockpit, ru", "admin, kk", "admin, ru"})
    void dateLocalesAreDefined(String app, String lang) throws IOException {
        JsonNode dates = read(app, lang).path("dateLocales");
        assertThat(dates.path("longDateFormat").path("L").asText()).isEqualTo("DD.MM.YYYY");
        assertThat(dates.path("weekdays")).hasSize(7);
        assertThat(dates.path("week").path("dow").asInt()).as("weeks start on Monday").isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}/locales/kk.json is written with Kazakh letters")
    @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
    void kazakhIsWrittenWithKazakhLetters(String app) throws IOException {
        Map<String, String> kazakh = labels(app, "kk");
        long withKazakhLetters = kazakh.values().stream().filter(t -> KAZAKH_LETTERS.matcher(t).find()).count();
        assertThat(withKazakhLetters).as("Kazakh labels using ә ғ қ ң ө ұ ү һ і").isGreaterThan(kazakh.size() / 2);
        assertThat(kazakh.get("PAGE_LOGIN_PASSWORD")).isEqualTo("Құпиясөз");
    }

    /** What administrators read first in Cockpit and Admin, checked word for word. */
    @Test
    void cockpitAndAdminNavigationReadsInKazakhAndRussian() throws IOException {
        assertThat(labels("cockpit", "kk")).containsEntry("COCKPIT_PROCESSES", "Процестер")
                .containsEntry("DASHBOARD_OPEN_INCIDENTS", "Ашық инциденттер")
                .containsEntry("DASHBOARD_RUNNING_PROCESS_INSTANCE", "Орындалып жатқан процесс даналары");
        assertThat(labels("cockpit", "ru")).containsEntry("COCKPIT_DECISIONS", "Решения")
                .containsEntry("BATCHES_BREAD_BATCHES", "Пакетные операции");
        assertThat(labels("admin", "kk")).containsEntry("USERS_LIST_USERS", "Пайдаланушылар тізімі")
                .containsEntry("AUTHORIZATION_AUTHORIZATIONS", "Рұқсаттар");
        assertThat(labels("admin", "ru")).containsEntry("TENANTS_LIST_TENANTS", "Список арендаторов");
    }

    @Test
    void noTranslationMentionsCamunda8() throws IOException {
        for (String file : List.of("tasklist/kk", "tasklist/ru", "welcome/kk", "welcome/ru", "admin/kk", "admin/ru",
                "cockpit/kk", "cockpit/ru")) {
            String[] parts = file.split("/");
            assertThat(labels(parts[0], parts[1]).values()).as(file).noneMatch(t -> t.contains("Camunda 8"));
        }
    }

    private Map<String, String> labels(String app, String lang) throws IOException {
        Map<String, String> labels = new LinkedHashMap<>();
        read(app, lang).path("labels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    private JsonNode read(String app, String lang) throws IOException {
        String path = WEBAPPS + app + "/locales/" + lang + ".json";
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as("%s on the classpath", path).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // Camunda's English files start with a byte order mark, which Jackson rejects.
            return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }

    /** The {{placeholders}} of a text as written (spaces inside the braces included), sorted. */
    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            found.add(m.group());
        }
        found.sort(null);
        return found;
    }
}
