package kz.bagalau.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.InputStream;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** Every face embedded in the documents draws every Kazakh letter: no missing-glyph boxes. */
class DocumentFontsTests {

    @Test
    void everyFaceHasAGlyphForEveryKazakhLetter() throws Exception {
        for (DocumentFonts.Face face : DocumentFonts.FACES) {
            try (InputStream in = face.open()) {
                Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                for (char letter : (DocumentFonts.KAZAKH_LETTERS + "АаЯяЁё№«»–").toCharArray()) {
                    assertThat(font.canDisplay(letter)).as("%s draws %s", face.file(), letter).isTrue();
                }
            }
            try (InputStream in = face.open();
                 TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                for (int letter : DocumentFonts.KAZAKH_LETTERS.codePoints().toArray()) {
                    assertThat(ttf.getUnicodeCmapLookup().getGlyphId(letter))
                            .as("%s has a glyph for %s", face.file(), Character.toString(letter)).isPositive();
                }
            }
        }
    }
}
