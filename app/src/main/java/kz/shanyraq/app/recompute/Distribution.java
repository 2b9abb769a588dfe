package kz.shanyraq.app.recompute;

import java.util.ArrayList;
import java.util.List;

/**
 * Families per well-being category and the families that moved up or down, per region (or per district of one
 * region) for one run. Aggregates only: a cell of 1–4 families is hidden (see {@link Cell}).
 *
 * @param region null when the rows are regions; the region whose districts the rows are otherwise
 * @param rows   one row per region or district the reader may see, by code
 */
public record Distribution(RecomputeRun run, String region, List<Row> rows) {

    /** Categories of the 2025 model, 1 (extreme need) … 6 (high welfare). */
    public static final int CATEGORIES = 6;

    /** Cells with fewer families than this (and more than none) are hidden. */
    public static final int SMALLEST_SHOWN = 5;

    /**
     * The one small-cell rule of every published aggregate (this distribution, the case-work figures, analytics):
     * a count of 1 to {@code SMALLEST_SHOWN - 1} is hidden; 0 and larger counts are shown.
     */
    public static boolean hidden(long count) {
        return count > 0 && count < SMALLEST_SHOWN;
    }

    /**
     * The one small-cell rule for a row of counts that add up to a shown total (this distribution's categories, the
     * proactive dashboard's answers to the SMS sent): a part of 1–4 is hidden; a single hidden part could be
     * recomputed from the total, so then the next smallest non-empty part is hidden too (secondary suppression within
     * the row), and when there is none the total is hidden instead.
     *
     * @return which parts are hidden, and at index {@code parts.length} whether the total is
     */
    public static boolean[] suppressed(long... parts) {
        boolean[] hide = new boolean[parts.length + 1];
        int hidden = 0;
        for (int i = 0; i < parts.length; i++) {
            if (hidden(parts[i])) {
                hide[i] = true;
                hidden++;
            }
        }
        if (hidden == 1) {
            int next = -1;
            for (int i = 0; i < parts.length; i++) {
                if (!hide[i] && parts[i] > 0 && (next < 0 || parts[i] < parts[next])) {
                    next = i;
                }
            }
            if (next >= 0) {
                hide[next] = true;
            } else {
                hide[parts.length] = true; // the hidden part is the whole row: the total would give it away
            }
        }
        return hide;
    }

    public Distribution {
        rows = List.copyOf(rows);
    }

    /** Whether any cell of the table is hidden (the page then says why). */
    public boolean anyHidden() {
        return rows.stream().anyMatch(r -> r.categories().stream().anyMatch(Cell::hidden) || r.uncategorised().hidden()
                || r.up().hidden() || r.down().hidden());
    }

    /**
     * A count as published: {@code count} is null when the cell is hidden.
     */
    public record Cell(Long count, boolean hidden) {

        static Cell shown(long n) {
            return new Cell(n, false);
        }

        static Cell hiddenCell() {
            return new Cell(null, true);
        }

        /** A count on its own (up, down): hidden when 1–4. */
        public static Cell of(long n) {
            return Distribution.hidden(n) ? hiddenCell() : shown(n);
        }
    }

    /**
     * One territory.
     *
     * @param district      null for a region row
     * @param categories    families in categories 1…6
     * @param uncategorised families the run gave no category (a feature unknown)
     * @param families      all the families of the row, or null when it would give a hidden cell away
     */
    public record Row(String region, String district, List<Cell> categories, Cell uncategorised, Long families,
                      Cell up, Cell down) {

        public Row {
            categories = List.copyOf(categories);
        }

        /**
         * The row with its small cells hidden. A single hidden cell could be recomputed from the row total, so then
         * the next smallest non-empty cell is hidden too (secondary suppression within the row).
         */
        static Row of(String region, String district, long[] byCategory, long uncategorised, long up, long down) {
            long[] all = new long[CATEGORIES + 1];
            System.arraycopy(byCategory, 0, all, 0, CATEGORIES);
            all[CATEGORIES] = uncategorised;
            boolean[] hide = suppressed(all);
            long total = hide[all.length] ? -1 : java.util.Arrays.stream(all).sum();
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < CATEGORIES; i++) {
                cells.add(hide[i] ? Cell.hiddenCell() : Cell.shown(all[i]));
            }
            Cell none = hide[CATEGORIES] ? Cell.hiddenCell() : Cell.shown(all[CATEGORIES]);
            return new Row(region, district, cells, none, total < 0 ? null : total, Cell.of(up), Cell.of(down));
        }

        /** Bar segments of the shown categories, as percent of the shown families of the row (for the chart). */
        public List<Segment> segments() {
            long shown = 0;
            for (Cell c : categories) {
                shown += c.hidden() ? 0 : c.count();
            }
            List<Segment> out = new ArrayList<>();
            double x = 0;
            for (int i = 0; i < categories.size(); i++) {
                Cell c = categories.get(i);
                if (shown == 0 || c.hidden() || c.count() == 0) {
                    continue;
                }
                double width = c.count() * 100.0 / shown;
                out.add(new Segment(i + 1, x, width));
                x += width;
            }
            return out;
        }
    }

    /** One category's part of a row's bar: from {@code x} percent, {@code width} percent wide. */
    public record Segment(int category, double x, double width) {
    }
}
