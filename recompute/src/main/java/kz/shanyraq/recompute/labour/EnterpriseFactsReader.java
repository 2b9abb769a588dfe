package kz.shanyraq.recompute.labour;

import kz.shanyraq.law.labour.EnterpriseFacts;
import kz.shanyraq.law.labour.SectorHazard;
import kz.shanyraq.law.labour.Strikes;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads, in one snapshot, what the registry knows on a day about every enterprise active on it (or about the
 * enterprises named), as {@link EnterpriseFacts}: set-based, one {@code COPY (query) TO STDOUT} per kind of fact,
 * aggregated by PostgreSQL per BIN (the two monthly tables in key ranges).
 * Windows count back from the day: 6 months for layoffs and complaints, 12 months for turnover, accidents,
 * violations and conflicts; the latest ЕСУТД month on or before the day, the latest ОПВ month within 3 months. The
 * national run reads the kinds of fact and key ranges of the monthly tables in parallel, each on its own connection
 * importing the run's snapshot ({@code pg_export_snapshot}), so every part sees the same data. The per-enterprise
 * card and the national run read through this one class, so they cannot disagree.
 */
public final class EnterpriseFactsReader {

    /** The enterprises read, in BIN order, with their facts. */
    public record Enterprises(String[] bins, String[] regions, String[] districts, EnterpriseFacts[] facts) {
        public int size() {
            return bins.length;
        }
    }

    private EnterpriseFactsReader() {
    }

    public static Enterprises read(Connection c, LocalDate day) throws SQLException {
        return read(c, day, null);
    }

    /** @param only BINs to read, or {@code null} for every enterprise active on the day */
    public static Enterprises read(Connection c, LocalDate day, List<String> only) throws SQLException {
        Plan plan = plan(c, day, only, 1);
        for (Part part : plan.parts) {
            part.read(c);
        }
        return plan.facts();
    }

