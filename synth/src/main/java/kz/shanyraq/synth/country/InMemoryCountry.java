package kz.shanyraq.synth.country;

import kz.shanyraq.law.family.Award;
import kz.shanyraq.law.family.AwardKind;
import kz.shanyraq.law.family.BreadwinnerLoss;
import kz.shanyraq.law.family.Contribution;
import kz.shanyraq.law.family.Disability;
import kz.shanyraq.law.family.DisabilityCause;
import kz.shanyraq.law.family.Employment;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Income;
import kz.shanyraq.law.family.IncomeType;
import kz.shanyraq.law.family.LandPlot;
import kz.shanyraq.law.family.Livestock;
import kz.shanyraq.law.family.Loan;
import kz.shanyraq.law.family.RealEstate;
import kz.shanyraq.law.family.Vehicle;
import java.math.BigDecimal;
import java.io.StringReader;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.law.region.Quarter;
import kz.shanyraq.law.family.LoanKind;
import kz.shanyraq.law.family.Locality;
import kz.shanyraq.law.family.Maternity;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.family.Relation;
import kz.shanyraq.law.family.ResettlerKind;
import kz.shanyraq.law.family.Resettlement;
import kz.shanyraq.law.family.ResidenceStatus;
import kz.shanyraq.law.family.Sex;
import kz.shanyraq.law.family.SocialInsurance;
import kz.shanyraq.law.family.Study;
import kz.shanyraq.synth.figures.SyntheticRegionalFigures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The synthetic country in memory, as the law's {@link Family} objects on a date, without a database: the same
 * generator, seed and numbering as {@code ./shanyraq generate} (family ids 1, 2, … in chunk order; person ids as the
 * row writer numbers them), each family read as the registry reader reads it on that date (the rules of
 * {@code app/registry/internal/FamilyReader} and {@code MemberFactsReader}: members in the family on the date,
 * facts in force on it, incomes and contributions of the months before its month, member order head, spouse,
 * children, others, then birth date and id). The same seed gives the same families here and from PostgreSQL.
 */
public final class InMemoryCountry {

    /** Months of income history given to the law (as the registry reader). */
    static final int INCOME_MONTHS = 24;

    private InMemoryCountry() {
    }

    /** Every family of the country of this scale and seed, on a date, in id order (generated lazily, chunk by chunk). */
    public static Stream<Family> families(double scale, long seed, LocalDate on) {
        return families(scale, seed, on, SyntheticCalendar.INCOME_MONTHS.get(0));
    }

    /** The same, for the country with incomes from {@code historyFrom} ({@code ./shanyraq generate --history-from}). */
    public static Stream<Family> families(double scale, long seed, LocalDate on, YearMonth historyFrom) {
        if (!(scale > 0) || scale > CountryPlan.MAX_SCALE) {
            throw new IllegalArgumentException("scale must be above 0 and at most " + CountryPlan.MAX_SCALE
                    + ", not " + scale);
        }
        CountryPlan plan = CountryPlan.of(scale, seed, SyntheticRegionalFigures.generate(seed), historyFrom);
        ChunkGenerator generator = new ChunkGenerator(plan);
        long[] personBase = {0};
        // Sequential on purpose: person ids continue from the previous chunk's persons.
        return plan.chunks().stream().sequential().flatMap(chunk -> {
            ChunkPopulation population = generator.generate(chunk);
            long base = personBase[0];
            personBase[0] += population.persons().size();
            List<Family> families = new ArrayList<>(population.households().size());
            for (Household h : population.households()) {
                families.add(read(h, chunk.firstFamily() + h.local, base, on));
            }
            return families.stream();
        });
    }

