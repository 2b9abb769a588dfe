package kz.shanyraq.law.family;

import java.util.List;
import java.util.stream.Collectors;

/** A family document was refused. It lists every problem found, each with its JSON pointer and reason. */
public class InvalidFamilyDocumentException extends RuntimeException {

    private final String source;
    private final List<Problem> problems;

    public InvalidFamilyDocumentException(String source, List<Problem> problems) {
        super("invalid family document " + source + " (" + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + "):\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** The file name (or another label) of the document. */
    public String source() {
        return source;
    }

    /** Every problem, top-level fields in schema order and array items by index. */
    public List<Problem> problems() {
        return problems;
    }
}
