package kz.bagalau.document;

/**
 * The extension point of the document engine: one Spring bean per kind of official document. It
 * answers {@code GET /api/documents/<type>/<path…>?lang=kk|ru}: it checks that the caller may read the
 * record (the confidentiality rules of its feature), reads the record, and returns the template and
 * the data to fill it with. The engine renders the PDF, stores it with its SHA-256 and serves it.
 * <p>
 * To add a document: a template {@code src/main/resources/documents/<template>.html} (it may use the
 * fragments of {@code documents/fragments.html}: approval block, signature lines), its texts in
 * {@code documents/messages_kk.properties} and {@code messages_ru.properties}, and a bean implementing
 * this interface. See docs/documents.md.
 */
public interface DocumentSource {

    /** The URL segment and the stored type, kebab-case: {@code quarterly}, {@code work-plan}, … */
    String type();

    /**
     * The content of the requested document.
     *
     * @throws kz.bagalau.web.NotFoundApiException when the record does not exist or the caller may not
     *         see it (confidential results are not revealed: 404, not 403)
     * @throws kz.bagalau.web.ForbiddenException when the caller may see the record but not ask for this
     */
    DocumentContent content(DocumentRequest request);
}