    /**
     * The shipped law with the synthetic country's regional figures (statistical regional ПМ and median incomes the
     * registry cannot compute, provenance {@code synthetic}) as the server feeds them from the registry's
     * {@code synthetic_regional_figure} table, plus {@code computed} median incomes (quarter → region → ₸) where the
     * registry would compute them from its own incomes; every explanation using one says which it is.
     */
    public static ParameterBook book(long seed, Map<Quarter, Map<String, Long>> computedMedians) {
        SyntheticRegionalFigures figures = SyntheticRegionalFigures.generate(seed);
        Map<String, Map<String, Map<String, Long>>> bySeries = new TreeMap<>();
        for (SyntheticRegionalFigures.Figure f : figures.figures()) {
            bySeries.computeIfAbsent(f.series(), k -> new TreeMap<>()).computeIfAbsent(f.period(), k -> new TreeMap<>())
                    .put(f.region(), f.value());
        }
        ParameterBook.Builder builder = ParameterBook.builder().addShipped();
        builder.addRegional("synthetic-country/seed-" + seed, new StringReader(yaml("synthetic",
                "synthetic country, seed " + seed, "SYNTHETIC figure generated for the synthetic country, not official",
                bySeries)));
        if (!computedMedians.isEmpty()) {
            Map<String, Map<String, Long>> byPeriod = new TreeMap<>();
            computedMedians.forEach((q, values) -> byPeriod.put(q.toString(), new TreeMap<>(values)));
            builder.addRegional("synthetic-country/computed", new StringReader(yaml("computed",
                    "in-memory synthetic country", "Computed from the synthetic country's incomes",
                    Map.of(SyntheticRegionalFigures.MEDIAN_INCOME, byPeriod))));
        }
        return builder.build();
    }

    /** One regional-figure file in the law's format: series → period → region → value. */
    private static String yaml(String provenance, String source, String note,
                               Map<String, Map<String, Map<String, Long>>> bySeries) {
        StringBuilder y = new StringBuilder("provenance: ").append(provenance).append("\nregional-figures:\n");
        bySeries.forEach((series, byPeriod) -> {
            y.append("  - figure: ").append(series).append("\n    period: quarter\n    status: unverified\n")
                    .append("    sources: [\"").append(source).append("\"]\n    note: \"").append(note)
                    .append("\"\n    values:\n");
            byPeriod.forEach((period, values) -> {
                y.append("      ").append(period).append(": {");
                StringJoiner j = new StringJoiner(", ");
                values.forEach((region, value) -> j.add(region + ": " + value));
                y.append(j).append("}\n");
            });
        });
        return y.toString();
    }

    /** One household as the registry reader reads it on {@code on}. */
    static Family read(Household h, long familyId, long personBase, LocalDate on) {
        List<Resident> rows = new ArrayList<>();
        for (Resident r : h.members) {
            if (!r.memberFrom.isAfter(on) && (r.memberTo == null || !r.memberTo.isBefore(on))
                    && !r.birth.isAfter(on) && (r.death == null || r.death.isAfter(on))) {
                rows.add(r);
            }
        }
        rows.sort(Comparator.comparingInt((Resident r) -> roleOrder(r.role)).thenComparing(r -> r.birth)
                .thenComparingInt(r -> r.local));
        Set<Resident> inFamily = new HashSet<>(rows);
        List<Member> members = new ArrayList<>(rows.size());
        YearMonth current = YearMonth.from(on);
        for (Resident r : rows) {
            members.add(member(r, personBase, inFamily, on, current));
        }
        String region = null;
        String district = null;
        Locality locality = null;
        if (!h.addressFrom.isAfter(on)) {
            region = h.region.code();
            district = h.districtId;
            locality = parse(Locality.class, h.locality());
        } else if (h.previousRegion != null && !h.createdOn.isAfter(on)) {
            region = h.previousRegion;
            district = h.previousDistrict;
            locality = Locality.RURAL;
        }
        return new Family(Long.toString(familyId), region, district, locality, members,
                incomes(rows, personBase, current), loans(rows, personBase, on), resettlement(h, on),
                breadwinnerLoss(h, rows, personBase, on)).withAssets(assets(h, rows, personBase, on));
    }

