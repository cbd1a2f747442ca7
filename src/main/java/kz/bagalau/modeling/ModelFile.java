package kz.bagalau.modeling;

import java.util.Locale;

/** A model file as a process owner hands it in: its name ({@code grade-band.dmn}) and its bytes. */
public record ModelFile(String name, byte[] content) {

    enum Kind { BPMN, DMN, FORM, OTHER }

    Kind kind() {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".bpmn") || n.endsWith(".bpmn20.xml")) {
            return Kind.BPMN;
        }
        if (n.endsWith(".dmn") || n.endsWith(".dmn11.xml")) {
            return Kind.DMN;
        }
        return n.endsWith(".form") ? Kind.FORM : Kind.OTHER;
    }

    /** The file name without folders and extension: the key the file must hold. */
    String baseName() {
        String n = name.substring(name.lastIndexOf('/') + 1);
        for (String ext : new String[] {".bpmn20.xml", ".dmn11.xml", ".bpmn", ".dmn", ".form"}) {
            if (n.toLowerCase(Locale.ROOT).endsWith(ext)) {
                return n.substring(0, n.length() - ext.length());
            }
        }
        return n;
    }
}
