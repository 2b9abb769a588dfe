package kz.shanyraq.recompute.registry;

import kz.shanyraq.law.family.Family;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The registry as of a date, read in bulk as the law's {@link Family} objects: family-id ranges ("slices") that
 * can be read in parallel, each on its own connection, in family-id order within a slice.
 */
public final class RegistrySnapshot {

    /** Inclusive family-id range. */
    public record Range(long from, long to) implements java.io.Serializable {
    }

    /**
     * Months of income the law reads on a date: the assistance's per-capita income and the well-being scoring look
     * at the quarter before the date's quarter (at most 5 whole months back); 6 leaves a month to spare. The income
     * table is the registry's largest, so the recompute reads only these ({@code BatchAssessorTest} checks that the
     * results equal those of the server's 24 months).
     */
    public static final int LAW_INCOME_MONTHS = 6;

    private final LocalDate on;
    private final int incomeMonths;
    private FamilyFactsDecoder decoder;

    /** As the server's reader reads: 24 months of income history. */
    public RegistrySnapshot(LocalDate on) {
        this(on, SliceReader.INCOME_MONTHS);
    }

    /** Income of only the {@code incomeMonths} whole months before the month of the date. */
    public RegistrySnapshot(LocalDate on, int incomeMonths) {
        if (incomeMonths < 2) {
            throw new IllegalArgumentException("incomeMonths: at least 2 (the month before also decides employment)");
        }
        this.on = on;
        this.incomeMonths = incomeMonths;
    }

    /** What the national recompute reads: only the income months the law needs on the date. */
    public static RegistrySnapshot forLaw(LocalDate on) {
        return new RegistrySnapshot(on, LAW_INCOME_MONTHS);
    }

    public LocalDate on() {
        return on;
    }

    /** How many families the registry holds. */
    public static long families(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from family")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Family-id ranges of about {@code familiesPerSlice} families each, covering every family. Ranges are cut by
     * id, assuming ids spread evenly; a sparse stretch only makes a slice smaller.
     */
    public static List<Range> slices(Connection c, int familiesPerSlice) throws SQLException {
        long min;
        long max;
        long count;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select min(id), max(id), count(*) from family")) {
            rs.next();
            count = rs.getLong(3);
            min = rs.getLong(1);
            max = rs.getLong(2);
        }
        List<Range> out = new ArrayList<>();
        if (count == 0) {
            return out;
        }
        long span = max - min + 1;
        long pieces = Math.max(1, (count + familiesPerSlice - 1) / familiesPerSlice);
        long width = Math.max(1, (span + pieces - 1) / pieces);
        for (long from = min; from <= max; from += width) {
            out.add(new Range(from, Math.min(max, from + width - 1)));
        }
        return out;
    }

    /** The families of one range, in id order. */
    public Slice read(Connection c, Range range) throws SQLException {
        return new SliceReader(on, incomeMonths).read(c, range.from(), range.to());
    }

    /**
     * The families of one range from the family snapshot ({@link FamilySnapshot}): the caller has checked that the
     * snapshot is {@linkplain FamilySnapshot#usable usable} in its transaction. Not thread-safe (one per reader).
     */
    public Slice readFromFamilySnapshot(Connection c, Range range) throws SQLException {
        if (decoder == null) {
            decoder = new FamilyFactsDecoder(on, incomeMonths);
        }
        return FamilySnapshot.read(c, range, decoder, this);
    }

    /** Every family, in id order (for tests and small registries; the recompute reads slices in parallel). */
    public List<Family> readAll(DataSource dataSource) throws SQLException {
        List<Family> all = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (Range r : slices(c, 10_000)) {
                all.addAll(read(c, r).families());
            }
        }
        return all;
    }
}
