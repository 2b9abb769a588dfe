package kz.shanyraq.ingest.format;

/** A value that does not parse as its field's type. */
public final class InvalidValue extends Exception {

    private final Problem problem;

    public InvalidValue(Problem problem) {
        super(problem.message().en(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