    /**
     * What the members hold on the date, as the registry's tables record it: real estate (area in m² to the
     * hundredth), vehicles, land plots (hectares to the ten-thousandth) of members acquired by the date (none is
     * sold in the synthetic country), and the household's livestock counted under its head on the reference day.
     * Members in person-id order, then the generator's order of each member's records (the rows' id order).
     */
    private static kz.shanyraq.law.family.Assets assets(Household h, List<Resident> rows, long personBase,
                                                       LocalDate on) {
        List<Resident> byId = new ArrayList<>(rows);
        byId.sort(Comparator.comparingInt(r -> r.local));
        List<RealEstate> estates = new ArrayList<>();
        List<Vehicle> vehicles = new ArrayList<>();
        List<LandPlot> land = new ArrayList<>();
        for (Resident r : byId) {
            String id = id(r, personBase);
            if (r.estates != null) {
                for (Facts.Estate e : r.estates) {
                    if (!e.from().isAfter(on)) {
                        RealEstate.Kind kind = parse(RealEstate.Kind.class, e.kind());
                        estates.add(new RealEstate(id, kind == null ? RealEstate.Kind.OTHER : kind,
                                BigDecimal.valueOf(e.areaCentiM2(), 2), e.from(), null));
                    }
                }
            }
            if (r.vehicles != null) {
                for (Facts.Vehicle v : r.vehicles) {
                    if (!v.from().isAfter(on)) {
                        Vehicle.Kind kind = parse(Vehicle.Kind.class, v.kind());
                        vehicles.add(new Vehicle(id, kind == null ? Vehicle.Kind.OTHER : kind, v.madeYear(), v.from(),
                                null));
                    }
                }
            }
            if (r.land != null) {
                for (Facts.LandPlot l : r.land) {
                    if (!l.from().isAfter(on)) {
                        LandPlot.Purpose purpose = parse(LandPlot.Purpose.class, l.purpose());
                        land.add(new LandPlot(id, BigDecimal.valueOf(l.hectaresE4(), 4),
                                purpose == null ? LandPlot.Purpose.OTHER : purpose, l.from(), null));
                    }
                }
            }
        }
        List<Livestock> livestock = new ArrayList<>();
        if (!h.herds.isEmpty() && rows.contains(h.head) && !SyntheticCalendar.REFERENCE_DATE.isAfter(on)) {
            List<Facts.Herd> herds = new ArrayList<>(h.herds);
            herds.sort(Comparator.comparing(Facts.Herd::species));
            for (Facts.Herd herd : herds) {
                Livestock.Species species = parse(Livestock.Species.class, herd.species());
                if (species != null) {
                    livestock.add(new Livestock(id(h.head, personBase), species, herd.head(),
                            SyntheticCalendar.REFERENCE_DATE));
                }
            }
        }
        if (estates.isEmpty() && vehicles.isEmpty() && land.isEmpty() && livestock.isEmpty()) {
            return kz.shanyraq.law.family.Assets.NONE;
        }
        return new kz.shanyraq.law.family.Assets(estates, vehicles, land, livestock);
    }

    private static Member member(Resident r, long personBase, Set<Resident> inFamily, LocalDate on,
                                 YearMonth current) {
        String motherId = r.mother != null && inFamily.contains(r.mother) ? id(r.mother, personBase) : null;
        List<String> cares = r.caresFor != null && !r.careFrom.isAfter(on) && inFamily.contains(r.caresFor)
                ? List.of(id(r.caresFor, personBase)) : List.of();
        Disability disability = null;
        if (r.disabilityGroup != 0 && !r.disabilityFrom.isAfter(on)) {
            disability = new Disability(r.disabilityGroup > 0 ? r.disabilityGroup : null,
                    parse(DisabilityCause.class, r.disabilityCause), r.disabilityFrom, null,
                    r.workCapacityLoss > 0 ? r.workCapacityLoss : null);
        }
        Study study = r.studyFrom != null && !r.studyFrom.isAfter(on) && (r.studyTo == null || !r.studyTo.isBefore(on))
                ? new Study(r.studyFrom, r.studyTo) : null;
        List<Award> awards = List.of();
        if (r.award != null && !r.awardedOn.isAfter(on)) {
            AwardKind kind = parse(AwardKind.class, r.award);
            if (kind != null) {
                awards = List.of(new Award(kind, r.awardedOn));
            }
        }
        Maternity maternity = r.maternityLeaveStart != null && !r.maternityLeaveStart.isAfter(on)
                ? new Maternity(r.maternityLeaveStart, r.maternityLeaveDays) : null;
        return new Member(id(r, personBase), r.iin, r.birth, r.female ? Sex.FEMALE : Sex.MALE, relation(r.role),
                status(r, on), motherId, r.birthOrder > 0 ? r.birthOrder : null, disability,
                insurance(r, on), awards, study, employment(r, on, current), maternity,
                r.illnessFrom != null && !r.illnessFrom.isAfter(on), cares);
    }

