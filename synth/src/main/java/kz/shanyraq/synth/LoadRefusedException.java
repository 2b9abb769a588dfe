package kz.shanyraq.synth;

/**
 * The synthetic country was not loaded because the registry is not empty (real persons, or another synthetic
 * country). Nothing was written.
 */
public final class LoadRefusedException extends RuntimeException {

    public LoadRefusedException(String message) {
        super(message);
    }
}
