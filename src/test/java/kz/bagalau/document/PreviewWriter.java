package kz.bagalau.document;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a served PDF under target/documents/ so a person can look at it (pdftoppm). */
final class PreviewWriter {

    private PreviewWriter() {
    }

    static void write(String name, byte[] pdf) {
        try {
            Path dir = Path.of("target", "documents");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".pdf"), pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
