package kz.bagalau.document;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link DocumentSource} hands to the engine: the template to fill, the data to fill it with,
 * and whom the document is about.
 *
 * @param template         template name under {@code src/main/resources/documents/}, without ".html"
 * @param subjectKey       the record the document shows, e.g. the business key {@code org/servant/2025-Q4}
 * @param organisationCode the organisation whose HR keeps it (and may read it in the archive)
 * @param servantLogin     the servant it is about (may read it in the archive), or null for a meeting's protocol
 * @param asOf             the moment the data was last changed: the PDF's creation date, so the same data
 *                         gives the same bytes and the same checksum
 * @param model            the template's variables (plain strings, numbers, lists and records; null allowed)
 */
public record DocumentContent(String template, String subjectKey, String organisationCode, String servantLogin,
                              Instant asOf, Map<String, Object> model) {

    public DocumentContent {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(organisationCode, "organisationCode");
        Objects.requireNonNull(asOf, "asOf");
        model = Collections.unmodifiableMap(new HashMap<>(model));
    }
}
