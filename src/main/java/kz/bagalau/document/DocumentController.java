package kz.bagalau.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kz.bagalau.security.CurrentUser;
import kz.bagalau.security.Groups;
import kz.bagalau.web.NotFoundApiException;

/**
 * {@code GET /api/documents/<type>/<path…>?lang=kk|ru}: an official document as PDF, to download,
 * print and sign. The {@link DocumentSource} of the type applies its confidentiality rules. Each answer
 * carries the stored copy's id and SHA-256 ({@code X-Document-Id}, {@code X-Document-SHA256}, ETag);
 * {@code GET /api/documents/issued/{id}} returns that stored copy later, byte for byte.
 */
@RestController
@RequestMapping("/api/documents")
class DocumentController {

    private final Documents documents;
    private final CurrentUser currentUser;

    DocumentController(Documents documents, CurrentUser currentUser) {
        this.documents = documents;
        this.currentUser = currentUser;
    }

    @GetMapping("/issued/{id}")
    ResponseEntity<byte[]> issued(@PathVariable long id) {
        IssuedDocument document = documents.find(id).filter(this::mayReadIssued)
                .orElseThrow(() -> new NotFoundApiException("No issued document " + id + " that you may see"));
        return pdf(document);
    }

    @GetMapping("/{type}/{*path}")
    ResponseEntity<byte[]> document(@PathVariable String type, @PathVariable String path,
                                    @RequestParam(name = "lang", required = false) String lang,
                                    @RequestParam Map<String, String> query) {
        Map<String, String> options = new HashMap<>(query);
        options.remove("lang");
        List<String> segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
        return pdf(documents.issue(new DocumentRequest(type, segments, DocumentLanguage.of(lang), options)));
    }

    /** A stored copy: the servant it is about, HR of its organisation, or an administrator. */
    private boolean mayReadIssued(IssuedDocument d) {
        return currentUser.id() != null && (currentUser.id().equals(d.getServantLogin())
                || currentUser.inGroup(Groups.hr(d.getOrganisationCode())) || currentUser.isAdmin());
    }

    private static ResponseEntity<byte[]> pdf(IssuedDocument d) {
        String name = d.getType() + "-" + d.getSubjectKey().replaceAll("[^A-Za-z0-9._-]+", "_") + "-"
                + d.getLanguage() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build().toString())
                .header("X-Document-Id", String.valueOf(d.getId()))
                .header("X-Document-SHA256", d.getSha256())
                .eTag("\"" + d.getSha256() + "\"")
                .body(d.getContent());
    }
}
