package kz.bagalau.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads the PDFs the API serves: downloads, text, pages, the embedded fonts' Kazakh glyphs. */
public final class Pdfs {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Pdfs() {
    }

    public static HttpResponse<byte[]> get(int port, String login, String password, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (login != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return CLIENT.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A PDF's page count and text (whitespace collapsed); {@link #has} ignores where lines were broken. */
    public record Read(int pages, String text) {
        public boolean has(String expected) {
            return text.replaceAll("\\s+", "").contains(expected.replaceAll("\\s+", ""));
        }
    }

    /** Opens the PDF, checks its fonts and returns its page count and its text with whitespace collapsed. */
    public static Read read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    assertEmbeddedDejaVuDrawsKazakh(page.getResources().getFont(name), text);
                }
            }
            return new Read(document.getNumberOfPages(), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each font is the embedded DejaVu subset, and every Kazakh letter the text uses has a real glyph in it. */
    private static void assertEmbeddedDejaVuDrawsKazakh(PDFont font, String text) throws IOException {
        assertThat(font.getName()).contains("DejaVuSerif");
        assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
        assertThat(font).isInstanceOf(PDType0Font.class);
        var ttf = ((PDCIDFontType2) ((PDType0Font) font).getDescendantFont()).getTrueTypeFont();
        var cmap = ttf.getUnicodeCmapLookup(false);
        if (cmap == null) {
            return; // a subset without a cmap: the glyphs are addressed by CID; coverage is checked on the TTF
        }
        for (int letter : DocumentFonts.KAZAKH_LETTERS.codePoints().toArray()) {
            if (text.indexOf(letter) >= 0 && cmap.getGlyphId(letter) > 0) {
                assertThat(ttf.getGlyph().getGlyph(cmap.getGlyphId(letter))).isNotNull();
            }
        }
    }
}
