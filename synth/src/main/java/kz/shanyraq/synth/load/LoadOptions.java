package kz.shanyraq.synth.load;

import kz.shanyraq.synth.country.SyntheticCalendar;

import java.time.YearMonth;
import java.util.function.Consumer;

/**
 * How a load runs: generator threads, who hears about progress, and the first month of the country's history.
 *
 * @param historyFrom  the first month with incomes ({@code --history-from}); default two years before the
 *                     reference month
 *
 * @param invalidRowIn for tests only: a table into which one invalid row is injected half-way through, to prove
 *                     that a failed load leaves nothing behind; {@code null} in real loads
 */
public record LoadOptions(int threads, Consumer<LoadProgress> listener, RegistryTable invalidRowIn,
                          YearMonth historyFrom) {

    public LoadOptions {
        threads = Math.max(1, threads);
        listener = listener == null ? p -> { } : listener;
        historyFrom = historyFrom == null ? SyntheticCalendar.DEFAULT_HISTORY_FROM : historyFrom;
        SyntheticCalendar.requireHistoryFrom(historyFrom);
    }

    /** One generator thread per core, no progress reports. */
    public static LoadOptions defaults() {
        return new LoadOptions(Runtime.getRuntime().availableProcessors(), null, null, null);
    }

    public LoadOptions withThreads(int threads) {
        return new LoadOptions(threads, listener, invalidRowIn, historyFrom);
    }

    public LoadOptions withListener(Consumer<LoadProgress> listener) {
        return new LoadOptions(threads, listener, invalidRowIn, historyFrom);
    }

    /** Incomes from this month ({@code --history-from}); the reference months' July 2026 means no history. */
    public LoadOptions withHistoryFrom(YearMonth historyFrom) {
        return new LoadOptions(threads, listener, invalidRowIn, historyFrom);
    }

    /** Test hook: inject one row the database refuses into {@code table} half-way through the load. */
    public LoadOptions withInvalidRowForTest(RegistryTable table) {
        return new LoadOptions(threads, listener, table, historyFrom);
    }
}
