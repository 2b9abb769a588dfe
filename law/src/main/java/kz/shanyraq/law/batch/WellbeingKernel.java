package kz.shanyraq.law.batch;

import kz.shanyraq.law.assistance.PovertyLine;
import kz.shanyraq.law.family.IncomeType;
import kz.shanyraq.law.family.LoanKind;
import kz.shanyraq.law.family.Livestock;
import kz.shanyraq.law.family.RealEstate;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.law.parameter.ParameterUnknownException;
import kz.shanyraq.law.region.FigureKind;
import kz.shanyraq.law.region.FigurePeriod;
import kz.shanyraq.law.region.Quarter;
import kz.shanyraq.law.wellbeing.CompiledMethodology;
import kz.shanyraq.law.wellbeing.Feature;
import kz.shanyraq.law.wellbeing.Methodologies;
import kz.shanyraq.law.wellbeing.WellbeingFeatures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The well-being category (2025 reference methodology) and level (2023) of each family, column-wise: the feature
 * vector of {@link WellbeingFeatures} measured from the columns with the same definitions (income of the previous
 * quarter, working age by the able-bodied ages, assets held on the day, …) in whole-number arithmetic, then the
 * compiled fast path {@link CompiledMethodology#category(long[])}. Parameters and regional figures are resolved
 * once. A family whose areas are not whole ten-thousandths (never in registry data) is measured by
 * {@link WellbeingFeatures#measure} on the rebuilt family. The equality test compares both, feature by feature.
 */
final class WellbeingKernel {

    private static final int COUNT = Feature.COUNT;
    private static final int DWELLING = RealEstate.Kind.DWELLING.ordinal();
    private static final int MORTGAGE = LoanKind.MORTGAGE.ordinal();
    private static final int POULTRY = Livestock.Species.POULTRY.ordinal();
    private static final Livestock.Species[] SPECIES = Livestock.Species.values();
    private static final long MAX_BURDEN = 100_000;
    private static final int RECENT_VEHICLE_YEARS = 5;

    private final ParameterBook book;
    private final Law law;
    private final Day day;
    private final CompiledMethodology categories;
    private final CompiledMethodology levels;
    /** Whether every parameter all features need is given: otherwise nothing is scored (as the scoring does). */
    private final boolean measurable;
    private final long months;
    private final boolean[] excluded = new boolean[IncomeType.values().length];
    private final long minMonths;
    private final long menMonths;
    private final long womenMonths;
    private final long budgetPmCeiling;
    private final BigDecimal foodShare;
    /** The thresholds of the last population, kept with it in one reference: slices evaluated at once must never
     *  read one population's thresholds under another's (two separate fields could pair them wrongly). */
    private volatile PopulationThresholds thresholds;

    private record PopulationThresholds(Population population, Thresholds thresholds) {
    }

    /**
     * Per region code of the population (index 0 = no region), for the food share of the regional ПМ (row 0) and
     * the poverty line (row 1), × months: the value (null = cannot be determined, the feature is then unknown) and
     * the same as unscaled ÷ 10^scale for whole-number arithmetic (pow 0 = use the decimal); {@code factor} =
     * 1000 × pow and {@code limit}, the largest |income| whose income × factor fits a long (0: use the decimal).
     */
    private record Thresholds(BigDecimal[][] value, long[][] unscaled, long[][] pow, long[][] factor, long[][] limit) {
    }

    WellbeingKernel(ParameterBook book, Law law) {
        this.book = book;
        this.law = law;
        this.day = new Day(law.day());
        this.categories = Known.orNull(() -> Methodologies.categories2025().compile(law.day()));
        this.levels = Known.orNull(() -> Methodologies.levels2023().compile(law.day()));
        BigDecimal m = Known.orNull(() -> law.number("asp.income.quarter-months"));
        List<String> excludedTypes = Known.orNull(() -> law.codes("asp.income.excluded-types"));
        BigDecimal minAge = Known.orNull(() -> law.number("asp.able-bodied.min-age"));
        BigDecimal men = Known.orNull(() -> law.number("asp.able-bodied.pension-age", "male"));
        BigDecimal women = Known.orNull(() -> law.number("asp.able-bodied.pension-age", "female"));
        BigDecimal budgetPm = Known.orNull(() -> law.number("subsistence-minimum"));
        foodShare = Known.orNull(() -> law.number("wellbeing.food-share"));
        boolean whole = m != null && m.signum() > 0 && m.stripTrailingZeros().scale() <= 0;
        measurable = whole && excludedTypes != null && minAge != null && men != null && women != null
                && budgetPm != null;
        months = whole ? m.longValueExact() : 0;
        if (excludedTypes != null) {
            for (IncomeType t : IncomeType.values()) {
                excluded[t.ordinal()] = excludedTypes.contains(t.code());
            }
        }
        minMonths = minAge == null ? 0 : minAge.multiply(BigDecimal.valueOf(12)).longValueExact();
        menMonths = men == null ? 0 : yearsToMonths(men);
        womenMonths = women == null ? 0 : yearsToMonths(women);
        budgetPmCeiling = budgetPm == null ? 0 : budgetPm.setScale(0, RoundingMode.CEILING).longValueExact();
    }

    private static long yearsToMonths(BigDecimal years) {
        return years.multiply(BigDecimal.valueOf(12)).setScale(0, RoundingMode.CEILING).longValueExact();
    }

    Law law() {
        return law;
    }

    boolean scores() {
        return categories != null || levels != null;
    }

    /** Writes the category and level of families {@code from}–{@code to}. */
    void evaluate(Population p, int from, int to, BatchResult r, MemberScan s) {
        if (!scores()) {
            return;
        }
        if (!measurable) {
            for (int f = from; f < to; f++) {
                r.category[f] = CompiledMethodology.UNDETERMINED;
                r.level[f] = CompiledMethodology.UNDETERMINED;
            }
            return;
        }
        Thresholds t = thresholds(p);
        long[] v = new long[COUNT];
        for (int f = from; f < to; f++) {
            long[] features = measure(p, f, t, v, s) ? v : WellbeingFeatures.measure(p.family(f), day.date, book).values();
            r.category[f] = (byte) (categories == null ? 0 : categories.category(features));
            r.level[f] = (byte) (levels == null ? 0 : levels.category(features));
        }
    }

    /** The feature vector of family {@code f} (for the equality test). */
    long[] features(Population p, int f) {
        if (!measurable) {
            return null;
        }
        long[] v = new long[COUNT];
        MemberScan s = newScan(MemberScan.excludedIncome(law));
        s.scan(p, f, f + 1);
        return measure(p, f, thresholds(p), v, s) ? v : WellbeingFeatures.measure(p.family(f), day.date, book).values();
    }

    /**
     * Per region code of the population (index 0 = no region): the food share of the regional ПМ × months and the
     * poverty line × months, each null when it cannot be determined (the feature is then unknown).
     */
    private Thresholds thresholds(Population p) {
        PopulationThresholds cached = thresholds;
        if (cached != null && cached.population() == p) {
            return cached.thresholds();
        }
        BigDecimal[][] t = new BigDecimal[2][p.regions.length + 1];
        Quarter measured = Quarter.of(day.date).previous();
        BigDecimal m = BigDecimal.valueOf(months);
        for (int i = 0; i <= p.regions.length; i++) {
            String region = i == 0 ? null : p.regions[i - 1];
            if (foodShare != null) {
                try {
                    BigDecimal pm = law.regional().require(FigureKind.SUBSISTENCE_MINIMUM, region,
                            FigurePeriod.of(measured), day.date).value();
                    t[0][i] = m.multiply(foodShare.multiply(pm));
                } catch (ParameterUnknownException e) {
                    t[0][i] = null;
                }
            }
            BigDecimal line = Known.orNull(() -> PovertyLine.of(law, region));
            t[1][i] = line == null ? null : m.multiply(line);
        }
        long[][] unscaled = new long[2][t[0].length];
        long[][] pow = new long[2][t[0].length];
        for (int k = 0; k < 2; k++) {
            for (int i = 0; i < t[k].length; i++) {
                BigDecimal x = t[k][i];
                if (x != null && x.scale() >= 0 && x.scale() <= 6 && x.unscaledValue().bitLength() < 40) {
                    unscaled[k][i] = x.unscaledValue().longValueExact();
                    pow[k][i] = BigDecimal.ONE.movePointRight(x.scale()).longValueExact();
                }
            }
        }
        long[][] factor = new long[2][t[0].length];
        long[][] limit = new long[2][t[0].length];
        for (int k = 0; k < 2; k++) {
            for (int i = 0; i < t[k].length; i++) {
                if (pow[k][i] > 0 && t[k][i].signum() != 0) {
                    factor[k][i] = 1000L * pow[k][i]; // pow ≤ 10^6
                    limit[k][i] = Long.MAX_VALUE / factor[k][i];
                }
            }
        }
        Thresholds made = new Thresholds(t, unscaled, pow, factor, limit);
        thresholds = new PopulationThresholds(p, made);
        return made;
    }

    /** Fills {@code v}; false when the family needs the object measurement (an area not in ten-thousandths). */
    private boolean measure(Population p, int f, Thresholds t, long[] v, MemberScan scan) {
        int first = p.memberStart[f];
        int last = p.memberStart[f + 1];
        int n = last - first;
        int persons = Math.max(n, 1);
        v[Feature.MEMBERS.ordinal()] = n;

        // ---- income of the previous quarter, and who had any (counted once for the block by the scan)
        if (n > 64) {
            return false;
        }
        long income = scan.quarterIncome[f - scan.from];
        long withIncome = scan.withIncome[f - scan.from]; // bit per local member index
        long perCapita = Whole.floorDiv(income, months * persons);
        v[Feature.PER_CAPITA_INCOME.ordinal()] = perCapita;
        int region = p.region[f] + 1;
        v[Feature.INCOME_TO_FOOD_PM.ordinal()] = permille(income, t, 0, region, persons);
        v[Feature.INCOME_TO_POVERTY_LINE.ordinal()] = permille(income, t, 1, region, persons);

        // ---- composition, work, health: counted by the scan in its member pass
        long ca = scan.countsA[f - scan.from];
        long cb = scan.countsB[f - scan.from];
        int children = lane(ca, MemberScan.CHILDREN);
        int pension = lane(ca, MemberScan.PENSION_AGE);
        int workingAge = lane(ca, MemberScan.WORKING_AGE);
        int working = lane(ca, MemberScan.WORKING);
        int workingNot = lane(ca, MemberScan.WORKING_NOT);
        int dependants = lane(ca, MemberScan.DEPENDANTS);
        int g1 = lane(ca, MemberScan.GROUP_1);
        int g2 = lane(ca, MemberScan.GROUP_2);
        int g3 = lane(cb, MemberScan.GROUP_3);
        int disabledChildren = lane(cb, MemberScan.DISABLED_CHILDREN);
        int ill = lane(cb, MemberScan.ILL);
        int studying = lane(cb, MemberScan.STUDYING);
        int able = lane(cb, MemberScan.ABLE);
        int idle = lane(cb, MemberScan.IDLE);
        int youthIdle = lane(cb, MemberScan.YOUTH_IDLE);
        v[Feature.CHILDREN.ordinal()] = children;
        v[Feature.PENSION_AGE.ordinal()] = pension;
        v[Feature.WORKING_AGE.ordinal()] = workingAge;
        v[Feature.WORKING_AGE_WORKING.ordinal()] = working;
        v[Feature.WORKING_AGE_NOT_WORKING.ordinal()] = workingNot;
        v[Feature.DEPENDANTS.ordinal()] = dependants;
        v[Feature.DEPENDENCY_LOAD.ordinal()] = Whole.floorDiv((n - working) * 1000L, Math.max(working, 1));
        v[Feature.DISABILITY_GROUP_1.ordinal()] = g1;
        v[Feature.DISABILITY_GROUP_2.ordinal()] = g2;
        v[Feature.DISABILITY_GROUP_3.ordinal()] = g3;
        v[Feature.DISABLED_CHILDREN.ordinal()] = disabledChildren;
        v[Feature.LONG_ILLNESS.ordinal()] = ill;
        v[Feature.STUDYING.ordinal()] = studying;
        v[Feature.ABLE_TO_WORK.ordinal()] = able;
        v[Feature.IDLE_WITHOUT_REASON.ordinal()] = idle;
        v[Feature.YOUTH_NOT_IN_EDUCATION.ordinal()] = youthIdle;

        // ---- property held on the day
        int dwellings = 0, commercial = 0;
        long areaE4 = 0;
        for (int i = p.estateStart[f]; i < p.estateStart[f + 1]; i++) {
            if (!held(p.estateFrom[i], p.estateUntil[i])) {
                continue;
            }
            if (p.estateKind[i] == DWELLING) {
                dwellings++;
                if (p.estateArea[i] != null) {
                    if (p.estateAreaE4[i] == Population.NO_E4) {
                        return false;
                    }
                    areaE4 += p.estateAreaE4[i];
                }
            } else {
                commercial++;
            }
        }
        v[Feature.DWELLINGS.ordinal()] = dwellings;
        v[Feature.LIVING_AREA_PER_PERSON.ordinal()] = Whole.floorDiv(areaE4, 10_000L * persons);
        v[Feature.COMMERCIAL_PROPERTIES.ordinal()] = commercial;
        int vehicles = 0;
        int newestYear = Integer.MIN_VALUE;
        for (int i = p.vehicleStart[f]; i < p.vehicleStart[f + 1]; i++) {
            if (held(p.vehicleFrom[i], p.vehicleUntil[i])) {
                vehicles++;
                if (p.vehicleMade[i] != Population.NO_INT) {
                    newestYear = Math.max(newestYear, p.vehicleMade[i]);
                }
            }
        }
        v[Feature.VEHICLES.ordinal()] = vehicles;
        long newestAge = newestYear == Integer.MIN_VALUE ? -1 : Math.max(0, day.date.getYear() - newestYear);
        v[Feature.NEWEST_VEHICLE_AGE.ordinal()] = newestAge;
        long hectaresE4 = 0;
        for (int i = p.landStart[f]; i < p.landStart[f + 1]; i++) {
            if (held(p.landFrom[i], p.landUntil[i])) {
                if (p.landHectaresE4[i] == Population.NO_E4) {
                    return false;
                }
                hectaresE4 += p.landHectaresE4[i];
            }
        }
        v[Feature.LAND_ARES.ordinal()] = Math.floorDiv(hectaresE4, 100);
        long large = 0, small = 0;
        // Usually one count per species (a herd under the head): then each count is the latest of its member and
        // species, and the pairwise search for a later count is not needed.
        long speciesSeen = 0;
        boolean repeated = false;
        for (int i = p.livestockStart[f]; i < p.livestockStart[f + 1]; i++) {
            int species = p.livestockSpecies[i];
            if (species < 0) {
                return false;
            }
            long bit = 1L << species;
            repeated |= species >= 64 || (speciesSeen & bit) != 0;
            speciesSeen |= bit;
        }
        for (int i = p.livestockStart[f]; i < p.livestockStart[f + 1]; i++) {
            if (p.livestockAsOf[i] > day.epoch || (repeated && !latest(p, f, i))) {
                continue;
            }
            Livestock.Species species = SPECIES[p.livestockSpecies[i]];
            if (species.large()) {
                large += p.livestockHead[i];
            } else if (p.livestockSpecies[i] != POULTRY) {
                small += p.livestockHead[i];
            }
        }
        v[Feature.LARGE_LIVESTOCK.ordinal()] = large;
        v[Feature.SMALL_LIVESTOCK.ordinal()] = small;

        // ---- loans
        int nonMortgage = 0;
        long payments = 0;
        for (int l = p.loanStart[f]; l < p.loanStart[f + 1]; l++) {
            if (p.loanOpened[l] > day.epoch || (p.loanClosed[l] != Population.NO_DAY && p.loanClosed[l] <= day.epoch)) {
                continue;
            }
            nonMortgage += p.loanKind[l] == MORTGAGE ? 0 : 1;
            payments += p.loanPayment[l] == Population.NO_LONG ? 0 : p.loanPayment[l];
        }
        v[Feature.NON_MORTGAGE_LOANS.ordinal()] = nonMortgage;
        long monthlyCentis = Whole.floorDiv(income * 100, months);
        v[Feature.LOAN_BURDEN.ordinal()] = payments == 0 ? 0 : monthlyCentis == 0 ? MAX_BURDEN
                : Math.min(MAX_BURDEN, Whole.floorDiv(payments * 100_000, monthlyCentis));

        // ---- potentially hidden income
        boolean assetsHeld = dwellings >= 2 || commercial >= 1 || (newestAge >= 0 && newestAge <= RECENT_VEHICLE_YEARS);
        boolean inconsistent = assetsHeld && perCapita < budgetPmCeiling;
        v[Feature.ASSETS_INCONSISTENT.ordinal()] = inconsistent ? 1 : 0;
        v[Feature.HIDDEN_INCOME_SIGNS.ordinal()] = idle + (inconsistent ? 1 : 0);
        return true;
    }

    private static int lane(long packed, int shift) {
        return (int) (packed >>> shift) & 0xFF;
    }

    /** A member scan for this day that also makes the member counts of the features. */
    MemberScan newScan(boolean[] excludedIncome) {
        return new MemberScan(day, excludedIncome, measurable, minMonths, menMonths, womenMonths);
    }

    private boolean held(int from, int until) {
        return (from == Population.NO_DAY || from <= day.epoch) && (until == Population.NO_DAY || until > day.epoch);
    }

    /** Whether count {@code i} is the one kept for its member and species: the latest by the day, the last of ties. */
    private boolean latest(Population p, int f, int i) {
        for (int j = p.livestockStart[f]; j < p.livestockStart[f + 1]; j++) {
            if (j == i || p.livestockAsOf[j] > day.epoch || p.livestockSpecies[j] != p.livestockSpecies[i]
                    || p.livestockMemberId[j] != p.livestockMemberId[i]) {
                continue;
            }
            if (p.livestockAsOf[j] > p.livestockAsOf[i] || (p.livestockAsOf[j] == p.livestockAsOf[i] && j > i)) {
                return false;
            }
        }
        return true;
    }

    /** Quarter income × 1000 ÷ (threshold × persons), floor; 0 for a zero threshold; unknown without one. */
    private static long permille(long income, Thresholds t, int k, int region, int persons) {
        long limit = t.limit()[k][region];
        if (income <= limit && income >= -limit && limit > 0) {
            // income × 1000 × pow fits a long, and unscaled (< 2^40) × persons (≤ 64) too: no overflow to check
            return Whole.floorDiv(income * t.factor()[k][region], t.unscaled()[k][region] * persons);
        }
        BigDecimal perPerson = t.value()[k][region];
        if (perPerson == null) {
            return Feature.UNKNOWN;
        }
        if (perPerson.signum() == 0) {
            return 0;
        }
        long pow = t.pow()[k][region];
        if (pow > 0) {
            try {
                return Whole.floorDiv(Math.multiplyExact(Math.multiplyExact(income, 1000L), pow),
                        Math.multiplyExact(t.unscaled()[k][region], (long) persons));
            } catch (ArithmeticException e) {
                // beyond a long: the exact decimal below
            }
        }
        return BigDecimal.valueOf(income).multiply(BigDecimal.valueOf(1000))
                .divide(perPerson.multiply(BigDecimal.valueOf(persons)), 0, RoundingMode.FLOOR).longValueExact();
    }
}
