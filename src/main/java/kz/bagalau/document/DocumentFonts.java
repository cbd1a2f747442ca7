package kz.bagalau.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts embedded in every document: DejaVu Serif (regular, bold, italic), shipped as TTF files in
 * the jar {@code net.sf.jasperreports:jasperreports-fonts} (Bitstream Vera licence, DejaVu changes in
 * the public domain: free to embed and redistribute). It covers Cyrillic with every Kazakh letter.
 * Templates name it {@code font-family: "DejaVu Serif"}; the fonts are subset, so a PDF carries only
 * the glyphs it uses.
 */
final class DocumentFonts {

    static final String FAMILY = "DejaVu Serif";

    /** The letters of the Kazakh alphabet that Russian does not have, both cases. */
    static final String KAZAKH_LETTERS = "ӘәҒғҚқҢңӨөҰұҮүҺһІі";

    private static final String FOLDER = "net/sf/jasperreports/fonts/dejavu/";

    record Face(String file, int weight, FontStyle style) {
        String resource() {
            return FOLDER + file;
        }

        InputStream open() {
            InputStream in = DocumentFonts.class.getClassLoader().getResourceAsStream(resource());
            if (in == null) {
                throw new UncheckedIOException(new IOException("Font " + resource() + " is missing from the classpath"));
            }
            return in;
        }
    }

    static final List<Face> FACES = List.of(
            new Face("DejaVuSerif.ttf", 400, FontStyle.NORMAL),
            new Face("DejaVuSerif-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("DejaVuSerif-Italic.ttf", 400, FontStyle.ITALIC),
            new Face("DejaVuSerif-BoldItalic.ttf", 700, FontStyle.ITALIC));

    private DocumentFonts() {
    }

    static void register(PdfRendererBuilder builder) {
        for (Face face : FACES) {
            builder.useFont(face::open, FAMILY, face.weight(), face.style(), true);
        }
    }
}
