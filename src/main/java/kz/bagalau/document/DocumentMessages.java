package kz.bagalau.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/**
 * The texts of the templates ({@code #{key}}) in one file per language, shared by all documents:
 * {@code documents/messages_kk.properties} and {@code documents/messages_ru.properties}, UTF-8, so
 * that a non-developer edits Kazakh and Russian directly.
 */
final class DocumentMessages extends AbstractMessageResolver {

    private final Map<String, Properties> byLanguage = new ConcurrentHashMap<>();

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        String text = messages(context.getLocale()).getProperty(key);
        if (text == null) {
            return null;
        }
        return parameters == null || parameters.length == 0 ? text
                : new MessageFormat(text, context.getLocale()).format(parameters);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
            Object[] parameters) {
        return "??" + key + "_" + context.getLocale().getLanguage() + "??";
    }

    private Properties messages(Locale locale) {
        return byLanguage.computeIfAbsent(locale.getLanguage(), language -> {
            String resource = "documents/messages_" + language + ".properties";
            try (InputStream in = DocumentMessages.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Missing " + resource);
                }
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                return p;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
