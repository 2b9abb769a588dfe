package kz.shanyraq.synth.figures;

import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.law.region.FigureKind;
import kz.shanyraq.law.region.FigurePeriod;
import kz.shanyraq.law.region.Provenance;
import kz.shanyraq.law.region.Quarter;
import kz.shanyraq.law.region.RegionalFigure;
import kz.shanyraq.law.region.RegionalFigures;
import kz.shanyraq.law.region.Regions;
import kz.shanyraq.synth.country.Draw;
import kz.shanyraq.synth.country.RegionProfile;
import kz.shanyraq.synth.country.RegionProfiles;
import kz.shanyraq.synth.country.SyntheticCalendar;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plausible stand-ins for the regional figures the law needs but nobody has published to us, made for the
 * synthetic country only and always flagged {@code synthetic} (table {@code synthetic_regional_figure}).
 *
 * <ul>
 *   <li><b>Statistical regional ПМ</b> ({@code subsistence-minimum}), every quarter from 2017-Q1 to the reference
 *   quarter, for every region that has no official or operator quarterly figure in the law's regional data.
 *   National level: the official national quarterly figure where the law has one (2025-Q2, 2025-Q3), otherwise
 *   the nearest such figure moved by 2.5 % a quarter (about 10 % a year). Regional level: the region's ratio to
 *   the national figure in the official monthly figures of August and September 2025 where the law has them,
 *   otherwise the generator's fallback ratio; times a seeded ±1.2 % noise.</li>
 *   <li><b>Regional median per-capita income</b> ({@code median-income}) for the quarters from 2024-Q4 (the first
 *   the 2025 poverty-line rule reads) to the quarter before the synthetic incomes start: the registry cannot compute
 *   them, because the synthetic country's incomes cover only Q3 and Q4 2026. The median of Q3 2026 and later is
 *   computed from the registry, not made up here.</li>
 * </ul>
 */
public final class SyntheticRegionalFigures {

    public static final String SUBSISTENCE_MINIMUM = FigureKind.SUBSISTENCE_MINIMUM.code();
    public static final String MEDIAN_INCOME = FigureKind.MEDIAN_INCOME.code();
    private static final Quarter FIRST = new Quarter(2017, 1);
    private static final Quarter FIRST_MEDIAN = new Quarter(2024, 4);
    private static final double QUARTERLY_GROWTH = 1.025;
    /** Median per-capita monthly income of Q3 2026 at wage index 1, as the generator's incomes produce it. */
    static final double MEDIAN_INCOME_Q3_2026 = 118_000;

    /** One synthetic figure: ₸ per person per month. */
    public record Figure(String series, String region, String period, long value) {
    }

    private final List<Figure> figures;
    private final long seed;

    private SyntheticRegionalFigures(List<Figure> figures, long seed) {
        this.figures = figures;
        this.seed = seed;
    }

    public static SyntheticRegionalFigures generate(long seed) {
        return generate(seed, ParameterBook.standard().regional());
    }

    public static SyntheticRegionalFigures generate(long seed, RegionalFigures known) {
        Draw d = Draw.stream(seed, -1);
        Quarter last = Quarter.of(SyntheticCalendar.REFERENCE_DATE);
        Quarter firstIncome = Quarter.of(SyntheticCalendar.INCOME_MONTHS.get(0));
        List<Figure> out = new ArrayList<>();
        for (RegionProfile region : RegionProfiles.all()) {
            double factor = monthlyRatio(known, region.code()).orElse(region.pmFallback());
            for (Quarter q = FIRST; q.compareTo(last) <= 0; q = next(q)) {
                double noise = 1 + 0.012 * d.normal(0, 1);
                if (!actual(known, FigureKind.SUBSISTENCE_MINIMUM, region.code(), q)) {
                    long value = Math.round(nationalSubsistenceMinimum(known, q) * factor * noise);
                    out.add(new Figure(SUBSISTENCE_MINIMUM, region.code(), q.toString(), value));
                }
            }
            for (Quarter q = FIRST_MEDIAN; q.compareTo(firstIncome) < 0; q = next(q)) {
                double noise = 1 + 0.015 * d.normal(0, 1);
                if (!actual(known, FigureKind.MEDIAN_INCOME, region.code(), q)) {
                    long value = Math.round(medianIncome(region, firstIncome) * Math.pow(QUARTERLY_GROWTH,
                            -distance(q, firstIncome)) * noise);
                    out.add(new Figure(MEDIAN_INCOME, region.code(), q.toString(), value));
                }
            }
        }
        return new SyntheticRegionalFigures(List.copyOf(out), seed);
    }

    /** Median per-capita income the generator expects for a region in the first income quarter. */
    static double medianIncome(RegionProfile region, Quarter quarter) {
        return MEDIAN_INCOME_Q3_2026 * Math.pow(region.wageIndex(), 0.85);
    }

    public List<Figure> figures() {
        return figures;
    }

    public long seed() {
        return seed;
    }

    public Optional<Figure> find(String series, String region, Quarter quarter) {
        String period = quarter.toString();
        return figures.stream().filter(f -> f.series.equals(series) && f.region.equals(region)
                && f.period.equals(period)).findFirst();
    }

