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
    public record Range(long from, long to) {
    }

    private final LocalDate on;

    public RegistrySnapshot(LocalDate on) {
        this.on = on;
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
        return new SliceReader(on).read(c, range.from(), range.to());
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
