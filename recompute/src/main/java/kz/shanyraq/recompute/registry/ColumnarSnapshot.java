package kz.shanyraq.recompute.registry;

import kz.shanyraq.law.batch.PopulationBuilder;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The registry's columnar snapshot: one row per family, {@code (family_id, facts)}, the facts packed as the family
 * snapshot holds them ({@link FamilyFacts}: every registry fact the law reads, for any date). It is what a run's
 * tasks read from {@code family_snapshot}, what {@code ./shanyraq export --format parquet} writes, and what a run
 * with a Parquet source decodes ({@link Decoder}, the family snapshot's own decoder): one definition of the rows,
 * whichever store holds them. See docs/spark.md, "The columnar snapshot".
 */
public final class ColumnarSnapshot {

    /** The facts' format: the first varint of every {@code facts} value; a decoder refuses another. */
    public static final int FORMAT = FamilyFacts.VERSION;

    private ColumnarSnapshot() {
    }

    /** Receives a family's row. */
    @FunctionalInterface
    public interface RowSink {
        void row(long familyId, byte[] facts);
    }

    /**
     * The rows of one family-id range in id order, as the caller's transaction sees the registry: the family
     * snapshot's rows, and for a family marked stale (written after the last refresh) its facts encoded now, in the
     * same transaction, by the same encoder. The caller has checked that the snapshot is
     * {@linkplain FamilySnapshot#usable usable} in its transaction.
     */
    public static void read(Connection c, RegistrySnapshot.Range range, RowSink out) throws SQLException {
        long[] stale = staleIn(c, range);
        List<FamilyFacts.Encoded> fresh = new ArrayList<>(stale.length == 0 ? List.of() : FamilyFacts.read(c, stale));
        fresh.sort((a, b) -> Long.compare(a.familyId(), b.familyId()));
        int next = 0;
        try (CopyRows r = new CopyRows(c, """
                select family_id, facts from family_snapshot where family_id between %d and %d order by family_id"""
                .formatted(range.from(), range.to()))) {
            while (r.next()) {
                long id = r.getLong(0);
                while (next < fresh.size() && fresh.get(next).familyId() < id) {
                    FamilyFacts.Encoded e = fresh.get(next++);
                    out.row(e.familyId(), e.facts());
                }
                if (Arrays.binarySearch(stale, id) >= 0) {
                    continue; // encoded afresh above or below (or gone)
                }
                int from = r.start(1);
                out.row(id, Arrays.copyOfRange(r.buffer(), from, from + r.length(1)));
            }
        }
        while (next < fresh.size()) {
            FamilyFacts.Encoded e = fresh.get(next++);
            out.row(e.familyId(), e.facts());
        }
    }

    private static long[] staleIn(Connection c, RegistrySnapshot.Range range) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select family_id from family_snapshot_stale where family_id between %d and %d order by 1"
                        .formatted(range.from(), range.to()))) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * Rows of the snapshot turned into a slice's population as of a date, with the income months a run reads
     * ({@link RegistrySnapshot#LAW_INCOME_MONTHS}): the family snapshot's decoder. Not thread-safe (one per task).
     */
    public static final class Decoder {
        private final FamilyFactsDecoder decoder;
        private PopulationBuilder builder;
        private int families;
        private int persons;

        public Decoder(LocalDate on) {
            this.decoder = new FamilyFactsDecoder(on, RegistrySnapshot.LAW_INCOME_MONTHS);
        }

        /** Adds one family's row to the slice being built. */
        public void add(long familyId, byte[] facts) {
            if (builder == null) {
                builder = new PopulationBuilder().expect(4_096);
                decoder.into(builder);
                families = 0;
                persons = 0;
            }
            persons += decoder.feed(familyId, facts, 0, facts.length);
            families++;
        }

        /** Families added since the last {@link #take}. */
        public int size() {
            return builder == null ? 0 : families;
        }

        /** The slice of the families added since the last call. */
        public Slice take() {
            if (builder == null) {
                return new Slice(null, new PopulationBuilder().build(), 0, 0);
            }
            Slice s = new Slice(null, builder.build(), families, persons);
            builder = null;
            return s;
        }
    }
}
