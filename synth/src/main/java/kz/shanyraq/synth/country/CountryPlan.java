package kz.shanyraq.synth.country;

import kz.shanyraq.law.region.Quarter;
import kz.shanyraq.synth.figures.SyntheticRegionalFigures;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many families each region gets and how they are cut into chunks. A region's family count is its population
 * (seed-figures.md §1) times the scale, divided by the mean family size the generator produces there (estimated
 * once from a fixed sample), so regional populations come out in the table's proportions.
 */
public final class CountryPlan {

    /** Above this the IIN serial space of a birth date could run out (50 M persons would need more chunks). */
    public static final double MAX_SCALE = 2.0;
    private static final int TARGET_CHUNKS = 800;
    private static final int MIN_CHUNK = 2048;
    private static final int SIZE_SAMPLE = 6000;
    private static final Map<String, Double> MEAN_SIZE = new ConcurrentHashMap<>();

    private final double scale;
    private final long seed;
    private final List<Chunk> chunks;
    private final Map<String, Integer> families;
    private final Map<String, Long> povertyLines;
    private final YearMonth historyFrom;
    private final List<YearMonth> historyMonths;
    private final Map<Quarter, Map<String, Long>> historyPovertyLines;

    private CountryPlan(double scale, long seed, List<Chunk> chunks, Map<String, Integer> families,
                        Map<String, Long> povertyLines, YearMonth historyFrom,
                        Map<Quarter, Map<String, Long>> historyPovertyLines) {
        this.scale = scale;
        this.seed = seed;
        this.chunks = chunks;
        this.families = families;
        this.povertyLines = povertyLines;
        this.historyFrom = historyFrom;
        this.historyMonths = SyntheticCalendar.historyMonths(historyFrom);
        this.historyPovertyLines = historyPovertyLines;
    }

    /**
     * The plan of a country whose incomes start in {@code historyFrom}: the history months get incomes too, and a
     * family not drawn as poor is kept above the poverty line of each history quarter (from the figures).
     */
    public static CountryPlan of(double scale, long seed, SyntheticRegionalFigures figures, YearMonth historyFrom) {
        CountryPlan plan = of(scale, seed, figures.povertyLines());
        Map<Quarter, Map<String, Long>> lines = new LinkedHashMap<>();
        for (YearMonth m : SyntheticCalendar.historyMonths(historyFrom)) {
            lines.computeIfAbsent(Quarter.of(m.atDay(1)), figures::povertyLines);
        }
        return new CountryPlan(scale, seed, plan.chunks, plan.families, plan.povertyLines, historyFrom,
                Collections.unmodifiableMap(lines));
    }

    /**
     * @param povertyLines the poverty line of each region for applications in the quarter after the reference
     *                     date (₸ per person per month), which the generator keeps families above or below
     * @return a plan without history: incomes of the six reference months only
     */
    public static CountryPlan of(double scale, long seed, Map<String, Long> povertyLines) {
        if (!(scale > 0) || scale > MAX_SCALE || Double.isNaN(scale)) {
            throw new IllegalArgumentException("scale must be above 0 and at most " + MAX_SCALE + " (1.0 = the whole"
                    + " country, about 20 million persons), not " + scale);
        }
        Map<String, Integer> families = new LinkedHashMap<>();
        long total = 0;
        for (RegionProfile r : RegionProfiles.all()) {
            int n = (int) Math.max(1, Math.round(scale * r.population() * 1000 / meanFamilySize(r)));
            families.put(r.code(), n);
            total += n;
        }
        int chunkSize = (int) Math.max(MIN_CHUNK, (total + TARGET_CHUNKS - 1) / TARGET_CHUNKS);
        List<Chunk> chunks = new ArrayList<>();
        long first = 1;
        for (RegionProfile r : RegionProfiles.all()) {
            int n = families.get(r.code());
            int parts = (n + chunkSize - 1) / chunkSize;
            for (int p = 0; p < parts; p++) {
                int size = n / parts + (p < n % parts ? 1 : 0);
                chunks.add(new Chunk(chunks.size(), r, size, first));
                first += size;
            }
        }
        return new CountryPlan(scale, seed, List.copyOf(chunks), Collections.unmodifiableMap(families),
                Map.copyOf(povertyLines), SyntheticCalendar.INCOME_MONTHS.get(0), Map.of());
    }

    /** Mean number of members of a family of the region, from a fixed sample of the generator's families. */
    static double meanFamilySize(RegionProfile region) {
        return MEAN_SIZE.computeIfAbsent(region.code(), code -> {
            Draw d = Draw.stream(0x5EED_F00DL, RegionProfiles.all().indexOf(region));
            HouseholdComposer composer = new HouseholdComposer(d, region, (birth, female) -> {
                Resident r = new Resident();
                r.birth = birth;
                r.female = female;
                return r;
            });
            long members = 0;
            for (int i = 0; i < SIZE_SAMPLE; i++) {
                members += composer.compose(i, d.chance(1 - region.urbanShare())).current().size();
            }
            return members / (double) SIZE_SAMPLE;
        });
    }

    public double scale() {
        return scale;
    }

    public long seed() {
        return seed;
    }

    public List<Chunk> chunks() {
        return chunks;
    }

    public Map<String, Integer> familiesByRegion() {
        return families;
    }

    public long families() {
        return families.values().stream().mapToLong(Integer::longValue).sum();
    }

    public Map<String, Long> povertyLines() {
        return povertyLines;
    }

    /** The first month with incomes (July 2026: no history). */
    public YearMonth historyFrom() {
        return historyFrom;
    }

    /** The months with incomes before the six reference months, in order. */
    public List<YearMonth> historyMonths() {
        return historyMonths;
    }

    /** The poverty line of each region for incomes of a history quarter (applications in the next quarter). */
    public Map<Quarter, Map<String, Long>> historyPovertyLines() {
        return historyPovertyLines;
    }
}
