package kz.shanyraq.recompute.run;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * The categories of every family in the published run, read once with one sequential scan of its result table while
 * the new run starts, so that each family's transition is found while it is evaluated (no join of two whole-country
 * result tables at the end of the run, and no index range read per slice: those cost PostgreSQL ≈ 5.4 CPU-seconds
 * at scale 1.0 against ≈ 2.4 for the one scan). A family absent from the published run has no category, as a family
 * the published run could not score.
 */
final class PreviousCategories {

    /** No category: the family was not in the published run, or was not scored there. */
    static final int NONE = 0;

    // Family ids are dense in a registry (a sequence): a byte per id between the lowest and the highest. Sparse ids
    // (a registry fed by another system) fall back to sorted ids.
    private final long base;
    private final byte[] byId;
    private final long[] ids;
    private final byte[] categories;

    private PreviousCategories(long base, byte[] byId, long[] ids, byte[] categories) {
        this.base = base;
        this.byId = byId;
        this.ids = ids;
        this.categories = categories;
    }

    /** Every family of the run whose results are in {@code table}. */
    static PreviousCategories read(Connection c, String table) throws SQLException {
        long[] id = new long[1 << 16];
        byte[] category = new byte[1 << 16];
        int n = 0;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        CopyOut out = c.unwrap(PGConnection.class).getCopyAPI().copyOut(
                "copy (select family_id, coalesce(category, 0) from " + table + ") to stdout");
        byte[] row;
        while ((row = out.readFromCopy()) != null) {
            if (n == id.length) {
                id = Arrays.copyOf(id, n * 2);
                category = Arrays.copyOf(category, n * 2);
            }
            long value = 0;
            int k = 0;
            while (row[k] != '\t') {
                value = value * 10 + (row[k++] - '0'); // ids and categories are non-negative integers
            }
            id[n] = value;
            category[n] = (byte) (row[k + 1] - '0');
            min = Math.min(min, value);
            max = Math.max(max, value);
            n++;
        }
        if (n == 0) {
            return none();
        }
        long span = max - min + 1;
        if (span <= 4L * n + 1024 && span <= Integer.MAX_VALUE - 8) {
            byte[] byId = new byte[(int) span];
            for (int i = 0; i < n; i++) {
                byId[(int) (id[i] - min)] = category[i];
            }
            return new PreviousCategories(min, byId, null, null);
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        long[] sortedIds = id;
        Arrays.sort(order, (x, y) -> Long.compare(sortedIds[x], sortedIds[y]));
        long[] ids = new long[n];
        byte[] categories = new byte[n];
        for (int i = 0; i < n; i++) {
            ids[i] = id[order[i]];
            categories[i] = category[order[i]];
        }
        return new PreviousCategories(0, null, ids, categories);
    }

    /** No published run: every family is new. */
    static PreviousCategories none() {
        return new PreviousCategories(0, null, new long[0], new byte[0]);
    }

    /** The family's category in the published run, or {@link #NONE}. */
    int of(long familyId) {
        if (byId != null) {
            long at = familyId - base;
            return at < 0 || at >= byId.length ? NONE : byId[(int) at];
        }
        int i = Arrays.binarySearch(ids, familyId);
        return i < 0 ? NONE : categories[i];
    }
}
