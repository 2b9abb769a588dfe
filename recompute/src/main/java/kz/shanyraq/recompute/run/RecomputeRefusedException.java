package kz.shanyraq.recompute.run;

/** A recompute that must not start (another one holds the database). Nothing was written. */
public final class RecomputeRefusedException extends RuntimeException {

    public RecomputeRefusedException(String message) {
        super(message);
    }
}
