package kz.shanyraq.law.wellbeing;

import kz.shanyraq.law.assistance.PerCapitaIncome;
import kz.shanyraq.law.assistance.PovertyLine;
import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Income;
import kz.shanyraq.law.family.LandPlot;
import kz.shanyraq.law.family.Livestock;
import kz.shanyraq.law.family.Loan;
import kz.shanyraq.law.family.LoanKind;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.family.RealEstate;
import kz.shanyraq.law.family.Sex;
import kz.shanyraq.law.family.Vehicle;
import kz.shanyraq.law.measure.Calculation;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.law.parameter.ParameterUnknownException;
import kz.shanyraq.law.region.FigureKind;
import kz.shanyraq.law.region.FigurePeriod;
import kz.shanyraq.law.region.Quarter;
import kz.shanyraq.law.region.RegionalFigure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link Feature}s of one family on one day, measured from the family document and the law of that day.
 *
 * <p>Income is the family's counted income of the quarter preceding the quarter of the day (as for targeted social
 * assistance: {@link PerCapitaIncome}); the poverty line is {@link PovertyLine}; the food share of the regional ПМ
 * is {@code wellbeing.food-share} × the statistical regional ПМ of that preceding quarter. Working age is from
 * {@code asp.able-bodied.min-age} to below {@code asp.able-bodied.pension-age} of the member's sex. A value that
 * needs a figure not loaded is {@link Feature#UNKNOWN}, with the reason kept in {@link #unknownReasons()}.
 */
public final class WellbeingFeatures {

    private static final Text FOOD_PM = Text.of("Продовольственная часть ПМ региона", "Өңірлік ЕТКД азық-түлік бөлігі",
            "Food share of the regional ПМ");

    private final LocalDate on;
    private final long[] values;
    private final Map<Feature, String> unknown;

    private WellbeingFeatures(LocalDate on, long[] values, Map<Feature, String> unknown) {
        this.on = on;
        this.values = values;
        this.unknown = Collections.unmodifiableMap(unknown);
    }

    /** Measures every feature of a family on a day (nothing recorded for an explanation). */
    public static WellbeingFeatures measure(Family family, LocalDate on, ParameterBook book) {
        return measure(Calculation.start(ScoringMeasure.INSTANCE, family.id(), book.on(on), false), family);
    }

    /** Measures every feature, recording parameters and steps in the calculation when it explains. */
    static WellbeingFeatures measure(Calculation c, Family family) {
        return new Measuring(c, family).run();
    }

    /** A feature vector built directly (tests, a batch engine checking itself against this class). */
    public static WellbeingFeatures of(LocalDate on, long[] values) {
        if (values.length != Feature.COUNT) {
            throw new IllegalArgumentException("a feature vector has " + Feature.COUNT + " values, not " + values.length);
        }
        Map<Feature, String> unknown = new EnumMap<>(Feature.class);
        for (Feature f : Feature.values()) {
            if (values[f.ordinal()] == Feature.UNKNOWN) {
                unknown.put(f, "given as unknown");
            }
        }
        return new WellbeingFeatures(on, values.clone(), unknown);
    }

    public LocalDate on() {
        return on;
    }

    /** The value of a feature, or {@link Feature#UNKNOWN}. */
    public long get(Feature feature) {
        return values[feature.ordinal()];
    }

    public boolean known(Feature feature) {
        return values[feature.ordinal()] != Feature.UNKNOWN;
    }

    /** A copy of the vector, indexed by {@link Feature#ordinal()}. */
    public long[] values() {
        return values.clone();
    }

    /** Why each unknown feature is unknown (the figure or parameter that is missing). */
    public Map<Feature, String> unknownReasons() {
        return unknown;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("WellbeingFeatures[" + on);
        for (Feature f : Feature.values()) {
            s.append(", ").append(f.code()).append('=').append(known(f) ? String.valueOf(get(f)) : "unknown");
        }
        return s.append(']').toString();
    }

    /** One measurement: keeps the intermediate values the features share. */
    private static final class Measuring {
        private final Calculation c;
        private final Family family;
        private final LocalDate day;
        private final long[] v = new long[Feature.COUNT];
        private final Map<Feature, String> unknown = new EnumMap<>(Feature.class);

        Measuring(Calculation c, Family family) {
            this.c = c;
            this.family = family;
            this.day = c.day();
        }

        WellbeingFeatures run() {
            List<Member> members = family.members();
            int n = members.size();
            set(Feature.MEMBERS, n);
            Quarter measured = Quarter.of(day).previous();

            // ---- income ------------------------------------------------------------------------------------
            BigDecimal quarterIncome = PerCapitaIncome.countedIncome(c, family, measured);
            BigDecimal months = c.number("asp.income.quarter-months");
            BigDecimal personMonths = months.multiply(BigDecimal.valueOf(Math.max(n, 1)));
            long perCapita = quarterIncome.divide(personMonths, 0, RoundingMode.FLOOR).longValueExact();
            step(Feature.PER_CAPITA_INCOME, "quarter income ÷ members ÷ months = " + quarterIncome.toPlainString()
                    + " ÷ " + n + " ÷ " + months.toPlainString(), perCapita);
            try {
                RegionalFigure pm = c.law().regional().require(FigureKind.SUBSISTENCE_MINIMUM, family.region(),
                        FigurePeriod.of(measured), day);
                BigDecimal share = c.number("wellbeing.food-share");
                BigDecimal food = c.step("wellbeing.food-pm", FOOD_PM, share.toPlainString() + " × "
                        + pm.value().toPlainString() + " (" + pm.describe() + ", " + pm.origin() + ")",
                        share.multiply(pm.value()));
                permille(Feature.INCOME_TO_FOOD_PM, quarterIncome, personMonths.multiply(food));
            } catch (ParameterUnknownException e) {
                unknown(Feature.INCOME_TO_FOOD_PM, e);
            }
            try {
                BigDecimal line = PovertyLine.determine(c, family.region());
                permille(Feature.INCOME_TO_POVERTY_LINE, quarterIncome, personMonths.multiply(line));
            } catch (ParameterUnknownException e) {
                unknown(Feature.INCOME_TO_POVERTY_LINE, e);
            }

            // ---- composition, work, health ------------------------------------------------------------------
            long minMonths = c.number("asp.able-bodied.min-age").multiply(BigDecimal.valueOf(12)).longValueExact();
            long menMonths = months(c.number("asp.able-bodied.pension-age", "male"));
            long womenMonths = months(c.number("asp.able-bodied.pension-age", "female"));
            Set<String> withIncome = new HashSet<>();
            for (Income i : family.incomes()) {
                if (measured.contains(i.month()) && i.amount() > 0) {
                    withIncome.add(i.memberId());
                }
            }
            int children = 0, pension = 0, working = 0, workingAge = 0, workingNot = 0, dependants = 0;
            int g1 = 0, g2 = 0, g3 = 0, disabledChildren = 0, ill = 0, studying = 0, able = 0, idle = 0;
            int youthIdle = 0;
            for (Member m : members) {
                long age = m.ageInMonthsOn(day);
                if (age >= YOUTH_FROM * 12 && age < YOUTH_UNTIL * 12 && !m.studyingFullTimeOn(day)
                        && (m.employment() == null || !m.employment().employed())) {
                    youthIdle++;
                }
                boolean child = age < 18 * 12;
                long pensionMonths = m.sex() == Sex.FEMALE ? womenMonths : menMonths;
                boolean pensionAge = age >= pensionMonths;
                boolean isWorkingAge = age >= minMonths && !pensionAge;
                boolean disabled = m.disabledOn(day);
                Integer group = disabled ? m.disability().group() : null;
                boolean severe = group != null && group <= 2;
                boolean employed = m.employment() != null && m.employment().employed();
                boolean studies = m.studyingFullTimeOn(day);
                children += child ? 1 : 0;
                pension += pensionAge ? 1 : 0;
                if (disabled) {
                    if (child || group == null) {
                        disabledChildren++;
                    } else if (group == 1) {
                        g1++;
                    } else if (group == 2) {
                        g2++;
                    } else {
                        g3++;
                    }
                }
                ill += m.longIllness() ? 1 : 0;
                studying += studies ? 1 : 0;
                if (child || pensionAge || (isWorkingAge && severe)) {
                    dependants++;
                }
                if (isWorkingAge) {
                    workingAge++;
                    if (employed) {
                        working++;
                    } else {
                        workingNot++;
                    }
                    boolean canWork = !severe && !m.longIllness() && !studies;
                    if (canWork) {
                        able++;
                        boolean registered = m.employment() != null && m.employment().registeredUnemployedOn() != null
                                && !m.employment().registeredUnemployedOn().isAfter(day);
                        boolean cares = !m.caresFor().isEmpty() || m.maternity() != null;
                        if (!employed && !registered && !cares && !withIncome.contains(m.id())) {
                            idle++;
                        }
                    }
                }
            }
            set(Feature.CHILDREN, children);
            set(Feature.PENSION_AGE, pension);
            set(Feature.WORKING_AGE, workingAge);
            set(Feature.WORKING_AGE_WORKING, working);
            set(Feature.WORKING_AGE_NOT_WORKING, workingNot);
            set(Feature.DEPENDANTS, dependants);
            step(Feature.DEPENDENCY_LOAD, "(members − working) × 1000 ÷ max(working, 1) = (" + n + " − " + working
                    + ") × 1000 ÷ " + Math.max(working, 1), (n - working) * 1000L / Math.max(working, 1));
            set(Feature.DISABILITY_GROUP_1, g1);
            set(Feature.DISABILITY_GROUP_2, g2);
            set(Feature.DISABILITY_GROUP_3, g3);
            set(Feature.DISABLED_CHILDREN, disabledChildren);
            set(Feature.LONG_ILLNESS, ill);
            set(Feature.STUDYING, studying);
            set(Feature.ABLE_TO_WORK, able);
            set(Feature.IDLE_WITHOUT_REASON, idle);
            set(Feature.YOUTH_NOT_IN_EDUCATION, youthIdle);

            // ---- property ----------------------------------------------------------------------------------
            int dwellings = 0, commercial = 0;
            BigDecimal area = BigDecimal.ZERO;
            for (RealEstate r : family.assets().realEstate()) {
                if (!r.heldOn(day)) {
                    continue;
                }
                if (r.kind() == RealEstate.Kind.DWELLING) {
                    dwellings++;
                    area = r.areaM2() == null ? area : area.add(r.areaM2());
                } else {
                    commercial++;
                }
            }
            set(Feature.DWELLINGS, dwellings);
            step(Feature.LIVING_AREA_PER_PERSON, "dwelling area ÷ members = " + area.toPlainString() + " ÷ " + n,
                    area.divide(BigDecimal.valueOf(Math.max(n, 1)), 0, RoundingMode.FLOOR).longValueExact());
            set(Feature.COMMERCIAL_PROPERTIES, commercial);
            int vehicles = 0;
            int newestYear = Integer.MIN_VALUE;
            for (Vehicle x : family.assets().vehicles()) {
                if (x.heldOn(day)) {
                    vehicles++;
                    if (x.madeYear() != null) {
                        newestYear = Math.max(newestYear, x.madeYear());
                    }
                }
            }
            set(Feature.VEHICLES, vehicles);
            long newestAge = newestYear == Integer.MIN_VALUE ? -1 : Math.max(0, day.getYear() - newestYear);
            set(Feature.NEWEST_VEHICLE_AGE, newestAge);
            BigDecimal hectares = BigDecimal.ZERO;
            for (LandPlot p : family.assets().landPlots()) {
                if (p.heldOn(day)) {
                    hectares = hectares.add(p.hectares());
                }
            }
            set(Feature.LAND_ARES, hectares.movePointRight(2).setScale(0, RoundingMode.FLOOR).longValueExact());
            // the latest count on or before the day, per member and species
            Map<String, Livestock> latest = new HashMap<>();
            for (Livestock l : family.assets().livestock()) {
                if (l.asOf().isAfter(day)) {
                    continue;
                }
                latest.merge(l.memberId() + "/" + l.species(), l, (a, b) -> a.asOf().isAfter(b.asOf()) ? a : b);
            }
            long large = 0, small = 0;
            for (Livestock l : latest.values()) {
                if (l.species().large()) {
                    large += l.head();
                } else if (l.species() != Livestock.Species.POULTRY) {
                    small += l.head();
                }
            }
            set(Feature.LARGE_LIVESTOCK, large);
            set(Feature.SMALL_LIVESTOCK, small);

            // ---- loans -------------------------------------------------------------------------------------
            int nonMortgage = 0;
            long payments = 0;
            for (Loan l : family.loans()) {
                if (!l.outstandingOn(day)) {
                    continue;
                }
                nonMortgage += l.kind() == LoanKind.MORTGAGE ? 0 : 1;
                payments += l.monthlyPayment() == null ? 0 : l.monthlyPayment();
            }
            set(Feature.NON_MORTGAGE_LOANS, nonMortgage);
            BigDecimal monthlyIncome = quarterIncome.divide(months, 2, RoundingMode.FLOOR);
            long burden = payments == 0 ? 0 : monthlyIncome.signum() == 0 ? MAX_BURDEN
                    : Math.min(MAX_BURDEN, BigDecimal.valueOf(payments * 1000L)
                            .divide(monthlyIncome, 0, RoundingMode.FLOOR).longValueExact());
            step(Feature.LOAN_BURDEN, "monthly payments × 1000 ÷ monthly income (at most " + MAX_BURDEN + ") = "
                    + payments + " × 1000 ÷ " + monthlyIncome.toPlainString(), burden);

            // ---- potentially hidden income -----------------------------------------------------------------
            BigDecimal budgetPm = c.number("subsistence-minimum");
            boolean assetsHeld = dwellings >= 2 || commercial >= 1 || (newestAge >= 0 && newestAge <= RECENT_VEHICLE_YEARS);
            boolean inconsistent = assetsHeld && BigDecimal.valueOf(perCapita).compareTo(budgetPm) < 0;
            step(Feature.ASSETS_INCONSISTENT, "(2+ dwellings or commercial property or a vehicle at most "
                    + RECENT_VEHICLE_YEARS + " years old) and per-capita income " + perCapita + " < budget ПМ "
                    + budgetPm.toPlainString(), inconsistent ? 1 : 0);
            step(Feature.HIDDEN_INCOME_SIGNS, "idle without reason + assets inconsistent = " + idle + " + "
                    + (inconsistent ? 1 : 0), idle + (inconsistent ? 1 : 0));
            return new WellbeingFeatures(day, v, unknown);
        }

        private void permille(Feature f, BigDecimal quarterIncome, BigDecimal quarterThreshold) {
            long value = quarterThreshold.signum() == 0 ? 0 : quarterIncome.multiply(BigDecimal.valueOf(1000))
                    .divide(quarterThreshold, 0, RoundingMode.FLOOR).longValueExact();
            step(f, "quarter income × 1000 ÷ (threshold × members × months) = " + quarterIncome.toPlainString()
                    + " × 1000 ÷ " + quarterThreshold.stripTrailingZeros().toPlainString(), value);
        }

        private void unknown(Feature f, ParameterUnknownException e) {
            v[f.ordinal()] = Feature.UNKNOWN;
            unknown.put(f, e.getMessage());
        }

        private void set(Feature f, long value) {
            v[f.ordinal()] = value;
            if (c.explaining()) {
                c.step("feature." + f.code(), f.title(), null, BigDecimal.valueOf(value));
            }
        }

        private void step(Feature f, String formula, long value) {
            v[f.ordinal()] = value;
            if (c.explaining()) {
                c.step("feature." + f.code(), f.title(), formula, BigDecimal.valueOf(value));
            }
        }

        private static long months(BigDecimal years) {
            return years.multiply(BigDecimal.valueOf(12)).setScale(0, RoundingMode.CEILING).longValueExact();
        }
    }

    /** Loan burden is capped (‰) so that a family with payments and no income has a finite, comparable value. */
    static final long MAX_BURDEN = 100_000;
    /** A vehicle at most this many years old counts as an asset inconsistent with an income below the ПМ. */
    static final int RECENT_VEHICLE_YEARS = 5;
    /** Young members from this age to below {@link #YOUTH_UNTIL} count for {@link Feature#YOUTH_NOT_IN_EDUCATION}. */
    static final int YOUTH_FROM = 16;
    static final int YOUTH_UNTIL = 23;

}
