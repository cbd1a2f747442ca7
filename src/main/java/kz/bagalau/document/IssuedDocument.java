package kz.bagalau.document;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A document as it was issued («берілген құжат» / «выданный документ»): the PDF bytes with their
 * SHA-256, what it is about, in which language, when and for whom it was first made, and until when it
 * is kept (3 years, 003 §14). The same data issued again is the same row.
 */
@Entity
@Table(name = "document_issued")
public class IssuedDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "doc_type", nullable = false, length = 64)
    private String type;

    @Column(name = "subject_key", nullable = false, length = 200)
    private String subjectKey;

    @Column(name = "organisation_code", nullable = false, length = 40)
    private String organisationCode;

    @Column(name = "servant_login", length = 64)
    private String servantLogin;

    @Column(name = "lang", nullable = false, length = 2)
    private String language;

    @Column(nullable = false, length = 100)
    private String template;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "data_as_of", nullable = false)
    private Instant dataAsOf;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "keep_until", nullable = false)
    private LocalDate keepUntil;

    protected IssuedDocument() {
    }

    IssuedDocument(String type, DocumentContent content, DocumentLanguage language, byte[] pdf, String sha256,
                   Instant now, String createdBy, LocalDate keepUntil) {
        this.type = type;
        this.subjectKey = content.subjectKey();
        this.organisationCode = content.organisationCode();
        this.servantLogin = content.servantLogin();
        this.language = language.code();
        this.template = content.template();
        this.sha256 = sha256;
        this.sizeBytes = pdf.length;
        this.content = pdf;
        this.dataAsOf = content.asOf();
        this.createdAt = now;
        this.createdBy = createdBy;
        this.keepUntil = keepUntil;
    }

    public Long getId() { return id; }
    public String getType() { return type; }
    public String getSubjectKey() { return subjectKey; }
    public String getOrganisationCode() { return organisationCode; }
    public String getServantLogin() { return servantLogin; }
    public String getLanguage() { return language; }
    public String getTemplate() { return template; }
    public String getSha256() { return sha256; }
    public int getSizeBytes() { return sizeBytes; }
    public byte[] getContent() { return content.clone(); }
    public Instant getDataAsOf() { return dataAsOf; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public LocalDate getKeepUntil() { return keepUntil; }
}