    /** The status row in force on the date (a kandas who became a citizen has two rows); none → null. */
    private static ResidenceStatus status(Resident r, LocalDate on) {
        if (r.status == Status.CITIZEN) {
            return r.birth.isAfter(on) ? null : ResidenceStatus.CITIZEN;
        }
        if (r.citizenFrom != null && !r.citizenFrom.isAfter(on)) {
            return ResidenceStatus.CITIZEN;
        }
        LocalDate to = r.citizenFrom == null ? null : r.citizenFrom.minusDays(1);
        if (r.statusFrom != null && !r.statusFrom.isAfter(on) && (to == null || !to.isBefore(on))) {
            return parse(ResidenceStatus.class, r.status.code);
        }
        return null;
    }

    /** Employed: a registered contract runs on the date, or entrepreneurial income this month or the one before. */
    private static Employment employment(Resident r, LocalDate on, YearMonth current) {
        boolean contract = r.employee && r.contractRegistered;
        boolean running = contract && !r.jobFrom.isAfter(on) && (r.jobTo == null || !r.jobTo.isBefore(on));
        boolean employed = running || entrepreneurialIn(r, current) || entrepreneurialIn(r, current.minusMonths(1))
                || entrepreneurialInHistory(r, current) || entrepreneurialInHistory(r, current.minusMonths(1));
        LocalDate lost = !employed && contract && r.jobTo != null && r.jobTo.isBefore(on) ? r.jobTo : null;
        LocalDate registered = r.unemployedFrom != null && !r.unemployedFrom.isAfter(on) ? r.unemployedFrom : null;
        return new Employment(employed, lost, registered);
    }

