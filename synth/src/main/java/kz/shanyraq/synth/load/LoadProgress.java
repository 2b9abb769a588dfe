package kz.shanyraq.synth.load;

/**
 * Where a load stands: the phase ("generating families and copying income", "indexing person" …), the families
 * generated so far, the rows sent to PostgreSQL so far, and the seconds since the load started.
 */
public record LoadProgress(String phase, long familiesDone, long familiesTotal, long rowsCopied, double seconds) {

    public double rowsPerSecond() {
        return seconds > 0 ? rowsCopied / seconds : 0;
    }
}
