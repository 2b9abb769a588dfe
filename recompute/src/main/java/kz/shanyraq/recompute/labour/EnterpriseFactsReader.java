package kz.shanyraq.recompute.labour;

import kz.shanyraq.law.labour.EnterpriseFacts;
import kz.shanyraq.law.labour.SectorHazard;
import kz.shanyraq.law.labour.Strikes;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads, in one snapshot, what the registry knows on a day about every enterprise active on it (or about the
 * enterprises named), as {@link EnterpriseFacts}: one query per kind of fact, aggregated by PostgreSQL per BIN.
 * Windows count back from the day: 6 months for layoffs and complaints, 12 months for turnover, accidents,
 * violations and conflicts. The per-enterprise card and the national run read through this one class, so they
 * cannot disagree.
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
        String filter = only == null ? "" : " and e.bin = any(?)";
        List<String> bins = new ArrayList<>();
        List<String> regions = new ArrayList<>();
        List<String> districts = new ArrayList<>();
        List<String> okeds = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select e.bin, e.region_code, e.district_id, e.oked from enterprise e
                where e.registered_on <= ? and (e.liquidated_on is null or e.liquidated_on > ?)""" + filter + " order by e.bin")) {
            ps.setObject(1, day);
            ps.setObject(2, day);
            if (only != null) {
                ps.setArray(3, c.createArrayOf("text", only.toArray()));
            }
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    bins.add(rs.getString(1));
                    regions.add(rs.getString(2));
                    districts.add(rs.getString(3));
                    okeds.add(rs.getString(4));
                }
            }
        }
        int n = bins.size();
        Map<String, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(bins.get(i), i);
        }
        Columns f = new Columns(n);
        Object[] binArray = only == null ? null : only.toArray();
        // ЕСУТД: contracts at the latest month on or before the day; separations in 12 months, layoffs in 6
        each(c, """
                select bin,
                       (array_agg(esutd_contracts order by month desc))[1],
                       sum(separations),
                       sum(layoffs) filter (where month > (?::date - interval '6 months'))
                from enterprise_staff_month
                where month <= ? and month > (?::date - interval '12 months')%s
                group by bin""", day, 3, binArray, index, (i, rs) -> {
            f.contracts[i] = rs.getInt(2);
            f.separations[i] = rs.getInt(3);
            f.layoffs[i] = rs.getInt(4);
        });
        // ОПВ: payers, wage fund and social arrears of the latest month on or before the day (within 3 months)
        each(c, """
                select distinct on (bin) bin, pension_payers, wage_fund, social_arrears
                from enterprise_contribution_month
                where month <= ? and month > (?::date - interval '3 months')%s
                order by bin, month desc""", day, 2, binArray, index, (i, rs) -> {
            f.payers[i] = rs.getInt(2);
            f.wage[i] = rs.getInt(2) == 0 ? -1 : rs.getLong(3) / rs.getInt(2);
            f.socialArrears[i] = rs.getLong(4);
        });
        each(c, """
                select distinct bin, 1 from accident_insurance_contract
                where valid_from <= ? and (valid_to is null or valid_to >= ?)%s""", day, 2, binArray, index,
                (i, rs) -> f.insured[i] = true);
        each(c, """
                select distinct on (bin) bin, amount, workers,
                       case when oldest_unpaid_month is null then 1
                            else (extract(year from age(date_trunc('month', ?::date), oldest_unpaid_month)) * 12
                                  + extract(month from age(date_trunc('month', ?::date), oldest_unpaid_month)))::int + 1 end
                from wage_arrears_report where as_of <= ?%s
                order by bin, as_of desc""", day, 3, binArray, index, (i, rs) -> {
            f.arrears[i] = rs.getLong(2);
            f.arrearsWorkers[i] = rs.getInt(3);
            f.arrearsMonths[i] = rs.getLong(2) > 0 ? rs.getInt(4) : 0;
        });
        each(c, """
                select bin, sum(victims), sum(killed), sum(victims) filter (where severity = 'severe'),
                       count(*) filter (where victims >= 2)
                from workplace_accident where occurred_on <= ? and occurred_on > (?::date - interval '12 months')%s
                group by bin""", day, 2, binArray, index, (i, rs) -> {
            f.accidents[i] = rs.getInt(2);
            f.fatal[i] = rs.getInt(3);
            f.severe[i] = rs.getInt(4);
            f.group[i] = rs.getInt(5);
        });
        each(c, """
                select i.bin, count(*) filter (where v.severity = 'gross'), count(*)
                from labour_violation v join labour_inspection i using (inspection_ref)
                where v.found_on <= ? and v.found_on > (?::date - interval '12 months')%s
                group by i.bin""".replace("%s", only == null ? "" : " and i.bin = any(?)"), day, 2, binArray, index, (i, rs) -> {
            f.gross[i] = rs.getInt(2);
            f.violations[i] = rs.getInt(3);
        });
        each(c, """
                select bin, count(*) from labour_prescription
                where issued_on <= ? and deadline < ? and (executed_on is null or executed_on > ?)%s
                group by bin""", day, 3, binArray, index, (i, rs) -> f.overdue[i] = rs.getInt(2));
        each(c, """
                select bin, count(*) from worker_complaint
                where received_on <= ? and received_on > (?::date - interval '6 months')%s
                group by bin""", day, 2, binArray, index, (i, rs) -> f.complaints[i] = rs.getInt(2));
        each(c, """
                select bin, max(coalesce(valid_to - ?::date, -1))
                from collective_agreement where valid_from <= ? and (valid_to is null or valid_to >= ?)%s
                group by bin""", day, 3, binArray, index, (i, rs) -> {
            f.agreement[i] = true;
            f.agreementDaysLeft[i] = rs.getInt(2);
        });
        each(c, """
                select distinct bin, 1 from trade_union_presence
                where valid_from <= ? and (valid_to is null or valid_to >= ?)%s""", day, 2, binArray, index,
                (i, rs) -> f.union[i] = true);
        each(c, """
                select distinct bin, 1 from vision_zero_membership
                where valid_from <= ? and (valid_to is null or valid_to >= ?)%s""", day, 2, binArray, index,
                (i, rs) -> f.visionZero[i] = true);
        each(c, """
                select bin, max(case kind when 'bankruptcy' then 2 else 1 end) from enterprise_insolvency
                where valid_from <= ? and (valid_to is null or valid_to >= ?)%s
                group by bin""", day, 2, binArray, index, (i, rs) -> f.insolvency[i] = rs.getInt(2));
        // every source's records count as conflicts; a strike is a stoppage of Strikes.minStoppageHours(day) or more,
        // counted once per enterprise and day whichever sources recorded it
        each(c, """
                select bin, count(distinct (started_on, kind)),
                       count(distinct started_on) filter (where kind = 'stoppage' and stoppage_hours >= %s)
                from labour_conflict where started_on <= ? and started_on > (?::date - interval '12 months')%%s
                group by bin""".formatted(Strikes.minStoppageHours(day).toPlainString()), day, 2, binArray, index, (i, rs) -> {
            f.conflicts[i] = rs.getInt(2);
            f.strikes[i] = rs.getInt(3);
        });
        SectorHazard hazard = SectorHazard.reference();
        EnterpriseFacts[] facts = new EnterpriseFacts[n];
        for (int i = 0; i < n; i++) {
            int headcount = f.contracts[i] >= 0 ? f.contracts[i] : Math.max(f.payers[i], 0);
            facts[i] = new EnterpriseFacts(headcount, f.contracts[i], f.payers[i], f.insured[i], f.wage[i], f.arrears[i],
                    f.arrearsWorkers[i], f.arrearsMonths[i], f.socialArrears[i], f.layoffs[i], f.separations[i],
                    f.accidents[i], f.fatal[i], f.severe[i], f.group[i], f.gross[i], f.violations[i], f.overdue[i],
                    f.complaints[i], f.agreement[i], f.agreementDaysLeft[i], f.union[i], f.conflicts[i], f.strikes[i],
                    f.insolvency[i], f.visionZero[i], hazard.classOf(okeds.get(i)));
        }
        return new Enterprises(bins.toArray(String[]::new), regions.toArray(String[]::new),
                districts.toArray(String[]::new), facts);
    }

    @FunctionalInterface
    private interface RowAction {
        void apply(int enterprise, ResultSet rs) throws SQLException;
    }

    /** Runs a query whose {@code ?} are all the day (the {@code %s} becomes the BIN filter), row by row. */
    private static void each(Connection c, String sql, LocalDate day, int dayParams, Object[] only,
                             Map<String, Integer> index, RowAction action) throws SQLException {
        String text = sql.contains("%s") ? sql.formatted(only == null ? "" : " and bin = any(?)") : sql;
        try (PreparedStatement ps = c.prepareStatement(text)) {
            for (int p = 1; p <= dayParams; p++) {
                ps.setDate(p, Date.valueOf(day));
            }
            if (only != null) {
                ps.setArray(dayParams + 1, c.createArrayOf("text", only));
            }
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Integer i = index.get(rs.getString(1));
                    if (i != null) {
                        action.apply(i, rs);
                    }
                }
            }
        }
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