    /**
     * The poverty line of each region for applications in the quarter after the reference quarter's predecessor,
     * i.e. in the reference quarter: max(70 % of the regional ПМ, 35 % of the expected median income) of the
     * quarter before — the rule in force (order No. 473), with official figures where the law has them.
     */
    public Map<String, Long> povertyLines() {
        return povertyLines(Quarter.of(SyntheticCalendar.INCOME_MONTHS.get(0)));
    }

    /**
     * The poverty line of each region for incomes of the {@code measured} quarter (applications in the next one),
     * from the official or synthetic ПМ and median income of that quarter; before 2024-Q4 (no median in the rule
     * the generator aims at) 70 % of the ПМ. A history quarter's line the generator keeps families above.
     */
    public Map<String, Long> povertyLines(Quarter measured) {
        RegionalFigures known = ParameterBook.standard().regional();
        Quarter firstIncome = Quarter.of(SyntheticCalendar.INCOME_MONTHS.get(0));
        Map<String, Long> lines = new LinkedHashMap<>();
        for (RegionProfile region : RegionProfiles.all()) {
            double pm = known.find(FigureKind.SUBSISTENCE_MINIMUM, region.code(), FigurePeriod.of(measured))
                    .filter(f -> f.provenance().isActual()).map(f -> f.value().doubleValue())
                    .orElseGet(() -> (double) find(SUBSISTENCE_MINIMUM, region.code(), measured).orElseThrow().value());
            double median;
            if (measured.compareTo(firstIncome) >= 0) {
                median = medianIncome(region, measured);
            } else {
                median = known.find(FigureKind.MEDIAN_INCOME, region.code(), FigurePeriod.of(measured))
                        .filter(f -> f.provenance().isActual()).map(f -> f.value().doubleValue())
                        .or(() -> find(MEDIAN_INCOME, region.code(), measured).map(f -> (double) f.value()))
                        .orElse(0.0);
            }
            lines.put(region.code(), Math.round(Math.max(0.7 * pm, 0.35 * median)));
        }
        return lines;
    }

    private static boolean actual(RegionalFigures known, FigureKind kind, String region, Quarter q) {
        Optional<RegionalFigure> f = known.find(kind, region, FigurePeriod.of(q));
        return f.isPresent() && f.get().provenance().isActual();
    }

    /** National statistical ПМ of a quarter: official where known, else moved from the nearest official one. */
    static double nationalSubsistenceMinimum(RegionalFigures known, Quarter q) {
        Optional<RegionalFigure> exact = known.find(FigureKind.SUBSISTENCE_MINIMUM, Regions.NATIONAL, FigurePeriod.of(q));
        if (exact.isPresent() && exact.get().provenance().isActual()) {
            return exact.get().value().doubleValue();
        }
        RegionalFigure nearest = null;
        int best = Integer.MAX_VALUE;
        for (RegionalFigure f : known.all()) {
            if (f.known() && f.kind() == FigureKind.SUBSISTENCE_MINIMUM && f.region().equals(Regions.NATIONAL)
                    && f.period().isQuarter() && f.provenance().isActual()) {
                int dist = Math.abs(distance(f.period().quarter(), q));
                if (dist < best || (dist == best && f.period().quarter().compareTo(nearest.period().quarter()) > 0)) {
                    best = dist;
                    nearest = f;
                }
            }
        }
        if (nearest == null) {
            return 60_878 * Math.pow(QUARTERLY_GROWTH, distance(new Quarter(2025, 3), q));
        }
        return nearest.value().doubleValue() * Math.pow(QUARTERLY_GROWTH, distance(nearest.period().quarter(), q));
    }

    /** The region's ratio to the national figure in the official monthly figures both give (Aug, Sep 2025). */
    static Optional<Double> monthlyRatio(RegionalFigures known, String region) {
        double sum = 0;
        int n = 0;
        for (RegionalFigure f : known.all()) {
            if (!f.known() || f.kind() != FigureKind.SUBSISTENCE_MINIMUM || !f.region().equals(region)
                    || f.period().isQuarter() || !f.provenance().isActual()) {
                continue;
            }
            YearMonth month = f.period().month();
            Optional<RegionalFigure> national = known.find(FigureKind.SUBSISTENCE_MINIMUM, Regions.NATIONAL,
                    FigurePeriod.of(month));
            if (national.isPresent() && national.get().known()) {
                sum += f.value().divide(national.get().value(), 6, java.math.RoundingMode.HALF_UP).doubleValue();
                n++;
            }
        }
        return n == 0 ? Optional.empty() : Optional.of(sum / n);
    }

    /** Quarters from {@code from} to {@code to} (negative if {@code to} is earlier). */
    static int distance(Quarter from, Quarter to) {
        return (to.year() - from.year()) * 4 + to.quarter() - from.quarter();
    }

    static Quarter next(Quarter q) {
        return q.quarter() == 4 ? new Quarter(q.year() + 1, 1) : new Quarter(q.year(), q.quarter() + 1);
    }
}
