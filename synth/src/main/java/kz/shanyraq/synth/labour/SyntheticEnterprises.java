package kz.shanyraq.synth.labour;

import kz.shanyraq.db.RegistrySchema;
import kz.shanyraq.law.labour.Bin;
import kz.shanyraq.synth.country.RegionProfile;
import kz.shanyraq.synth.country.RegionProfiles;
import kz.shanyraq.synth.country.SyntheticCalendar;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The enterprises of the synthetic country and their last 18 months, deterministic by scale and seed, calibrated on
 * seed 000 and 004 (docs/labour-risk.md, "Synthetic enterprises"): ≈ 173.7 k active legal entities and 4.5 M
 * workers at scale 1.0, 90 % of workers in ЕСУТД, 64.7 % of enterprises with an ОСНС contract (112 354 of them),
 * wage arrears at 63 enterprises and at 57 bankrupt or rehabilitating ones, ≈ 1 235 injured and 174 killed a year,
 * ≈ 6 400 inspections a year, 610 Vision Zero members, collective agreements at 98 % of the medium and large, 11
 * strikes (all in Mangystau) as the ministry counts and 49 conflicts with 5 strikes as the trade unions count (the
 * rates of a year spread over the 18 months); arrears and injuries weighted to the regions seed 000 names. A latent
 * discipline per enterprise ties its visible risk factors to its later events (the backtest's ground truth).
 * Loaded by COPY in one transaction into empty enterprise tables; nothing is loaded if enterprises exist.
 */
public final class SyntheticEnterprises {

    /** Active legal entities at scale 1.0: 112 354 ОСНС contracts are 64.7 % of them (seed 000). */
    public static final int ENTERPRISES_AT_SCALE_1 = 173_654;
    public static final double INSURED_SHARE = 0.647;
    public static final double ESUTD_SHARE = 0.90;

    private enum Table {
        ENTERPRISE("enterprise (bin, name, oked, region_code, district_id, size, registered_on, liquidated_on)"),
        STAFF("enterprise_staff_month (bin, month, esutd_contracts, hires, separations, layoffs)"),
        CONTRIBUTIONS("enterprise_contribution_month (bin, month, pension_payers, wage_fund, social_arrears)"),
        INSURANCE("accident_insurance_contract (contract_ref, bin, insurer, valid_from, valid_to)"),
        ARREARS("wage_arrears_report (bin, as_of, amount, workers, oldest_unpaid_month, recovered)"),
        ACCIDENTS("workplace_accident (accident_ref, bin, occurred_on, severity, victims, killed, notified_on, commission_on, act_n1_on, source)"),
        INSPECTIONS("labour_inspection (inspection_ref, bin, kind, reason, started_on, finished_on, inspector)"),
        VIOLATIONS("labour_violation (inspection_ref, item, severity, checklist_item, found_on, fine_mrp, fixed_on)"),
        PRESCRIPTIONS("labour_prescription (prescription_ref, inspection_ref, bin, issued_on, deadline, executed_on)"),
        COMPLAINTS("worker_complaint (complaint_ref, bin, received_on, topic)"),
        AGREEMENTS("collective_agreement (agreement_ref, bin, valid_from, valid_to, workers_covered)"),
        UNIONS("trade_union_presence (bin, valid_from, valid_to, members)"),
        VISION_ZERO("vision_zero_membership (bin, valid_from, valid_to)"),
        INSOLVENCY("enterprise_insolvency (bin, kind, valid_from, valid_to)"),
        CONFLICTS("labour_conflict (source, conflict_ref, bin, kind, started_on, ended_on, stoppage_hours, participants, demands)");

        final String copy;

        Table(String copy) {
            this.copy = copy;
        }
    }

    /** What was loaded. */
    public record Report(int enterprises, long workers, long inEsutd, int insured, Map<String, Integer> rows) {
    }

    /** ОКЭД divisions by share of enterprises (our reading of the statistical business register's structure). */
    private static final String[] OKED = {"4711", "4719", "4690", "4120", "4211", "4321", "1071", "2511", "2410",
            "0111", "0141", "4941", "5210", "0510", "0610", "0729", "3511", "6820", "6910", "7112", "8510", "8610",
            "5610", "5510", "9602", "8121", "3600", "6201"};
    private static final double[] OKED_WEIGHT = {14, 8, 8, 6, 3, 3, 3, 2, 0.6, 5, 3, 4, 2, 0.8, 0.5, 0.7, 0.6, 6, 4, 3,
            4, 3, 3, 1, 4, 2, 0.5, 3};
    /** Extraction (05–09) is concentrated in these regions. */
    private static final String[] MINING_REGIONS = {"KZ-35", "KZ-62", "KZ-23", "KZ-47", "KZ-15", "KZ-63", "KZ-55", "KZ-43"};

    private SyntheticEnterprises() {
    }

    public static Report load(DataSource dataSource, double scale, long seed) {
        return load(dataSource, scale, seed, SyntheticCalendar.REFERENCE_DATE);
    }

    /** @param on the day the histories run up to: its {@value #HISTORY_MONTHS} months before are generated */
    public static Report load(DataSource dataSource, double scale, long seed, LocalDate on) {
        RegistrySchema.migrate(dataSource);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("select pg_advisory_xact_lock(7316200018)");
                try (ResultSet rs = s.executeQuery("select exists (select 1 from enterprise)")) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        c.rollback();
                        return null;
                    }
                }
            }
            Map<Table, StringBuilder> out = new EnumMap<>(Table.class);
            for (Table t : Table.values()) {
                out.put(t, new StringBuilder());
            }
            Report report = generate(scale, seed, on, out);
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (Table t : Table.values()) {
                copy.copyIn("copy " + t.copy + " from stdin", new StringReader(out.get(t).toString()));
                out.put(t, null);
            }
            c.commit();
            return report;
        } catch (SQLException e) {
            throw new IllegalStateException("synthetic enterprises not loaded: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Months of ЕСУТД and ОПВ history before the day: 18, so that a backtest six months back still has its 12-month
     * windows (docs/labour-risk.md, "Backtest").
     */
    public static final int HISTORY_MONTHS = 18;

    /**
     * Spread of the enterprise's latent discipline (log-normal, σ): one hidden trait per enterprise that raises
     * together its staff turnover, the odds of paying ОПВ for workers it has not registered in ЕСУТД and of having
     * no ОСНС contract, and later its accidents, wage arrears and conflicts — so the events of the following months
     * follow the risk factors that were visible before them, as the backtest needs. Our choice, not published.
     */
    static final double DISCIPLINE_SIGMA = 0.6;

    /**
     * Share of enterprises that pay ОПВ for more workers than their ЕСУТД contracts (gap of 10–30 %, or 30–60 % for
     * a fifth of them). Not published; chosen so that the reference model's high social-tension band lands near the
     * ministry's 1.8 k monitored enterprises (seed 000). The other unregistered workers (10 % of 4.5 M) are outside
     * both registries, as informal work is.
     */
    static final double PAYS_UNREGISTERED_SHARE = 0.016;

    /**
     * Share of enterprises declaring an average wage below the minimum wage (envelope wages or unregistered part
     * time). Not published; our choice, as small as the ministry's monitoring (1.8 k of 174 k) suggests.
     */
    static final double ENVELOPE_WAGE_SHARE = 0.012;
    /** Seed 000: injured and killed at work in January–October 2025. */
    static final int INJURED_TEN_MONTHS = 1_235;
    static final int KILLED_TEN_MONTHS = 145;

    /** Seed 000, wage arrears by region (million tenge): the largest current ones and at bankrupt enterprises. */
    private static final Map<String, Double> CURRENT_ARREARS_REGION = Map.of("KZ-19", 195.6, "KZ-63", 140.5, "KZ-71", 124.0);
    private static final Map<String, Double> BANKRUPT_ARREARS_REGION = Map.of("KZ-19", 384.4, "KZ-39", 287.1, "KZ-63", 181.9);
    /** Seed 000: high injury rates in Karaganda, East Kazakhstan, Aktobe, Pavlodar, Kostanay regions and Almaty city. */
    private static final java.util.Set<String> HIGH_INJURY_REGIONS = java.util.Set.of("KZ-35", "KZ-63", "KZ-15", "KZ-55", "KZ-39", "KZ-75");

    private static Report generate(double scale, long seed, LocalDate on, Map<Table, StringBuilder> out) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 18);
        int n = Math.max(20, (int) Math.round(ENTERPRISES_AT_SCALE_1 * scale));
        double[] regionWeight = new double[RegionProfiles.all().size()];
        for (int r = 0; r < regionWeight.length; r++) {
            RegionProfile p = RegionProfiles.all().get(r);
            regionWeight[r] = p.population() * (0.5 + p.urbanShare()) * (p.isCity() ? 1.6 : 1.0);
        }
        LocalDate firstMonth = on.withDayOfMonth(1).minusMonths(HISTORY_MONTHS);
        int historyDays = (int) java.time.temporal.ChronoUnit.DAYS.between(on.minusMonths(HISTORY_MONTHS), on);
        double years = historyDays / 365.0;
        long workers = 0;
        long inEsutd = 0;
        int insured = 0;
        Map<String, Integer> rows = new java.util.TreeMap<>();
        int[] perMonth = new int[30 * 12];
        // seed 000 figures per year, scaled; the latent discipline's mean is divided out so the totals hold
        double meanZ = Math.exp(DISCIPLINE_SIGMA * DISCIPLINE_SIGMA / 2);
        double accidentRate = 1235.0 * scale;      // injured a year
        double inspectionsPerYear = 6_367 * scale;
        int visionZeroLeft = (int) Math.round(610 * scale);
        java.util.List<String> mangystauLarge = new java.util.ArrayList<>();
        java.util.List<Double> mangystauWeight = new java.util.ArrayList<>();
        java.util.List<String> anyMedium = new java.util.ArrayList<>();
        java.util.List<Double> mediumWeight = new java.util.ArrayList<>();
        // candidates for wage arrears: small and larger enterprises, with their weight (risk factors, region)
        java.util.List<Object[]> arrearsCandidates = new java.util.ArrayList<>();
        // accidents: each enterprise's relative rate (sector, region, discipline, ОСНС, Vision Zero), drawn after the loop
        // so the country's total is seed 000's, whatever the mix of sectors and regions
        java.util.List<String> accidentBins = new java.util.ArrayList<>();
        java.util.List<Double> accidentWeight = new java.util.ArrayList<>();
        double expectedSum = 0;
        for (int i = 0; i < n; i++) {
            int region = pick(random, regionWeight);
            RegionProfile profile = RegionProfiles.all().get(region);
            String oked = OKED[pick(random, OKED_WEIGHT)];
            if (oked.startsWith("0") && oked.charAt(1) >= '5' && !java.util.Arrays.asList(MINING_REGIONS).contains(profile.code())) {
                oked = "4719";
            }
            double u = random.nextDouble();
            String size;
            int headcount;
            if (u < 0.76) {
                size = "micro";
                headcount = 1 + random.nextInt(10);
            } else if (u < 0.94) {
                size = "small";
                headcount = 16 + (int) (random.nextDouble() * random.nextDouble() * 110);
            } else if (u < 0.98) {
                size = "medium";
                headcount = 101 + random.nextInt(150);
            } else {
                size = "large";
                headcount = 251 + (int) (-80 * Math.log(1 - random.nextDouble()));
            }
            double z = Math.exp(random.nextGaussian() * DISCIPLINE_SIGMA);
            int year = 1995 + random.nextInt(30);
            int month = 1 + random.nextInt(12);
            // BIN: registration YYMM, 4 resident legal entity, 0 head office, a serial per registration month
            int serialOfMonth = perMonth[(year - 1995) * 12 + month - 1]++;
            String bin = Bin.complete(String.format("%02d%02d40%04d", year % 100, month, serialOfMonth));
            String district = profile.code() + "-" + String.format("%02d", 1 + random.nextInt(profile.districts()));
            LocalDate registered = LocalDate.of(year, month, 1 + random.nextInt(28));
            if (registered.isAfter(on.minusMonths(HISTORY_MONTHS + 1))) {
                registered = on.minusMonths(HISTORY_MONTHS + 1);
            }
            row(out, Table.ENTERPRISE, rows, bin, syntheticName(oked, i), oked, profile.code(), district, size, registered, null);
            int hazard = kz.shanyraq.law.labour.SectorHazard.reference().classOf(oked);
            // ЕСУТД: 35 % register everyone, 60 % miss 5–18 %, 5 % miss 30–70 % (90 % of workers registered overall);
            // the unregistered are outside ОПВ too, except at the few that pay ОПВ for workers without a contract
            double v = random.nextDouble();
            double registeredShare = v < 0.35 ? 1.0 : v < 0.95 ? 0.82 + random.nextDouble() * 0.13 : 0.3 + random.nextDouble() * 0.4;
            int contracts = Math.max(headcount == 1 ? 1 : 0, (int) Math.round(headcount * registeredShare));
            int payers = contracts;
            if (random.nextDouble() < PAYS_UNREGISTERED_SHARE * z / meanZ) {
                double gap = random.nextDouble() < 0.8 ? 0.1 + random.nextDouble() * 0.2 : 0.3 + random.nextDouble() * 0.3;
                payers = Math.max(contracts + 1, (int) Math.round(contracts / (1 - gap)));
            }
            workers += headcount;
            inEsutd += contracts;
            double sizeWage = switch (size) {
                case "micro" -> 1.6;
                case "small" -> 2.3;
                case "medium" -> 3.0;
                default -> 3.8;
            };
            double wageToMinimum = sizeWage * profile.wageIndex() * (1 + 0.25 * (hazard - 1) / 4.0)
                    * Math.exp(random.nextGaussian() * 0.35);
            // a full-time wage is at least the minimum (85 000 ₸ in 2024–2026); an average below it is the envelope-wage
            // signal the map looks for, at a few enterprises, more of them where discipline is poor
            boolean envelope = random.nextDouble() < ENVELOPE_WAGE_SHARE * z / meanZ;
            long averageWage = Math.round(85_000 * (envelope ? 0.6 + 0.4 * random.nextDouble()
                    : Math.max(1.0 + 0.1 * random.nextDouble(), wageToMinimum)));
            double turnoverYear = (oked.startsWith("47") || oked.startsWith("56") ? 0.45 : 0.22) * Math.exp(random.nextGaussian() * 0.5)
                    * Math.sqrt(z);
            // staff reductions are an employer's with staff to reduce: a micro enterprise releases workers far more rarely
            boolean layoffs = random.nextDouble() < ("micro".equals(size) ? 0.005 : 0.02) * z / meanZ;
            int layoffsFrom = random.nextInt(HISTORY_MONTHS - 2);
            for (int m = 0; m < HISTORY_MONTHS; m++) {
                LocalDate mo = firstMonth.plusMonths(m + 1);
                int separations = poisson(random, contracts * turnoverYear / 12);
                int laid = layoffs && m >= layoffsFrom && m < layoffsFrom + 3 ? Math.min(separations + 1, Math.max(1, contracts / 10)) : 0;
                separations = Math.max(separations, laid);
                row(out, Table.STAFF, rows, bin, mo, contracts, separations, separations, laid);
                long fund = averageWage * payers;
                row(out, Table.CONTRIBUTIONS, rows, bin, mo, payers, fund, 0);
            }
            // ОСНС: by size, higher in the hazardous sectors where it is enforced, lower where discipline is poor
            double insureP = switch (size) {
                case "micro" -> 0.61;
                case "small" -> 0.80;
                case "medium" -> 0.92;
                default -> 0.97;
            };
            insureP = Math.min(0.99, insureP * (hazard >= 4 ? 1.12 : hazard <= 1 ? 0.97 : 1.0) * Math.pow(z, -0.5) / Math.exp(DISCIPLINE_SIGMA * DISCIPLINE_SIGMA / 8));
            boolean isInsured = random.nextDouble() < insureP;
            if (isInsured) {
                insured++;
                LocalDate from = on.minusDays(30 + random.nextInt(330));
                // the contract before it, so the history's first months are insured too
                row(out, Table.INSURANCE, rows, "OSNS-" + bin + "-0", bin, "Synthetic Insurance JSC", from.minusYears(1), from.minusDays(1));
                row(out, Table.INSURANCE, rows, "OSNS-" + bin, bin, "Synthetic Insurance JSC", from, from.plusYears(1).minusDays(1));
            }
            boolean agreement = false;
            boolean union = false;
            if ("medium".equals(size) || "large".equals(size)) {
                if (random.nextDouble() < 0.98) {
                    agreement = true;
                    LocalDate from = on.minusDays(random.nextInt(3 * 365));
                    row(out, Table.AGREEMENTS, rows, "KD-" + bin, bin, from, from.plusYears(3).minusDays(1), contracts);
                }
                if (random.nextDouble() < 0.6) {
                    union = true;
                    row(out, Table.UNIONS, rows, bin, registered, null, headcount / 2);
                }
                double conflictWeight = z * z * (union ? 2 : 1) * (agreement ? 1 : 2) * (averageWage < 110_000 ? 2 : 1)
                        * (layoffs ? 3 : 1);
                anyMedium.add(bin);
                mediumWeight.add(conflictWeight);
                if ("KZ-47".equals(profile.code()) && hazard >= 4) {
                    mangystauLarge.add(bin);
                    mangystauWeight.add(conflictWeight);
                }
            } else if (random.nextDouble() < 0.02) {
                row(out, Table.AGREEMENTS, rows, "KD-" + bin, bin, on.minusYears(1), on.plusYears(2), contracts);
            }
            boolean visionZero = false;
            if (visionZeroLeft > 0 && "large".equals(size) && hazard >= 3 && random.nextDouble() < 0.35) {
                visionZeroLeft--;
                visionZero = true;
                row(out, Table.VISION_ZERO, rows, bin, on.minusYears(2), null);
            }
            // accidents: rate by hazard class and region (seed 000), per worker, raised by poor discipline and no ОСНС
            double regionInjury = HIGH_INJURY_REGIONS.contains(profile.code()) ? 1.6 : 0.85;
            double expected = accidentRate * years / 4_500_000.0 * headcount * hazardFactor(hazard) * regionInjury
                    * z * z / Math.exp(2 * DISCIPLINE_SIGMA * DISCIPLINE_SIGMA) * (isInsured ? 0.9 : 1.25) * (visionZero ? 0.7 : 1.0);
            accidentBins.add(bin);
            accidentWeight.add(expected);
            expectedSum += expected;
            // inspections with violations and prescriptions: seed 000 — 82 % of violations in labour relations, 18 %
            // in safety; a gross violation (the preventive-control list's gross signal) is a grave safety one
            double inspectP = inspectionsPerYear * years / n * (0.5 + 0.25 * hazard) * ("micro".equals(size) ? 0.6 : 1.6)
                    * Math.sqrt(z) / Math.exp(DISCIPLINE_SIGMA * DISCIPLINE_SIGMA / 8);
            int inspections = poisson(random, inspectP);
            for (int k = 0; k < inspections; k++) {
                LocalDate start = on.minusDays(20 + random.nextInt(historyDays - 20));
                String ref = "INS-" + bin + (k == 0 ? "" : "-" + k);
                row(out, Table.INSPECTIONS, rows, ref, bin, "unscheduled", random.nextDouble() < 0.8 ? "complaint" : "accident",
                        start, start.plusDays(5), "inspector." + profile.number());
                int violations = poisson(random, 1.24);
                for (int item = 1; item <= violations; item++) {
                    boolean safety = random.nextDouble() < 0.18;
                    double s = random.nextDouble();
                    String sev = safety ? (s < 0.2 ? "gross" : "significant") : (s < 0.4 ? "significant" : "minor");
                    LocalDate found = start.plusDays(2);
                    boolean fixed = random.nextDouble() < 0.8;
                    row(out, Table.VIOLATIONS, rows, ref, item, sev, "item-" + (1 + random.nextInt(38)), found,
                            "gross".equals(sev) ? "30.00" : "significant".equals(sev) ? "20.00" : null,
                            fixed ? found.plusDays(20) : null);
                }
                if (violations > 0) {
                    LocalDate issued = start.plusDays(5);
                    LocalDate deadline = issued.plusDays(30);
                    boolean executed = random.nextDouble() < 0.95;
                    row(out, Table.PRESCRIPTIONS, rows, "PR-" + ref.substring(4), ref, bin, issued, deadline,
                            executed ? deadline.minusDays(random.nextInt(25)) : null);
                }
            }
            int complaints = poisson(random, 10_000.0 * scale * years / n * ("micro".equals(size) ? 0.5 : 2) * z / meanZ);
            for (int k = 0; k < complaints; k++) {
                row(out, Table.COMPLAINTS, rows, "CMP-" + bin + "-" + k, bin, on.minusDays(1 + random.nextInt(historyDays)),
                        random.nextDouble() < 0.6 ? "wages" : "dismissal");
            }
            if (!"micro".equals(size)) {
                double w = z * z * (isInsured ? 1 : 2) * (payers > contracts ? 2 : 1) * (averageWage < 110_000 ? 2 : 1)
                        * (layoffs ? 3 : 1);
                arrearsCandidates.add(new Object[]{bin, profile.code(), contracts, w});
            }
        }
        accidents(scale, seed, on, historyDays, out, rows, accidentBins, accidentWeight, expectedSum);
        wageArrears(scale, seed, on, out, rows, arrearsCandidates);
        // conflicts: the ministry's 55 disputes and 11 strikes (all in Mangystau); the trade unions' 49 conflicts with
        // 5 strikes — a year's worth, spread over the history, at enterprises chosen by their conflict weight
        SplittableRandom cr = new SplittableRandom(seed ^ 0x5EED_0040L);
        boolean mangystau = !mangystauLarge.isEmpty();
        java.util.List<String> strikeSites = mangystau ? mangystauLarge : anyMedium;
        double[] strikeWeights = (mangystau ? mangystauWeight : mediumWeight).stream().mapToDouble(Double::doubleValue).toArray();
        double[] mediumWeights = mediumWeight.stream().mapToDouble(Double::doubleValue).toArray();
        int ministryStrikes = (int) Math.round(11 * scale * years);
        int ministryDisputes = (int) Math.round(55 * scale * years);
        int unionConflicts = (int) Math.round(49 * scale * years);
        int unionStrikes = (int) Math.round(5 * scale * years);
        for (int k = 0; k < ministryStrikes && !strikeSites.isEmpty(); k++) {
            String bin = strikeSites.get(pick(cr, strikeWeights));
            LocalDate start = on.minusDays(10 + cr.nextInt(historyDays - 10));
            row(out, Table.CONFLICTS, rows, "ministry", "M-S-" + k, bin, "stoppage", start, start.plusDays(cr.nextInt(5)),
                    String.valueOf(3 + cr.nextInt(20)), 50 + cr.nextInt(500), "wage rise");
            if (k < unionStrikes) {
                row(out, Table.CONFLICTS, rows, "trade-unions", "TU-S-" + k, bin, "stoppage", start,
                        start.plusDays(cr.nextInt(5)), String.valueOf(3 + cr.nextInt(20)), 50 + cr.nextInt(500), "wage rise");
            }
        }
        for (int k = 0; k < ministryDisputes && !anyMedium.isEmpty(); k++) {
            String bin = anyMedium.get(pick(cr, mediumWeights));
            LocalDate start = on.minusDays(10 + cr.nextInt(historyDays - 10));
            row(out, Table.CONFLICTS, rows, "ministry", "M-D-" + k, bin, "dispute", start, start.plusDays(20 + cr.nextInt(60)),
                    null, 20 + cr.nextInt(300), "collective agreement terms");
        }
        for (int k = 0; k < unionConflicts - unionStrikes && !anyMedium.isEmpty(); k++) {
            String bin = anyMedium.get(pick(cr, mediumWeights));
            LocalDate start = on.minusDays(10 + cr.nextInt(historyDays - 10));
            row(out, Table.CONFLICTS, rows, "trade-unions", "TU-C-" + k, bin, cr.nextDouble() < 0.5 ? "conflict" : "protest",
                    start, start.plusDays(cr.nextInt(30)), null, 10 + cr.nextInt(200), "wages");
        }
        return new Report(n, workers, inEsutd, insured, rows);
    }

    /**
     * Accidents at work as seed 000 counts them: 1 235 injured and 145 killed in ten months (January–October 2025), so
     * 1 656 victims a year, 8.8 % of them killed; a group accident (3 %) has 2 to 4 victims. The enterprises' relative
     * rates are scaled so the expected number of victims over the history is seed 000's yearly rate times its years.
     */
    private static void accidents(double scale, long seed, LocalDate on, int historyDays, Map<Table, StringBuilder> out,
                                  Map<String, Integer> rows, java.util.List<String> bins, java.util.List<Double> weights,
                                  double weightSum) {
        SplittableRandom random = new SplittableRandom(seed ^ 0xACC1DE47L);
        double victimsPerYear = (INJURED_TEN_MONTHS + KILLED_TEN_MONTHS) * 1.2 * scale;
        double meanVictims = 0.97 + 0.03 * 3.0;
        double accidentsWanted = victimsPerYear * historyDays / 365.0 / meanVictims;
        // a fatal accident kills one; the group ones count their victims, so the fatal share of accidents is set on victims
        double fatalShare = (double) KILLED_TEN_MONTHS / (INJURED_TEN_MONTHS + KILLED_TEN_MONTHS) * meanVictims;
        double factor = weightSum <= 0 ? 0 : accidentsWanted / weightSum;
        for (int e = 0; e < bins.size(); e++) {
            String bin = bins.get(e);
            int injured = poisson(random, weights.get(e) * factor);
            for (int a = 0; a < injured; a++) {
                LocalDate day = on.minusDays(1 + random.nextInt(historyDays));
                double s = random.nextDouble();
                boolean group = random.nextDouble() < 0.03;
                int victims = group ? 2 + random.nextInt(3) : 1;
                String severity = s < fatalShare ? "fatal" : s < 0.40 ? "severe" : "light";
                int killed = "fatal".equals(severity) ? 1 : 0;
                row(out, Table.ACCIDENTS, rows, "N1-" + bin + "-" + a, bin, day, severity, victims, killed, day,
                        day.plusDays(1), day.plusDays(15), "synthetic");
            }
        }
    }

    /**
     * Wage arrears as seed 000 reports them on the day: 971.6 M ₸ at 63 enterprises (Almaty region, East Kazakhstan and
     * Astana the largest) and 1 405.1 M ₸ at 57 bankrupt or rehabilitating ones (Almaty region, Kostanay, East
     * Kazakhstan). Enterprises drawn without replacement by weight (their risk factors and the region's share); each
     * has a report when the arrears began and one three days before the day, so arrears that began in the last six
     * months are the backtest's "new arrears".
     */
    private static void wageArrears(double scale, long seed, LocalDate on, Map<Table, StringBuilder> out,
                                    Map<String, Integer> rows, java.util.List<Object[]> candidates) {
        SplittableRandom ar = new SplittableRandom(seed ^ 0xA55EA55L);
        int current = (int) Math.round(63 * scale);
        int bankrupt = (int) Math.round(57 * scale);
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (int pass = 0; pass < 2; pass++) {
            Map<String, Double> regions = pass == 0 ? CURRENT_ARREARS_REGION : BANKRUPT_ARREARS_REGION;
            int wanted = pass == 0 ? current : bankrupt;
            // Efraimidis–Spirakis: the wanted largest keys u^(1/w)
            java.util.PriorityQueue<double[]> top = new java.util.PriorityQueue<>(java.util.Comparator.comparingDouble(k -> k[0]));
            for (int c = 0; c < candidates.size(); c++) {
                Object[] e = candidates.get(c);
                double w = (Double) e[3] * (regions.containsKey((String) e[1]) ? 6 : 1);
                double key = Math.log(ar.nextDouble()) / w;
                if (taken.contains((String) e[0])) {
                    continue;
                }
                if (top.size() < wanted) {
                    top.add(new double[]{key, c});
                } else if (!top.isEmpty() && key > top.peek()[0]) {
                    top.poll();
                    top.add(new double[]{key, c});
                }
            }
            java.util.List<double[]> chosen = new java.util.ArrayList<>(top);
            chosen.sort(java.util.Comparator.comparingDouble(k -> k[1]));
            for (double[] k : chosen) {
                Object[] e = candidates.get((int) k[1]);
                String bin = (String) e[0];
                int contracts = (Integer) e[2];
                taken.add(bin);
                if (pass == 0) {
                    int owed = Math.max(1, Math.min(contracts, 5 + ar.nextInt(40)));
                    long amount = 971_600_000L / 63 * owed / 21;
                    int monthsOwed = 1 + ar.nextInt(8);
                    LocalDate began = on.withDayOfMonth(1).minusMonths(monthsOwed);
                    row(out, Table.ARREARS, rows, bin, began.plusDays(24), amount / 2, Math.max(1, owed / 2), began, 0);
                    row(out, Table.ARREARS, rows, bin, on.minusDays(3), amount, owed, began, amount / 5);
                } else {
                    int owed = Math.max(1, Math.min(contracts, 10 + ar.nextInt(40)));
                    long amount = 1_405_100_000L / 57 * owed / 26;
                    LocalDate began = on.withDayOfMonth(1).minusMonths(4 + ar.nextInt(14));
                    row(out, Table.INSOLVENCY, rows, bin, ar.nextDouble() < 0.7 ? "bankruptcy" : "rehabilitation",
                            began.plusMonths(2), null);
                    row(out, Table.ARREARS, rows, bin, began.plusDays(24), amount / 2, Math.max(1, owed / 2), began, 0);
                    row(out, Table.ARREARS, rows, bin, on.minusDays(3), amount, owed, began, 0);
                }
            }
        }
    }

    private static double hazardFactor(int hazard) {
        return switch (hazard) {
            case 5 -> 6.0;
            case 4 -> 3.0;
            case 3 -> 1.5;
            case 2 -> 0.6;
            default -> 0.3;
        };
    }

    private static String syntheticName(String oked, int i) {
        return "ТОО «Синтетика-" + oked + "-" + i + "»";
    }

    private static int pick(SplittableRandom random, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static int poisson(SplittableRandom random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double l = Math.exp(-mean);
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }

    private static void row(Map<Table, StringBuilder> out, Table t, Map<String, Integer> rows, Object... values) {
        StringBuilder sb = out.get(t);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append('\t');
            }
            sb.append(values[i] == null ? "\\N" : values[i].toString());
        }
        sb.append('\n');
        rows.merge(t.name().toLowerCase(), 1, Integer::sum);
    }
}
