package kz.bagalau.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;

import kz.bagalau.web.BadRequestException;

/** Reads submitted form values (Tasklist sends text, numbers and ISO dates) and refuses bad ones with the field's label. */
final class FormValues {

    private FormValues() {
    }

    static boolean present(Object value) {
        return value != null && !(value instanceof String s && s.isBlank());
    }

    static String text(Map<String, Object> values, String key, String label) {
        Object value = values.get(key);
        if (!present(value)) {
            throw new BadRequestException("«" + label + "» толтырыңыз / заполните «" + label + "»");
        }
        return value.toString().trim();
    }

    static String optionalText(Map<String, Object> values, String key) {
        Object value = values.get(key);
        return present(value) ? value.toString().trim() : null;
    }

    /** A number: a JSON number, or text such as "12", "12.5" or "12,5". */
    static BigDecimal number(Map<String, Object> values, String key, String label) {
        Object value = values.get(key);
        if (!present(value)) {
            throw new BadRequestException("«" + label + "» толтырыңыз / заполните «" + label + "»");
        }
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        try {
            return new BigDecimal(value.toString().trim().replace(',', '.').replace(" ", ""));
        } catch (NumberFormatException e) {
            throw new BadRequestException("«" + label + "»: '" + value + "' сан емес / не число");
        }
    }

    static LocalDate date(Map<String, Object> values, String key, String label) {
        Object value = values.get(key);
        if (!present(value)) {
            throw new BadRequestException("«" + label + "» толтырыңыз / заполните «" + label + "»");
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        String text = value.toString().trim();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("«" + label + "»: '" + text + "' күн емес / не дата (YYYY-MM-DD)");
        }
    }
}
