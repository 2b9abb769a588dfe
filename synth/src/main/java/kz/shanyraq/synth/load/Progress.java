package kz.shanyraq.synth.load;

import java.util.function.Consumer;

/** Tells the listener how the load goes: at each phase and at most about once a second in between. */
final class Progress {

    private final Consumer<LoadProgress> listener;
    private final long familiesTotal;
    private final long started = System.nanoTime();
    private String phase = "";
    private long families;
    private long rows;
    private long lastReport;

    Progress(Consumer<LoadProgress> listener, long familiesTotal) {
        this.listener = listener;
        this.familiesTotal = familiesTotal;
    }

    void phase(String phase) {
        this.phase = phase;
        report();
    }

    void chunk(int families) {
        this.families += families;
        maybeReport();
    }

    void copied(long rows) {
        this.rows += rows;
        maybeReport();
    }

    private void maybeReport() {
        if (System.nanoTime() - lastReport > 1_000_000_000L) {
            report();
        }
    }

    private void report() {
        lastReport = System.nanoTime();
        listener.accept(new LoadProgress(phase, families, familiesTotal, rows, (lastReport - started) / 1e9));
    }
}
