package kz.bagalau.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Plain-text mail templates under {@code mail/<key>.<language>.txt}: the first line is
 * {@code Subject: ...}, the rest is the body; {@code {{name}}} is replaced by the model's value.
 * Dates are written as {@code dd.MM.yyyy HH:mm} in the organisation's time zone. A placeholder the
 * model does not fill is an error, so a broken template fails visibly instead of mailing "{{x}}".
 */
@Component
class MailTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*}}");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Map<String, String[]> cache = new ConcurrentHashMap<>();

    record Rendered(String subject, String body) {
    }

    Rendered render(String templateKey, String language, Map<String, Object> model, ZoneId zone) {
        String[] template = cache.computeIfAbsent(templateKey + "." + language, MailTemplates::load);
        return new Rendered(fill(template[0], model, zone, templateKey), fill(template[1], model, zone, templateKey));
    }

    private static String[] load(String name) {
        if (!name.matches("[a-z0-9-]+\\.(kk|ru)")) {
            throw new IllegalArgumentException("No mail template '" + name + "': keys are kebab-case, languages kk or ru");
        }
        var resource = new ClassPathResource("mail/" + name + ".txt");
        if (!resource.exists()) {
            throw new IllegalArgumentException("No mail template 'mail/" + name + ".txt'");
        }
        try (InputStream in = resource.getInputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            int newline = text.indexOf('\n');
            if (!text.startsWith("Subject:") || newline < 0) {
                throw new IllegalArgumentException("Mail template 'mail/" + name + ".txt' must start with 'Subject: '");
            }
            return new String[] {text.substring("Subject:".length(), newline).trim(), text.substring(newline + 1).strip()};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fill(String text, Map<String, Object> model, ZoneId zone, String templateKey) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            if (!model.containsKey(name) || model.get(name) == null) {
                throw new IllegalArgumentException("Mail template '" + templateKey + "' needs '" + name + "' in its model");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(format(model.get(name), zone)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String format(Object value, ZoneId zone) {
        if (value instanceof Date d) {
            return DATE_TIME.format(d.toInstant().atZone(zone));
        }
        if (value instanceof Instant i) {
            return DATE_TIME.format(i.atZone(zone));
        }
        if (value instanceof ZonedDateTime z) {
            return DATE_TIME.format(z.withZoneSameInstant(zone));
        }
        if (value instanceof LocalDate d) {
            return DATE.format(d);
        }
        return String.valueOf(value);
    }
}
