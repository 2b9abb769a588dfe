package kz.shanyraq.recompute.run;

import org.postgresql.PGConnection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * The categories of one id range of families in the published run, read by a run's reader next to the registry
 * facts of the same range, so that each family's transition is found while it is evaluated (no join of two
 * whole-country result tables at the end of the run). A family absent from the published run has no category, as a
 * family the published run could not score.
 */
final class PreviousCategories {

    /** No category: the family was not in the published run, or was not scored there. */
    static final int NONE = 0;

    private final long[] ids;
    private final byte[] categories;

    private PreviousCategories(long[] ids, byte[] categories) {
        this.ids = ids;
        this.categories = categories;
    }

    /** Families {@code from}…{@code to} (inclusive) of the run whose results are in {@code table}. */
    static PreviousCategories read(Connection c, String table, long from, long to) throws SQLException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (select family_id, coalesce(category, 0) from "
                    + table + " where family_id between " + from + " and " + to + " order by family_id) to stdout", out);
        } catch (IOException e) {
            throw new SQLException("reading the published run's categories failed: " + e.getMessage(), e);
        }
        byte[] text = out.toByteArray();
        long[] ids = new long[1024];
        byte[] categories = new byte[1024];
        int n = 0;
        long value = 0;
        for (byte b : text) {
            if (b == '\t') {
                if (n == ids.length) {
                    ids = Arrays.copyOf(ids, n * 2);
                    categories = Arrays.copyOf(categories, n * 2);
                }
                ids[n] = value;
                value = 0;
            } else if (b == '\n') {
                categories[n++] = (byte) value;
                value = 0;
            } else {
                value = value * 10 + (b - '0'); // ids and categories are non-negative integers
            }
        }
        return new PreviousCategories(Arrays.copyOf(ids, n), Arrays.copyOf(categories, n));
    }

    /** No published run: every family is new. */
    static PreviousCategories none() {
        return new PreviousCategories(new long[0], new byte[0]);
    }

    /** The family's category in the published run, or {@link #NONE}. */
    int of(long familyId) {
        int i = Arrays.binarySearch(ids, familyId);
        return i < 0 ? NONE : categories[i];
    }
}
