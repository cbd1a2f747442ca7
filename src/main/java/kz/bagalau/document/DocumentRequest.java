package kz.bagalau.document;

import java.util.List;
import java.util.Map;

import kz.bagalau.web.NotFoundApiException;

/**
 * What the caller asked for: the path after {@code /api/documents/<type>/}, the language and the
 * query parameters (other than {@code lang}).
 */
public record DocumentRequest(String type, List<String> path, DocumentLanguage language, Map<String, String> options) {

    public DocumentRequest {
        path = List.copyOf(path);
        options = Map.copyOf(options);
    }

    /** Requires exactly {@code count} path segments; a wrong shape is a document that does not exist (404). */
    public DocumentRequest expect(int count, String shape) {
        if (path.size() != count) {
            throw new NotFoundApiException("No document /api/documents/" + type + "/" + String.join("/", path)
                    + ": the path is /api/documents/" + type + "/" + shape);
        }
        return this;
    }

    public String segment(int index) {
        return path.get(index);
    }

    public int number(int index) {
        try {
            return Integer.parseInt(path.get(index));
        } catch (NumberFormatException e) {
            throw new NotFoundApiException("No document: '" + path.get(index) + "' is not a number");
        }
    }

    public boolean flag(String option) {
        return Boolean.parseBoolean(options.get(option));
    }
}
