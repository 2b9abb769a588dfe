package kz.shanyraq.bench.dmn;

import kz.shanyraq.law.family.Award;
import kz.shanyraq.law.benefit.family.Carers;
import kz.shanyraq.law.benefit.insurance.InsuredCarer;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Income;
import kz.shanyraq.law.family.Loan;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.family.SocialInsurance;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.law.parameter.ParameterUnknownException;
import kz.shanyraq.law.region.Quarter;
import kz.shanyraq.law.wellbeing.CompiledMethodology;
import kz.shanyraq.law.wellbeing.Feature;
import kz.shanyraq.law.wellbeing.Methodologies;
import kz.shanyraq.law.wellbeing.WellbeingFeatures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code Family} input of the DMN slice model, built from a law {@link Family} on a day: the same facts the law
 * measures read, as plain values (ages, statuses, codes, the income quarter's incomes, outstanding loan kinds, who
 * cares for each child and whether that carer is insured, award kinds, disability). Rules stay in the DMN model;
 * what is computed here is date arithmetic on the registry record and the well-being features.
 *
 * <p>Well-being: the 23 features are measured by {@link WellbeingFeatures} (as the law engine does), and the points
 * per criterion are summed in Java by the compiled 2025 reference methodology; the DMN decision table holds the hard
 * rules and the point thresholds to categories. {@code wellbeing} is null when no methodology version is in force
 * or the features cannot be measured (category undetermined).
 */
public final class SliceFacts {

    private final ParameterBook book;
    private final LocalDate on;
    private final Quarter incomeQuarter;
    private final CompiledMethodology methodology;
    private final int[] used;

    public SliceFacts(ParameterBook book, LocalDate on) {
        this.book = book;
        this.on = on;
        this.incomeQuarter = Quarter.of(on).previous();
        CompiledMethodology m;
        try {
            m = Methodologies.categories2025().compile(on);
        } catch (ParameterUnknownException e) {
            m = null; // no version of the methodology on the day: families are not scored
        }
        this.methodology = m;
        this.used = m == null ? new int[0] : m.usedFeatures();
    }

    public Map<String, Object> of(Family family) {
        Map<String, Object> f = new HashMap<>();
        f.put("id", family.id());
        f.put("region", family.region());
        List<Map<String, Object>> members = new ArrayList<>(family.members().size());
        for (Member m : family.members()) {
            members.add(member(family, m));
        }
        f.put("members", members);
        List<Map<String, Object>> incomes = new ArrayList<>();
        for (Income income : family.incomes()) {
            if (incomeQuarter.contains(income.month())) {
                incomes.add(Map.of("type", income.type().code(), "amount", BigDecimal.valueOf(income.amount())));
            }
        }
        f.put("incomes", incomes);
        List<String> loans = new ArrayList<>();
        for (Loan loan : family.loans()) {
            if (loan.outstandingOn(on)) {
                loans.add(loan.kind() == null ? "other" : code(loan.kind().name()));
            }
        }
        f.put("outstandingLoanKinds", loans);
        f.put("wellbeing", wellbeing(family));
        return f;
    }

    private Map<String, Object> member(Family family, Member m) {
        Map<String, Object> x = new HashMap<>();
        boolean unborn = m.birthDate().isAfter(on);
        x.put("id", m.id());
        x.put("unborn", unborn);
        x.put("birthDate", m.birthDate());
        x.put("ageYears", unborn ? null : BigDecimal.valueOf(m.ageOn(on)));
        x.put("ageMonths", unborn ? null : BigDecimal.valueOf(m.ageInMonthsOn(on)));
        x.put("relation", m.relation() == null ? null : code(m.relation().name()));
        x.put("status", code(m.status().name()));
        x.put("resident", m.permanentlyResident());
        x.put("birthOrder", m.birthOrder() == null ? null : BigDecimal.valueOf(m.birthOrder()));
        x.put("studyingFullTime", m.studyingFullTimeOn(on));
        if (m.disability() != null) {
            Map<String, Object> d = new HashMap<>();
            d.put("active", m.disability().activeOn(on));
            d.put("group", m.disability().group() == null ? null : BigDecimal.valueOf(m.disability().group()));
            d.put("cause", m.disability().cause() == null ? "other" : code(m.disability().cause().name()));
            x.put("disability", d);
        } else {
            x.put("disability", null);
        }
        List<Map<String, Object>> awards = new ArrayList<>(m.awards().size());
        for (Award a : m.awards()) {
            Map<String, Object> award = new HashMap<>();
            award.put("kind", code(a.kind().name()));
            award.put("awardedOn", a.awardedOn());
            awards.add(award);
        }
        x.put("awards", awards);
        Optional<Member> carer = carer(family, m);
        x.put("carerFound", carer.isPresent());
        x.put("carerResident", carer.map(Member::permanentlyResident).orElse(false));
        x.put("carerInsured", carer.map(c -> insured(c, m.birthDate())).orElse(false));
        return x;
    }

    private Map<String, Object> wellbeing(Family family) {
        if (methodology == null) {
            return null;
        }
        WellbeingFeatures features;
        try {
            features = WellbeingFeatures.measure(family, on, book);
        } catch (ParameterUnknownException e) {
            return null;
        }
        long[] v = features.values();
        Map<String, Object> w = new HashMap<>();
        w.put("dwellings", known(v[Feature.DWELLINGS.ordinal()]));
        w.put("vehicles", known(v[Feature.VEHICLES.ordinal()]));
        w.put("incomeToFoodPm", known(v[Feature.INCOME_TO_FOOD_PM.ordinal()]));
        boolean all = true;
        for (int u : used) {
            all &= v[u] != Feature.UNKNOWN;
        }
        w.put("points", all ? BigDecimal.valueOf(methodology.points(v)) : null);
        return w;
    }

    private static BigDecimal known(long value) {
        return value == Feature.UNKNOWN ? null : BigDecimal.valueOf(value);
    }

    /** The law's own definition of who cares for a child (a declared carer, else the mother). */
    private static Optional<Member> carer(Family family, Member child) {
        return Carers.of(family, child);
    }

    /** The law's one insured-carer rule ({@code InsuredCarer}): insured when the right to child care arose. */
    private boolean insured(Member carer, LocalDate birth) {
        return InsuredCarer.insured(carer, birth);
    }

    private static String code(String enumName) {
        return enumName.toLowerCase().replace('_', '-');
    }
}
