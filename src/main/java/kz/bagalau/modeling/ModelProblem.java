package kz.bagalau.modeling;

/**
 * One broken rule: which file, which element (its id, or {@code null} for the whole file), which rule and
 * what exactly is wrong, in words a process owner can act on.
 */
public record ModelProblem(String resource, String element, ModelRule rule, String message) {

    @Override
    public String toString() {
        return resource + (element == null ? "" : " › " + element) + " › " + rule.code() + ": " + message;
    }
}
