package kz.shanyraq.synth.load;

import java.util.function.Consumer;

/**
 * How a load runs: generator threads and who hears about progress.
 *
 * @param invalidRowIn for tests only: a table into which one invalid row is injected half-way through, to prove
 *                     that a failed load leaves nothing behind; {@code null} in real loads
 */
public record LoadOptions(int threads, Consumer<LoadProgress> listener, RegistryTable invalidRowIn) {

    public LoadOptions {
        threads = Math.max(1, threads);
        listener = listener == null ? p -> { } : listener;
    }

    /** One generator thread per core, no progress reports. */
    public static LoadOptions defaults() {
        return new LoadOptions(Runtime.getRuntime().availableProcessors(), null, null);
    }

    public LoadOptions withThreads(int threads) {
        return new LoadOptions(threads, listener, invalidRowIn);
    }

    public LoadOptions withListener(Consumer<LoadProgress> listener) {
        return new LoadOptions(threads, listener, invalidRowIn);
    }

    /** Test hook: inject one row the database refuses into {@code table} half-way through the load. */
    public LoadOptions withInvalidRowForTest(RegistryTable table) {
        return new LoadOptions(threads, listener, table);
    }
}
