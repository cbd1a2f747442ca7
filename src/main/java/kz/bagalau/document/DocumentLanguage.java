package kz.bagalau.document;

import java.util.Locale;

import kz.bagalau.web.BadRequestException;

/** The language a document is issued in: Kazakh («мемлекеттік тіл») or Russian, by request ({@code ?lang=kk|ru}). */
public enum DocumentLanguage {
    KK, RU;

    /** The {@code ?lang} value; Russian when absent (as the webapps' default). */
    public static DocumentLanguage of(String code) {
        if (code == null || code.isBlank()) {
            return RU;
        }
        return switch (code.trim().toLowerCase(Locale.ROOT)) {
            case "kk", "kz" -> KK;
            case "ru" -> RU;
            default -> throw new BadRequestException("Language '" + code + "' is not available: use kk or ru");
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    /** Picks the Kazakh or the Russian of a bilingual pair. */
    public String pick(String kazakh, String russian) {
        return this == KK ? kazakh : russian;
    }
}