    /**
     * Every enterprise active on the day, the parts read on {@code parallelism} connections of the data source that
     * import the snapshot of {@code snapshot}'s transaction (repeatable read, already begun on it).
     */
    public static Enterprises read(DataSource dataSource, Connection snapshot, LocalDate day, int parallelism)
            throws SQLException {
        Plan plan = plan(snapshot, day, null, parallelism);
        if (parallelism <= 1) {
            for (Part part : plan.parts) {
                part.read(snapshot);
            }
            return plan.facts();
        }
        String id;
        try (Statement s = snapshot.createStatement(); ResultSet rs = s.executeQuery("select pg_export_snapshot()")) {
            rs.next();
            id = rs.getString(1);
        }
        ConcurrentLinkedQueue<Part> queue = new ConcurrentLinkedQueue<>(plan.parts);
        ExecutorService pool = Executors.newFixedThreadPool(parallelism);
        try {
            List<Future<Void>> readers = new ArrayList<>();
            for (int t = 0; t < parallelism; t++) {
                readers.add(pool.submit(() -> {
                    try (Connection c = dataSource.getConnection()) {
                        c.setAutoCommit(false);
                        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                        try (Statement s = c.createStatement()) {
                            s.execute("set transaction snapshot '" + id.replace("'", "") + "'");
                        }
                        Part part;
                        while ((part = queue.poll()) != null) {
                            part.read(c);
                        }
                        c.rollback();
                    }
                    return null;
                }));
            }
            for (Future<Void> f : readers) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while reading the labour facts", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException("reading the labour facts failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return plan.facts();
    }

    /** One statement of the read: its rows go into the columns. */
    private record Part(String query, CopyRows.RowAction action) {
        void read(Connection c) throws SQLException {
            CopyRows.each(c, query, action);
        }
    }

    /** The enterprises (read at once) and the parts still to read into their columns. */
    private record Plan(List<Part> parts, String[] bins, String[] regions, String[] districts, String[] okeds,
                        Columns f) {
        Enterprises facts() {
            SectorHazard hazard = SectorHazard.reference();
            int n = bins.length;
            EnterpriseFacts[] facts = new EnterpriseFacts[n];
            for (int i = 0; i < n; i++) {
                int headcount = f.contracts[i] >= 0 ? f.contracts[i] : Math.max(f.payers[i], 0);
                facts[i] = new EnterpriseFacts(headcount, f.contracts[i], f.payers[i], f.insured[i], f.wage[i], f.arrears[i],
                        f.arrearsWorkers[i], f.arrearsMonths[i], f.socialArrears[i], f.layoffs[i], f.separations[i],
                        f.accidents[i], f.fatal[i], f.severe[i], f.group[i], f.gross[i], f.violations[i], f.overdue[i],
                        f.complaints[i], f.agreement[i], f.agreementDaysLeft[i], f.union[i], f.conflicts[i], f.strikes[i],
                        f.insolvency[i], f.visionZero[i], hazard.classOf(okeds[i]));
            }
            return new Enterprises(bins, regions, districts, facts);
        }
    }

    /**
     * A month's value packed with its month so that {@code max} picks the latest month's: the month's day number from
     * 2000-01-01 (under 2^14 until 2044) above 40 bits of value (amounts are at most 10^12 ₸ < 2^40, counts 10^7).
     */
    static String packed(String column) {
        return "(month - date '2000-01-01')::bigint * " + PACK + " + " + column;
    }

    static long unpacked(long packed) {
        return packed % PACK;
    }

    private static final long PACK = 1L << 40;

    private static Plan plan(Connection c, LocalDate day, List<String> only, int ranges) throws SQLException {
        String d = "date '" + day + "'";
        String filter = only == null ? "" : " and bin = any('{" + String.join(",", only.stream()
                .filter(b -> b != null && b.matches("[0-9]{12}")).toList()) + "}'::bpchar[])";
        List<long[]> keyed = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        CopyRows.each(c, "select bin, region_code, district_id, oked from enterprise where registered_on <= " + d
                + " and (liquidated_on is null or liquidated_on > " + d + ")" + filter, line -> {
            keyed.add(new long[]{line.bin(0), rows.size()});
            rows.add(new String[]{line.text(0), line.text(1), line.text(2), line.text(3)});
        });
        keyed.sort(java.util.Comparator.comparingLong(k -> k[0]));
        int n = rows.size();
        long[] keys = new long[n];
        String[] bins = new String[n];
        String[] regions = new String[n];
        String[] districts = new String[n];
        String[] okeds = new String[n];
        for (int i = 0; i < n; i++) {
            String[] r = rows.get((int) keyed.get(i)[1]);
            keys[i] = keyed.get(i)[0];
            bins[i] = r[0];
            regions[i] = r[1];
            districts[i] = r[2];
            okeds[i] = r[3];
        }
        Columns f = new Columns(n);
        List<Part> parts = new ArrayList<>();
        if (n == 0) {
            return new Plan(parts, bins, regions, districts, okeds, f);
        }
        // the monthly tables in key ranges of about equal numbers of enterprises
        int k = Math.max(1, Math.min(ranges, n / 1000 + 1));
        for (int r = 0; r < k; r++) {
            String from = bins[(int) ((long) n * r / k)];
            String range = (r == 0 ? "" : " and bin >= '" + from + "'")
                    + (r == k - 1 ? "" : " and bin < '" + bins[(int) ((long) n * (r + 1) / k)] + "'") + filter;
            // ЕСУТД: contracts at the latest month on or before the day; separations in 12 months, layoffs in 6 —
            // aggregated by PostgreSQL per BIN within the key range. "The latest month's value" is the greatest of
            // (day number of the month × 2^40 + value): one bigint per row, no array built per row (PACKED).
            parts.add(new Part("select bin, max(" + packed("esutd_contracts") + "), sum(separations),"
                    + " coalesce(sum(layoffs) filter (where month > (" + d + " - interval '6 months')), 0)"
                    + " from enterprise_staff_month where month <= " + d + " and month > (" + d + " - interval '12 months')"
                    + range + " group by bin", at(keys, (i, line) -> {
                f.contracts[i] = (int) unpacked(line.number(1));
                f.separations[i] = line.integer(2);
                f.layoffs[i] = line.integer(3);
            })));
            // ОПВ: payers, wage fund and social arrears of the latest month on or before the day (within 3 months)
            parts.add(new Part("select bin, max(" + packed("pension_payers") + "), max(" + packed("wage_fund") + "), max("
                    + packed("social_arrears") + ") from enterprise_contribution_month where month <= " + d
                    + " and month > (" + d + " - interval '3 months')" + range + " group by bin", at(keys, (i, line) -> {
                int payers = (int) unpacked(line.number(1));
                f.payers[i] = payers;
                f.wage[i] = payers == 0 ? -1 : unpacked(line.number(2)) / payers;
                f.socialArrears[i] = unpacked(line.number(3));
            })));
        }
        parts.add(new Part("select distinct bin from accident_insurance_contract where valid_from <= " + d
                + " and (valid_to is null or valid_to >= " + d + ")" + filter, at(keys, (i, line) -> f.insured[i] = true)));
        parts.add(new Part("""
                select distinct on (bin) bin, amount, workers,
                       case when oldest_unpaid_month is null then 1
                            else (extract(year from age(date_trunc('month', %1$s), oldest_unpaid_month)) * 12
                                  + extract(month from age(date_trunc('month', %1$s), oldest_unpaid_month)))::int + 1 end
                from wage_arrears_report where as_of <= %1$s%2$s
                order by bin, as_of desc""".formatted(d, filter), at(keys, (i, line) -> {
            f.arrears[i] = line.number(1);
            f.arrearsWorkers[i] = line.integer(2);
            f.arrearsMonths[i] = line.number(1) > 0 ? line.integer(3) : 0;
        })));
        parts.add(new Part("""
                select bin, sum(victims), sum(killed), coalesce(sum(victims) filter (where severity = 'severe'), 0),
                       count(*) filter (where victims >= 2)
                from workplace_accident where occurred_on <= %1$s and occurred_on > (%1$s - interval '12 months')%2$s
                group by bin""".formatted(d, filter), at(keys, (i, line) -> {
            f.accidents[i] = line.integer(1);
            f.fatal[i] = line.integer(2);
            f.severe[i] = line.integer(3);
            f.group[i] = line.integer(4);
        })));
        parts.add(new Part("""
                select i.bin, count(*) filter (where v.severity = 'gross'), count(*)
                from labour_violation v join labour_inspection i using (inspection_ref)
                where v.found_on <= %1$s and v.found_on > (%1$s - interval '12 months')%2$s
                group by i.bin""".formatted(d, filter.replace(" bin ", " i.bin ")), at(keys, (i, line) -> {
            f.gross[i] = line.integer(1);
            f.violations[i] = line.integer(2);
        })));
        parts.add(new Part("""
                select bin, count(*) from labour_prescription
                where issued_on <= %1$s and deadline < %1$s and (executed_on is null or executed_on > %1$s)%2$s
                group by bin""".formatted(d, filter), at(keys, (i, line) -> f.overdue[i] = line.integer(1))));
        parts.add(new Part("""
                select bin, count(*) from worker_complaint
                where received_on <= %1$s and received_on > (%1$s - interval '6 months')%2$s
                group by bin""".formatted(d, filter), at(keys, (i, line) -> f.complaints[i] = line.integer(1))));
        parts.add(new Part("""
                select bin, max(coalesce(valid_to - %1$s, -1))
                from collective_agreement where valid_from <= %1$s and (valid_to is null or valid_to >= %1$s)%2$s
                group by bin""".formatted(d, filter), at(keys, (i, line) -> {
            f.agreement[i] = true;
            f.agreementDaysLeft[i] = line.integer(1);
        })));
        parts.add(new Part("select distinct bin from trade_union_presence where valid_from <= " + d
                + " and (valid_to is null or valid_to >= " + d + ")" + filter, at(keys, (i, line) -> f.union[i] = true)));
        parts.add(new Part("select distinct bin from vision_zero_membership where valid_from <= " + d
                + " and (valid_to is null or valid_to >= " + d + ")" + filter, at(keys, (i, line) -> f.visionZero[i] = true)));
        parts.add(new Part("""
                select bin, max(case kind when 'bankruptcy' then 2 else 1 end) from enterprise_insolvency
                where valid_from <= %1$s and (valid_to is null or valid_to >= %1$s)%2$s
                group by bin""".formatted(d, filter), at(keys, (i, line) -> f.insolvency[i] = line.integer(1))));
        // every source's records count as conflicts; a strike is a stoppage of Strikes.minStoppageHours(day) or more,
        // counted once per enterprise and day whichever sources recorded it
        parts.add(new Part("""
                select bin, count(distinct (started_on, kind)),
                       count(distinct started_on) filter (where kind = 'stoppage' and stoppage_hours >= %3$s)
                from labour_conflict where started_on <= %1$s and started_on > (%1$s - interval '12 months')%2$s
                group by bin""".formatted(d, filter, Strikes.minStoppageHours(day).toPlainString()), at(keys, (i, line) -> {
            f.conflicts[i] = line.integer(1);
            f.strikes[i] = line.integer(2);
        })));
        return new Plan(parts, bins, regions, districts, okeds, f);
    }

    @FunctionalInterface
    private interface Into {
        void apply(int enterprise, CopyRows.Line line);
    }

    private static CopyRows.RowAction at(long[] keys, Into into) {
        return line -> {
            int i = index(keys, line.bin(0));
            if (i >= 0) {
                into.apply(i, line);
            }
        };
    }

    private static int index(long[] keys, long bin) {
        return bin < 0 ? -1 : Math.max(-1, Arrays.binarySearch(keys, bin));
    }

    /** Column-wise facts while reading; -1 = not reported where the source may be silent. */
    private static final class Columns {
        final int[] contracts;
        final int[] separations;
        final int[] layoffs;
        final int[] payers;
        final long[] wage;
        final long[] socialArrears;
        final boolean[] insured;
        final long[] arrears;
        final int[] arrearsWorkers;
        final int[] arrearsMonths;
        final int[] accidents;
        final int[] fatal;
        final int[] severe;
        final int[] group;
        final int[] gross;
        final int[] violations;
        final int[] overdue;
        final int[] complaints;
        final boolean[] agreement;
        final int[] agreementDaysLeft;
        final boolean[] union;
        final boolean[] visionZero;
        final int[] insolvency;
        final int[] conflicts;
        final int[] strikes;

        Columns(int n) {
            contracts = filled(n, -1);
            separations = filled(n, -1);
            layoffs = filled(n, -1);
            payers = filled(n, -1);
            wage = new long[n];
            java.util.Arrays.fill(wage, -1);
            socialArrears = new long[n];
            insured = new boolean[n];
            arrears = new long[n];
            arrearsWorkers = new int[n];
            arrearsMonths = new int[n];
            accidents = new int[n];
            fatal = new int[n];
            severe = new int[n];
            group = new int[n];
            gross = new int[n];
            violations = new int[n];
            overdue = new int[n];
            complaints = new int[n];
            agreement = new boolean[n];
            agreementDaysLeft = filled(n, -1);
            union = new boolean[n];
            visionZero = new boolean[n];
            insolvency = new int[n];
            conflicts = new int[n];
            strikes = new int[n];
        }

        private static int[] filled(int n, int v) {
            int[] a = new int[n];
            java.util.Arrays.fill(a, v);
            return a;
        }
    }
}
