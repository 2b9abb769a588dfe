package kz.shanyraq.law.wellbeing;

import kz.shanyraq.law.family.Assets;
import kz.shanyraq.law.family.Disability;
import kz.shanyraq.law.family.DisabilityCause;
import kz.shanyraq.law.family.Employment;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Income;
import kz.shanyraq.law.family.IncomeType;
import kz.shanyraq.law.family.Locality;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.family.RealEstate;
import kz.shanyraq.law.family.Relation;
import kz.shanyraq.law.family.Sex;
import kz.shanyraq.law.family.Vehicle;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.law.wellbeing.Methodology.Band;
import kz.shanyraq.law.wellbeing.Methodology.Criterion;
import kz.shanyraq.law.wellbeing.Methodology.MethodologyVersion;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Families and a law book for the well-being tests. The regional figures are INVENTED test data (loaded as an
 * operator would): KZ-35 2025-Q2 ПМ 52 000 ₸, median income 95 000 ₸. Scored on 2025-08-01 the previous quarter is
 * 2025-Q2: food share 0.55 × 52 000 = 28 600 ₸; poverty line max(35 % × 95 000; 70 % × 52 000) = 36 400 ₸.
 */
final class WellbeingFixtures {

    static final LocalDate ON = LocalDate.of(2025, 8, 1);
    static final String REGION = "KZ-35";
    static final ParameterBook BOOK = ParameterBook.builder().addShipped().addRegional("wellbeing-test.yaml",
            new StringReader("""
                    provenance: operator
                    note: Invented figures for the well-being tests.
                    regional-figures:
                      - figure: subsistence-minimum
                        period: quarter
                        status: unverified
                        sources: ["test data"]
                        values:
                          2025-Q2: {KZ-35: 52000}
                      - figure: median-income
                        period: quarter
                        status: unverified
                        sources: ["test data"]
                        values:
                          2025-Q2: {KZ-35: 95000}
                    """)).build();

    private WellbeingFixtures() {
    }

    static Member adult(String id, int bornYear, Sex sex, boolean employed) {
        return new Member(id, null, LocalDate.of(bornYear, 3, 1), sex, id.equals("m1") ? Relation.HEAD : Relation.SPOUSE,
                null, null, null, null, null, null, null, new Employment(employed, null, null), null, false, null);
    }

    static Member child(String id, int bornYear) {
        return new Member(id, null, LocalDate.of(bornYear, 5, 1), Sex.MALE, Relation.CHILD, null, null, null, null,
                null, null, null, null, null, false, null);
    }

    static Member disabled(String id, int bornYear, int group) {
        return new Member(id, null, LocalDate.of(bornYear, 3, 1), Sex.FEMALE, Relation.PARENT, null, null, null,
                new Disability(group, DisabilityCause.GENERAL_ILLNESS, LocalDate.of(2020, 1, 1), null, null),
                null, null, null, null, null, false, null);
    }

    /** Wage of a member in each month of 2025-Q2. */
    static List<Income> wageQ2(String memberId, long monthly) {
        List<Income> out = new ArrayList<>();
        for (int m = 4; m <= 6; m++) {
            out.add(new Income(memberId, YearMonth.of(2025, m), IncomeType.WAGE, monthly));
        }
        return out;
    }

    static Family family(List<Member> members, List<Income> incomes, Assets assets) {
        return new Family("f", REGION, null, Locality.URBAN, members, incomes, List.of(), null, null, assets);
    }

    static Assets dwellingsAndVehicles(int dwellings, int vehicles) {
        List<RealEstate> r = new ArrayList<>();
        for (int i = 0; i < dwellings; i++) {
            r.add(new RealEstate("m1", RealEstate.Kind.DWELLING, new BigDecimal("60"), LocalDate.of(2015, 1, 1), null));
        }
        List<Vehicle> v = new ArrayList<>();
        for (int i = 0; i < vehicles; i++) {
            v.add(new Vehicle("m1", Vehicle.Kind.CAR, 2012, LocalDate.of(2015, 1, 1), null));
        }
        return new Assets(r, v, List.of(), List.of());
    }

    /**
     * A feature vector whose criteria total exactly {@code target} points, choosing for each criterion a band
     * {@code allowed} accepts (to keep hard rules from firing); null if none exists.
     */
    static long[] vectorWithTotal(MethodologyVersion v, long target, BiPredicate<Criterion, Integer> allowed) {
        List<Criterion> criteria = v.criteria();
        int[] chosen = new int[criteria.size()];
        if (!search(criteria, 0, target, chosen, allowed, new java.util.HashSet<>())) {
            return null;
        }
        long[] f = new long[Feature.COUNT];
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            f[c.feature().ordinal()] = representative(c.bands(), chosen[i]);
        }
        return f;
    }

    /** A value inside band b: just below its bound, or at the previous bound for the last band. */
    static long representative(List<Band> bands, int b) {
        Band band = bands.get(b);
        if (band.below() != null) {
            return band.below() - 1;
        }
        return b == 0 ? 0 : bands.get(b - 1).below();
    }

    private static boolean search(List<Criterion> criteria, int i, long remaining, int[] chosen,
                                  BiPredicate<Criterion, Integer> allowed, java.util.Set<String> dead) {
        if (i == criteria.size()) {
            return remaining == 0;
        }
        String key = i + "/" + remaining;
        if (dead.contains(key)) {
            return false;
        }
        Criterion c = criteria.get(i);
        for (int b = 0; b < c.bands().size(); b++) {
            if (!allowed.test(c, b)) {
                continue;
            }
            chosen[i] = b;
            if (search(criteria, i + 1, remaining - c.bands().get(b).points(), chosen, allowed, dead)) {
                return true;
            }
        }
        dead.add(key);
        return false;
    }
}
