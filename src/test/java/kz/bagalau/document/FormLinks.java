package kz.bagalau.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The document links of a Tasklist form (component {@code Text_Documents}), filled as Tasklist fills them. */
final class FormLinks {

    private static final Pattern LINK = Pattern.compile("\\]\\((/api/documents/[^)]+)\\)");

    private FormLinks() {
    }

    /** The form's link in that language, with the {@code {{variable}}}s replaced by the process's values. */
    static String link(String form, Map<String, ?> variables, String lang) {
        String json;
        try {
            json = Files.readString(Path.of("forms", form + ".form"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(json).as(form).contains("\"Text_Documents\"");
        Matcher m = LINK.matcher(json);
        while (m.find()) {
            String link = m.group(1);
            if (link.endsWith("lang=" + lang)) {
                for (Map.Entry<String, ?> v : variables.entrySet()) {
                    link = link.replace("{{" + v.getKey() + "}}", String.valueOf(v.getValue()));
                }
                assertThat(link).as("every variable filled").doesNotContain("{{");
                return link;
            }
        }
        throw new AssertionError(form + " has no document link in " + lang);
    }
}
