package kz.bagalau.document;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.bagalau.security.CurrentUser;
import kz.bagalau.web.BadRequestException;
import kz.bagalau.web.NotFoundApiException;

/**
 * Issues official documents («ресми құжаттар» / «официальные документы», issue 12): asks the
 * {@link DocumentSource} of the type for the content, renders the PDF and stores it with its SHA-256
 * unless the very same bytes were issued before. Stored documents are kept 3 years (003 §14, 004 §13,
 * 000 §8) and then purged.
 */
@Service
@Transactional(noRollbackFor = {BadRequestException.class, NotFoundApiException.class})
public class Documents {

    private static final Logger log = LoggerFactory.getLogger(Documents.class);

    private final Map<String, DocumentSource> sources;
    private final PdfRenderer renderer;
    private final IssuedDocumentRepository repository;
    private final CurrentUser currentUser;
    private final int retentionYears;
    private final Clock clock = Clock.systemUTC();

    Documents(List<DocumentSource> sources, PdfRenderer renderer, IssuedDocumentRepository repository,
              CurrentUser currentUser, @Value("${bagalau.documents.retention-years:3}") int retentionYears) {
        this.sources = sources.stream().collect(Collectors.toMap(DocumentSource::type, Function.identity()));
        this.renderer = renderer;
        this.repository = repository;
        this.currentUser = currentUser;
        this.retentionYears = retentionYears;
    }

    /** The document a request names, rendered and stored (or the stored one when nothing changed). */
    public IssuedDocument issue(DocumentRequest request) {
        DocumentSource source = sources.get(request.type());
        if (source == null) {
            throw new NotFoundApiException("No document type '" + request.type() + "'; known: "
                    + sources.keySet().stream().sorted().toList());
        }
        return issue(request.type(), source.content(request), request.language());
    }

    /** Renders and stores a content; the same bytes issued again return the stored row. */
    public IssuedDocument issue(String type, DocumentContent content, DocumentLanguage language) {
        byte[] pdf = renderer.pdf(content, language);
        String sha256 = PdfRenderer.sha256Hex(pdf);
        return repository.findByTypeAndSubjectKeyAndLanguageAndSha256(type, content.subjectKey(), language.code(),
                        sha256)
                .orElseGet(() -> {
                    Instant now = Instant.now(clock);
                    LocalDate keepUntil = now.atOffset(ZoneOffset.UTC).toLocalDate().plusYears(retentionYears);
                    return repository.save(new IssuedDocument(type, content, language, pdf, sha256, now,
                            currentUser.idOrSystem(), keepUntil));
                });
    }

    @Transactional(readOnly = true)
    public Optional<IssuedDocument> find(long id) {
        return repository.findById(id);
    }

    /** Every stored version of a subject's documents, newest first (what was shown, and when). */
    @Transactional(readOnly = true)
    public List<IssuedDocument> issuedFor(String subjectKey) {
        return repository.findBySubjectKeyOrderByCreatedAtDesc(subjectKey);
    }

    /** Deletes documents whose 3 years have passed; returns how many. */
    public int purgeExpired(LocalDate today) {
        int purged = repository.deleteExpired(today);
        if (purged > 0) {
            log.info("Purged {} official documents kept until before {}", purged, today);
        }
        return purged;
    }

    /** Every night (configurable): the retention of 003 §14 runs out. */
    @Scheduled(cron = "${bagalau.documents.purge-cron:0 40 2 * * *}", zone = "${bagalau.default-time-zone:Asia/Almaty}")
    void purgeNightly() {
        purgeExpired(LocalDate.now(clock));
    }
}
