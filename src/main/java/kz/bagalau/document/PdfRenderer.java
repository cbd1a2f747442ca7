package kz.bagalau.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.TimeZone;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Fills a template with Thymeleaf and lays the XHTML out as PDF with openhtmltopdf. The output is
 * reproducible: the same template, data, language and {@code asOf} give the same bytes (the creation
 * date is {@code asOf}, the file identifier is derived from the filled HTML), so a checksum proves
 * what was shown.
 */
@Component
class PdfRenderer {

    static final String PRODUCER = "Bagalau";

    private final TemplateEngine templates;
    private final String baseUri;

    PdfRenderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("documents/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        this.templates = new TemplateEngine();
        this.templates.setTemplateResolver(resolver);
        this.templates.setMessageResolver(new DocumentMessages());
        URL base = PdfRenderer.class.getClassLoader().getResource("documents/fragments.html");
        this.baseUri = base == null ? null : base.toExternalForm();
    }

    /** The filled XHTML of a template (what the PDF shows; also handy to preview a template). */
    String html(DocumentContent content, DocumentLanguage language) {
        Context context = new Context(language.locale(), content.model());
        context.setVariable("lang", language.code());
        return templates.process(content.template(), context);
    }

    byte[] pdf(DocumentContent content, DocumentLanguage language) {
        String html = html(content, language);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withProducer(PRODUCER);
            DocumentFonts.register(builder);
            builder.withHtmlContent(html, baseUri);
            builder.toStream(out);
            builder.run();
            return reproducible(out.toByteArray(), content, html);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lay out " + content.template(), e);
        }
    }

    /** Fixes what PDF writers take from the clock or chance: the dates and the trailer's /ID. */
    private static byte[] reproducible(byte[] pdf, DocumentContent content, String html) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String title = document.getDocumentInformation().getTitle();
            Calendar asOf = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            asOf.setTimeInMillis(content.asOf().toEpochMilli());
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            info.setSubject(content.subjectKey());
            info.setCreator(PRODUCER);
            info.setProducer(PRODUCER);
            info.setCreationDate(asOf);
            info.setModificationDate(asOf);
            document.setDocumentInformation(info);
            document.getDocumentCatalog().setMetadata(null);
            byte[] id = Arrays.copyOf(sha256(html.getBytes(StandardCharsets.UTF_8)), 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256(bytes));
    }
}