    private static boolean entrepreneurialIn(Resident r, YearMonth month) {
        int m = SyntheticCalendar.INCOME_MONTHS.indexOf(month);
        if (m < 0) {
            return false;
        }
        for (Facts.IncomeStream s : r.incomes) {
            if (s.type().equals("entrepreneurial") && s.amounts()[m] > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean entrepreneurialInHistory(Resident r, YearMonth month) {
        if (r.pastIncomes == null) {
            return false;
        }
        for (Facts.IncomeStream s : r.pastIncomes) {
            int m = s.amounts().length - (int) java.time.temporal.ChronoUnit.MONTHS.between(month,
                    SyntheticCalendar.INCOME_MONTHS.get(0));
            if (s.type().equals("entrepreneurial") && m >= 0 && m < s.amounts().length && s.amounts()[m] > 0) {
                return true;
            }
        }
        return false;
    }

    /** Contributions of the months before the date's month, and the participation reported by then. */
    private static SocialInsurance insurance(Resident r, LocalDate on) {
        YearMonth current = YearMonth.from(on);
        List<Contribution> contributions = null;
        if (r.contributions != null) {
            YearMonth month = YearMonth.from(r.contributionsFrom);
            for (long income : r.contributions) {
                if (income > 0 && month.isBefore(current)) {
                    if (contributions == null) {
                        contributions = new ArrayList<>();
                    }
                    contributions.add(new Contribution(month, income));
                }
                month = month.plusMonths(1);
            }
        }
        Integer months = r.insured && !SyntheticCalendar.REFERENCE_DATE.isAfter(on) ? r.participationMonths : null;
        return contributions != null || months != null ? new SocialInsurance(months, contributions) : null;
    }

    /** Incomes of the 24 months before the date's month: month descending, then person, type, source. */
    private static List<Income> incomes(List<Resident> rows, long personBase, YearMonth current) {
        record Row(YearMonth month, long person, String type, String source, long amount) {
        }
        List<Row> found = new ArrayList<>();
        YearMonth first = current.minusMonths(INCOME_MONTHS);
        for (Resident r : rows) {
            if (r.pastIncomes != null) {
                for (Facts.IncomeStream s : r.pastIncomes) {
                    int n = s.amounts().length;
                    for (int m = 0; m < n; m++) {
                        YearMonth month = SyntheticCalendar.INCOME_MONTHS.get(0).minusMonths(n - m);
                        if (s.amounts()[m] > 0 && !month.isBefore(first) && month.isBefore(current)) {
                            found.add(new Row(month, personBase + r.local + 1, s.type(), s.source(), s.amounts()[m]));
                        }
                    }
                }
            }
            for (Facts.IncomeStream s : r.incomes) {
                for (int m = 0; m < SyntheticCalendar.INCOME_MONTHS.size(); m++) {
                    YearMonth month = SyntheticCalendar.INCOME_MONTHS.get(m);
                    if (s.amounts()[m] > 0 && !month.isBefore(first) && month.isBefore(current)) {
                        found.add(new Row(month, personBase + r.local + 1, s.type(), s.source(), s.amounts()[m]));
                    }
                }
            }
        }
        found.sort(Comparator.comparing(Row::month).reversed().thenComparingLong(Row::person)
                .thenComparing(Row::type).thenComparing(Row::source));
        List<Income> incomes = new ArrayList<>(found.size());
        for (Row row : found) {
            IncomeType type = parse(IncomeType.class, row.type());
            incomes.add(new Income(Long.toString(row.person()), row.month(), type == null ? IncomeType.OTHER : type,
                    row.amount()));
        }
        return incomes;
    }

    /** Loans opened by the date (none is closed in the synthetic country), by person, opening day, loan id. */
    private static List<Loan> loans(List<Resident> rows, long personBase, LocalDate on) {
        List<Resident> byId = new ArrayList<>(rows);
        byId.sort(Comparator.comparingInt(r -> r.local));
        List<Loan> loans = new ArrayList<>();
        for (Resident r : byId) {
            if (r.loans == null) {
                continue;
            }
            List<Facts.Loan> own = new ArrayList<>(r.loans);
            own.sort(Comparator.comparing(Facts.Loan::openedOn)); // stable: the loan-id order within a day
            for (Facts.Loan l : own) {
                if (!l.openedOn().isAfter(on)) {
                    LoanKind kind = parse(LoanKind.class, l.kind());
                    loans.add(new Loan(id(r, personBase), kind == null ? LoanKind.OTHER : kind, l.openedOn(), null));
                }
            }
        }
        return loans;
    }

    private static Resettlement resettlement(Household h, LocalDate on) {
        Facts.Resettlement s = h.resettlement;
        if (s == null || s.settledOn().isAfter(on)) {
            return null;
        }
        return new Resettlement(parse(ResettlerKind.class, s.kind()), s.inRegionalQuota(), s.fromRegion(),
                s.settledOn(), s.rentRateMrp());
    }

    /** The latest loss by the date; dependants are the deceased's children (mother/father link) and wards. */
    private static BreadwinnerLoss breadwinnerLoss(Household h, List<Resident> rows, long personBase, LocalDate on) {
        Resident deceased = null;
        for (Resident r : h.lostBreadwinners) {
            if (!r.death.isAfter(on) && (deceased == null || r.death.isAfter(deceased.death))) {
                deceased = r;
            }
        }
        if (deceased == null) {
            return null;
        }
        List<String> dependants = new ArrayList<>();
        for (Resident m : rows) {
            if (m.mother == deceased || m.father == deceased || m.guardian == deceased) {
                dependants.add(id(m, personBase));
            }
        }
        return new BreadwinnerLoss(deceased.death, deceased.iin, h.bothParentsLost, dependants,
                insurance(deceased, deceased.death.plusDays(1)));
    }

    private static String id(Resident r, long personBase) {
        return Long.toString(personBase + r.local + 1);
    }

    private static int roleOrder(Role role) {
        return switch (role) {
            case HEAD -> 0;
            case SPOUSE -> 1;
            case CHILD -> 2;
            default -> 3;
        };
    }

    private static Relation relation(Role role) {
        Relation r = parse(Relation.class, role.code);
        if (r == null) {
            throw new IllegalStateException("no relation for the role " + role);
        }
        return r;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, code.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
