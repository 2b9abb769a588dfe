package kz.shanyraq.app.database;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Keeps what was read from some tables, by key, until one of those tables changes ({@link TableChanges}); the most
 * recently used entries, at most a given number. A reading is kept only if none of its tables changed while it was
 * read, and it is used only after every change committed before the request has been heard, so a reader never gets
 * less than what the database held when its request began.
 *
 * <p>Only for readings whose every source table notifies its changes (migration V110); the readings must not depend on
 * who asks (access checks and audit stay with the caller, on every request).
 */
public final class ChangeAwareCache<K, V> {

    private record Entry<V>(long version, V value) {
    }

    private final TableChanges changes;
    private final List<String> tables;
    private final Map<K, Entry<V>> entries;

    public ChangeAwareCache(TableChanges changes, int capacity, String... tables) {
        this.changes = changes;
        this.tables = List.of(tables);
        this.entries = Collections.synchronizedMap(new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > capacity;
            }
        });
    }

    /** The kept reading for the key if none of its tables changed since, else a new one from {@code read}. */
    public V get(K key, Supplier<V> read) {
        if (!changes.caughtUp()) {
            return read.get();
        }
        long version = changes.version(tables);
        Entry<V> kept = entries.get(key);
        if (kept != null && kept.version() == version) {
            return kept.value();
        }
        V value = read.get();
        if (changes.version(tables) == version) {
            entries.put(key, new Entry<>(version, value));
        }
        return value;
    }

    /** The tables whose changes end what is kept. */
    public List<String> tables() {
        return tables;
    }
}
