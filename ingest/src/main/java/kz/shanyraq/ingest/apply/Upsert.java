package kz.shanyraq.ingest.apply;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes each record as one row, inserted or, when the natural key exists, updated only if something differs
 * ({@code INSERT … ON CONFLICT … DO UPDATE … WHERE … IS DISTINCT FROM …}): a re-sent fact changes nothing, a
 * corrected one replaces its earlier version, and the row counts say which.
 */
public final class Upsert implements WriteStep {

    private static final int JDBC_BATCH = 1_000;

    private final String sql;
    private final List<Value> values;
    private final String generatedIdSequence;

    private Upsert(Builder b) {
        List<String> columns = new ArrayList<>(b.columns.keySet());
        this.values = new ArrayList<>(b.columns.values());
        List<String> updated = columns.stream()
                .filter(c -> !b.conflict.contains(c) && !b.kept.contains(c)).toList();
        List<String> compared = updated.stream().filter(c -> !b.notCompared.contains(c)).toList();
        StringBuilder s = new StringBuilder("insert into ").append(b.table).append(" (")
                .append(String.join(", ", columns)).append(") values (")
                .append(columns.stream().map(c -> "?").collect(Collectors.joining(", ")))
                .append(")");
        if (b.replacedByTheView) {
            // the view's trigger replaces the row of the same key and counts no row when nothing differs
            this.sql = s.toString();
            this.generatedIdSequence = b.generatedIdSequence;
            return;
        }
        s.append(" on conflict (").append(String.join(", ", b.conflict)).append(")");
        if (b.conflictWhere != null) {
            s.append(" where ").append(b.conflictWhere);
        }
        if (updated.isEmpty()) {
            s.append(" do nothing");
        } else {
            s.append(" do update set ")
                    .append(updated.stream().map(c -> c + " = excluded." + c).collect(Collectors.joining(", ")))
                    .append(" where ");
            if (compared.size() == 1) {
                s.append(b.table).append('.').append(compared.get(0)).append(" is distinct from excluded.").append(compared.get(0));
            } else {
                s.append("(").append(compared.stream().map(c -> b.table + "." + c).collect(Collectors.joining(", ")))
                        .append(") is distinct from (")
                        .append(compared.stream().map(c -> "excluded." + c).collect(Collectors.joining(", ")))
                        .append(")");
            }
        }
        this.sql = s.toString();
        this.generatedIdSequence = b.generatedIdSequence;
    }

    public static Builder into(String table) {
        return new Builder(table);
    }

    String sql() {
        return sql;
    }

    @Override
    public void write(Connection c, List<Row> rows, BatchContext ctx, BitSet changed) throws SQLException {
        // Rows whose natural key exists keep their id: ON CONFLICT never updates the id column. A fresh id per
        // record costs a sequence number for re-sent ones; gaps in ids are harmless.
        List<Long> ids = generatedIdSequence == null ? List.of() : BatchContext.nextValues(c, generatedIdSequence, rows.size());
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int pending = 0;
            int firstPending = 0;
            for (int r = 0; r < rows.size(); r++) {
                Row row = rows.get(r);
                int p = 1;
                if (generatedIdSequence != null) {
                    ps.setLong(p++, ids.get(r));
                }
                for (Value v : values) {
                    if (v == null) {
                        continue;
                    }
                    ps.setObject(p++, v.of(row, ctx));
                }
                ps.addBatch();
                if (++pending == JDBC_BATCH) {
                    mark(ps.executeBatch(), rows, firstPending, changed);
                    pending = 0;
                    firstPending = r + 1;
                }
            }
            if (pending > 0) {
                mark(ps.executeBatch(), rows, firstPending, changed);
            }
        }
    }

    static void mark(int[] counts, List<Row> rows, int first, BitSet changed) {
        for (int i = 0; i < counts.length; i++) {
            // A driver that rewrites batches reports SUCCESS_NO_INFO: then we cannot tell, and count it as changed.
            if (counts[i] != 0) {
                changed.set(rows.get(first + i).index());
            }
        }
    }

    public static final class Builder {
        private final String table;
        private final Map<String, Value> columns = new LinkedHashMap<>();
        private List<String> conflict = List.of();
        private String conflictWhere;
        private final List<String> kept = new ArrayList<>();
        private final List<String> notCompared = new ArrayList<>();
        private String generatedIdSequence;
        private boolean replacedByTheView;

        private Builder(String table) {
            this.table = table;
        }

        public Builder column(String column, Value value) {
            columns.put(column, value);
            return this;
        }

        /**
         * The target is a view whose trigger does the upsert itself — replaces the row of the same key, counts no row
         * when nothing differs — since PostgreSQL takes no ON CONFLICT on a view ({@code income}, V103).
         */
        public Builder replacedByTheView() {
            replacedByTheView = true;
            return this;
        }

        /** An id column given from a sequence for new rows, never changed for existing ones. */
        public Builder generatedId(String column, String sequence) {
            if (!columns.isEmpty()) {
                throw new IllegalStateException("the generated id comes first");
            }
            columns.put(column, null);
            kept.add(column);
            generatedIdSequence = sequence;
            return this;
        }

        /** Set on insert, never changed by a re-sent record (the id of an existing person). */
        public Builder keep(String... column) {
            kept.addAll(List.of(column));
            return this;
        }

        /** Updated along with a real change, but not itself a reason to update (when, by which batch). */
        public Builder notCompared(String... column) {
            notCompared.addAll(List.of(column));
            return this;
        }

        public Builder onConflict(String... key) {
            conflict = List.of(key);
            return this;
        }

        /** For partial unique indexes ({@code source_ref is not null}). */
        public Builder onConflictWhere(String predicate) {
            conflictWhere = predicate;
            return this;
        }

        public Upsert build() {
            if (conflict.isEmpty()) {
                throw new IllegalStateException(table + ": no natural key");
            }
            if (!columns.keySet().containsAll(conflict)) {
                throw new IllegalStateException(table + ": key columns must be written");
            }
            if (!Set.copyOf(columns.keySet()).containsAll(notCompared)) {
                throw new IllegalStateException(table + ": unknown column in notCompared");
            }
            return new Upsert(this);
        }
    }
}
