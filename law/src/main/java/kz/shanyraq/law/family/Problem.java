package kz.shanyraq.law.family;

/**
 * One thing wrong (or worth a warning) in a family document.
 *
 * @param path   where: a JSON pointer into the document, e.g. {@code /members/2/iin} ({@code ""} is the whole document)
 * @param reason why, in a sentence that names the value seen
 */
public record Problem(String path, String reason) {

    /** {@code path: reason}, the form the command line prints. */
    @Override
    public String toString() {
        return (path.isEmpty() ? "/" : path) + ": " + reason;
    }
}
