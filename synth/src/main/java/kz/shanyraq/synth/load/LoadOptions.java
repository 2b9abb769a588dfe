package kz.shanyraq.synth.load;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a load runs: generator threads, where the spill files go, who hears about progress.
 *
 * @param invalidRowIn for tests only: a table into which one invalid row is injected half-way through, to prove
 *                     that a failed load leaves nothing behind; {@code null} in real loads
 */
public record LoadOptions(int threads, Path spillDirectory, Consumer<LoadProgress> listener, RegistryTable invalidRowIn) {

    public LoadOptions {
        threads = Math.max(1, threads);
        spillDirectory = Objects.requireNonNull(spillDirectory);
        listener = listener == null ? p -> { } : listener;
    }

    /** One generator thread per core, spill files in the system temporary folder, no progress reports. */
    public static LoadOptions defaults() {
        return new LoadOptions(Runtime.getRuntime().availableProcessors(),
                Path.of(System.getProperty("java.io.tmpdir")), null, null);
    }

    public LoadOptions withThreads(int threads) {
        return new LoadOptions(threads, spillDirectory, listener, invalidRowIn);
    }

    public LoadOptions withSpillDirectory(Path dir) {
        return new LoadOptions(threads, dir, listener, invalidRowIn);
    }

    public LoadOptions withListener(Consumer<LoadProgress> listener) {
        return new LoadOptions(threads, spillDirectory, listener, invalidRowIn);
    }

    /** Test hook: inject one row the database refuses into {@code table} half-way through the load. */
    public LoadOptions withInvalidRowForTest(RegistryTable table) {
        return new LoadOptions(threads, spillDirectory, listener, table);
    }
}
