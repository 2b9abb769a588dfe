package kz.shanyraq.recompute.registry;

import kz.shanyraq.law.asof.RegistryCodes;
import kz.shanyraq.law.asof.EmploymentOnDate;
import kz.shanyraq.law.family.Assets;
import kz.shanyraq.law.family.Award;
import kz.shanyraq.law.family.LandPlot;
import kz.shanyraq.law.family.Livestock;
import kz.shanyraq.law.family.RealEstate;
import kz.shanyraq.law.family.Vehicle;
import kz.shanyraq.law.family.AwardKind;
import kz.shanyraq.law.family.BreadwinnerLoss;
import kz.shanyraq.law.family.Contribution;
import kz.shanyraq.law.family.Disability;
import kz.shanyraq.law.family.DisabilityCause;
import kz.shanyraq.law.family.Employment;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Income;
import kz.shanyraq.law.family.IncomeType;
import kz.shanyraq.law.family.Loan;
import kz.shanyraq.law.family.LoanKind;
import kz.shanyraq.law.family.Locality;
import kz.shanyraq.law.family.Maternity;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.family.Relation;
import kz.shanyraq.law.family.ResidenceStatus;
import kz.shanyraq.law.family.Resettlement;
import kz.shanyraq.law.family.ResettlerKind;
import kz.shanyraq.law.family.Sex;
import kz.shanyraq.law.family.SocialInsurance;
import kz.shanyraq.law.family.Study;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the families with ids in one range, as of a date, with the same rules as the server's registry reader
 * ({@code app/.../registry/internal/FamilyReader} and {@code MemberFactsReader}); a test in the app reads families
 * both ways and compares them.
 *
 * <p>Each table is read once per slice. Person-keyed tables are read by the person-id range of the slice's members
 * when those ids are close together (the usual case: persons registered with their family), else by the list of
 * ids; rows of persons outside the slice are skipped.
 */
final class SliceReader {

    /** Months of income history given to the law (as the server's reader). */
    static final int INCOME_MONTHS = 24;

    private final LocalDate on;
    private final int incomeMonths;
    private final String day;
    private final YearMonth current;

    SliceReader(LocalDate on, int incomeMonths) {
        this.on = on;
        this.incomeMonths = incomeMonths;
        this.day = "'" + on + "'::date";
        this.current = YearMonth.from(on);
    }

    /** One family being assembled. */
    private static final class Draft {
        final long id;
        String region;
        String district;
        Locality locality;
        LocalDate addressFrom;
        final List<PersonDraft> members = new ArrayList<>(4);
        final List<IncomeRow> incomes = new ArrayList<>();
        final List<Loan> loans = new ArrayList<>();
        Resettlement resettlement;
        BreadwinnerLoss loss;
        List<RealEstate> realEstate;
        List<Vehicle> vehicles;
        List<LandPlot> land;
        List<Livestock> livestock;

        Draft(long id) {
            this.id = id;
        }
    }

    /** An income with the keys the server orders incomes by. */
    private record IncomeRow(Income income, long person, int monthIndex, String type, String source) {
        static final Comparator<IncomeRow> SERVER_ORDER = Comparator.comparingInt(IncomeRow::monthIndex).reversed()
                .thenComparingLong(IncomeRow::person).thenComparing(IncomeRow::type).thenComparing(IncomeRow::source);
    }

    private record Participation(LocalDate asOf, int months) {
    }

    /** The server's order of members: head, spouse, children, others; then by birth date and id. */
    private static final Comparator<PersonDraft> MEMBER_ORDER = Comparator
            .comparingInt((PersonDraft p) -> switch (p.relation) {
                case HEAD -> 0;
                case SPOUSE -> 1;
                case CHILD -> 2;
                default -> 3;
            })
            .thenComparing(p -> p.birthDate).thenComparingLong(p -> p.id);

    private EmploymentOnDate employment(PersonDraft p) {
        if (p.employment == null) {
            p.employment = new EmploymentOnDate(on);
        }
        return p.employment;
    }

    /** One member being assembled; the fields are the facts {@code MemberFacts} holds. */
    private static final class PersonDraft {
        final long id;
        /** The id as the law's text id, made once per person (every income, loan and asset row names it). */
        final String key;
        final String iin;
        final LocalDate birthDate;
        final Sex sex;
        final Long motherId;
        final Integer birthOrder;
        final Relation relation;
        final Draft family;
        ResidenceStatus status;
        LocalDate statusFrom;
        Disability disability;
        Study study;
        boolean longIllness;
        List<Long> caresFor;
        List<Award> awards;
        Maternity maternity;
        /** Employed on the date: the registry's one rule, fed this person's contracts, incomes and registrations. */
        EmploymentOnDate employment;
        List<Contribution> contributions;
        Integer participation;

        PersonDraft(long id, String iin, LocalDate birthDate, Sex sex, Long motherId, Integer birthOrder,
                    Relation relation, Draft family) {
            this.id = id;
            this.key = Long.toString(id);
            this.iin = iin;
            this.birthDate = birthDate;
            this.sex = sex;
            this.motherId = motherId;
            this.birthOrder = birthOrder;
            this.relation = relation;
            this.family = family;
        }
    }

    /** The families with ids from {@code lo} to {@code hi} (inclusive), in id order. */
    Slice read(Connection c, long lo, long hi) throws SQLException {
        List<Draft> drafts = new ArrayList<>();
        LongMap<Draft> byId = new LongMap<>((int) Math.min(1 << 16, hi - lo + 1));
        // The families, then their addresses in force (the latest start wins, as the server's reader takes it);
        // two plain range reads cost PostgreSQL half of a join with a sorted DISTINCT ON.
        try (CopyRows r = new CopyRows(c,
                "select id from family where id between %d and %d order by id".formatted(lo, hi))) {
            while (r.next()) {
                Draft d = new Draft(r.getLong(0));
                drafts.add(d);
                byId.put(d.id, d);
            }
        }
        try (CopyRows r = new CopyRows(c, """
                select family_id, region_code, district_id, locality, valid_from from family_address
                 where family_id between %1$d and %2$d
                   and valid_from <= %3$s and (valid_to is null or valid_to >= %3$s)""".formatted(lo, hi, day))) {
            while (r.next()) {
                Draft d = byId.get(r.getLong(0));
                LocalDate from = r.getDate(4);
                if (d != null && (d.addressFrom == null || from.isAfter(d.addressFrom))) {
                    d.addressFrom = from;
                    d.region = r.getString(1);
                    d.district = r.getString(2);
                    d.locality = RegistryCodes.parse(Locality.class, r.getString(3));
                }
            }
        }
        // Memberships first (by the family index), then the persons by id: a join would make PostgreSQL scan the
        // whole person table, since it cannot know the slice's person ids in advance.
        record Membership(Draft family, long person, Relation relation) {
        }
        List<Membership> memberships = new ArrayList<>();
        LongMap<Membership> memberIds = new LongMap<>(drafts.size() * 4);
        long minPerson = Long.MAX_VALUE;
        long maxPerson = Long.MIN_VALUE;
        try (CopyRows r = new CopyRows(c, """
                select family_id, person_id, relation from family_member
                 where family_id between %1$d and %2$d
                   and valid_from <= %3$s and (valid_to is null or valid_to >= %3$s)""".formatted(lo, hi, day))) {
            while (r.next()) {
                long person = r.getLong(1);
                Membership m = new Membership(byId.get(r.getLong(0)), person, RegistryCodes.relation(r.getString(2)));
                memberships.add(m);
                memberIds.put(person, m);
                minPerson = Math.min(minPerson, person);
                maxPerson = Math.max(maxPerson, person);
            }
        }
        LongMap<PersonDraft> persons = new LongMap<>(memberships.size());
        if (!memberships.isEmpty()) {
            String who = personFilter(memberIds, minPerson, maxPerson);
            record PersonRow(String iin, LocalDate birthDate, Sex sex, Long motherId, Integer birthOrder) {
            }
            LongMap<PersonRow> rows = new LongMap<>(memberships.size());
            try (CopyRows r = new CopyRows(c, """
                    select id, iin, birth_date, sex, mother_id, birth_order from person
                     where id %1$s and birth_date <= %2$s and (death_date is null or death_date > %2$s)"""
                    .formatted(who, day))) {
                while (r.next()) {
                    rows.put(r.getLong(0), new PersonRow(r.getString(1), r.getDate(2), RegistryCodes.sex(r.getString(3)),
                            r.getLongOrNull(4), r.getIntOrNull(5)));
                }
            }
            for (Membership m : memberships) {
                PersonRow row = rows.get(m.person());
                if (row != null) {
                    PersonDraft p = new PersonDraft(m.person(), row.iin(), row.birthDate(), row.sex(), row.motherId(),
                            row.birthOrder(), m.relation(), m.family());
                    m.family().members.add(p);
                    persons.put(p.id, p);
                }
            }
            for (Draft d : drafts) {
                d.members.sort(MEMBER_ORDER);
            }
        }
        if (!persons.isEmpty()) {
            String who = personFilter(persons, minPerson, maxPerson);
            readPersonFacts(c, persons, who);
            readAssets(c, persons, who);
        }
        readFamilyFacts(c, lo, hi, byId);
        List<Family> families = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            families.add(build(d));
        }
        return new Slice(families, persons.size());
    }

    /**
     * A range when the members' ids are dense enough that reading the range costs little more than the members;
     * else the list of ids.
     */
    static String personFilter(LongMap<?> ids, long min, long max) {
        if (max - min + 1 <= 4L * ids.size() + 64) {
            return "between " + min + " and " + max;
        }
        StringBuilder s = new StringBuilder("= any('{");
        ids.forEachKey(id -> s.append(id).append(','));
        s.setLength(s.length() - 1);
        return s.append("}'::bigint[])").toString();
    }

    private void readPersonFacts(Connection c, LongMap<PersonDraft> persons, String who) throws SQLException {
        // The status in force: the latest start wins (chosen here, not by a sort in PostgreSQL).
        try (CopyRows r = new CopyRows(c, """
                select person_id, status, valid_from from person_status
                 where person_id %s and valid_from <= %2$s and (valid_to is null or valid_to >= %2$s)"""
                .formatted(who, day))) {
            while (r.next()) {
                PersonDraft p = persons.get(r.getLong(0));
                LocalDate from = r.getDate(2);
                if (p != null && (p.statusFrom == null || from.isAfter(p.statusFrom))) {
                    p.statusFrom = from;
                    p.status = RegistryCodes.parse(ResidenceStatus.class, r.getString(1));
                }
            }
        }
        try (CopyRows r = new CopyRows(c, """
                select distinct on (person_id) person_id, grp, cause, work_capacity_loss_percent, valid_from, valid_to
                  from disability
                 where person_id %s and valid_from <= %2$s and (valid_to is null or valid_to >= %2$s)
                 order by person_id, valid_from desc""".formatted(who, day))) {
            while (r.next()) {
                PersonDraft p = persons.get(r.getLong(0));
                if (p != null) {
                    p.disability = new Disability(r.getIntOrNull(1), RegistryCodes.parse(DisabilityCause.class, r.getString(2)),
                            r.getDate(4), r.getDate(5), r.getIntOrNull(3));
                }
            }
        }
        try (CopyRows r = new CopyRows(c, """
                select distinct on (person_id) person_id, valid_from, valid_to from study
                 where person_id %s and full_time and valid_from <= %2$s and (valid_to is null or valid_to >= %2$s)
                 order by person_id, valid_from desc""".formatted(who, day))) {
            while (r.next()) {
                PersonDraft p = persons.get(r.getLong(0));
                if (p != null) {
                    p.study = new Study(r.getDate(1), r.getDate(2));
                }
            }
        }
        try (CopyRows r = new CopyRows(c, """
                select distinct person_id from long_illness
                 where person_id %s and valid_from <= %2$s and (valid_to is null or valid_to >= %2$s)"""
                .formatted(who, day))) {
            while (r.next()) {
                PersonDraft p = persons.get(r.getLong(0));
                if (p != null) {
                    p.longIllness = true;
                }
            }
        }
        try (CopyRows r = new CopyRows(c, """
                select carer_id, cared_id from care_duty
                 where carer_id %s and valid_from <= %2$s and (valid_to is null or valid_to >= %2$s)
                 order by carer_id, cared_id""".formatted(who, day))) {
            while (r.next()) {
                PersonDraft p = persons.get(r.getLong(0));
                if (p != null) {
                    if (p.caresFor == null) {
                        p.caresFor = new ArrayList<>(2);
                    }
                    p.caresFor.add(r.getLong(1));
                }
            }
        }
        try (CopyRows r = new CopyRows(c, """
                select person_id, kind, awarded_on from award where person_id %s and awarded_on <= %2$s
                 order by person_id, awarded_on""".formatted(who, day))) {
            while (r.next()) {
                PersonDraft p = persons.get(r.getLong(0));
                AwardKind kind = RegistryCodes.parse(AwardKind.class, r.getString(1));
                if (p != null && kind != null) {
                    if (p.awards == null) {
                        p.awards = new ArrayList<>(2);
                    }
                    p.awards.add(new Award(kind, r.getDate(2)));
                }
            }
        }
        try (CopyRows r = new CopyRows(c, """
                select distinct on (person_id) person_id, starts_on, days from maternity_leave
                 where person_id %s and starts_on <= %2$s order by person_id, starts_on desc""".formatted(who, day))) {
            while (r.next()) {
                PersonDraft p = persons.get(r.getLong(0));
                if (p != null) {
                    p.maternity = new Maternity(r.getDate(1), (int) r.getLong(2));
                }
            }
        }
        // Employed on the date (EmploymentOnDate): contracts, registrations as unemployed, and below the incomes.
        try (CopyRows r = new CopyRows(c, """
                select person_id, started_on, ended_on from employment_contract
                 where person_id %s and started_on <= %2$s""".formatted(who, day))) {
            while (r.next()) {
                PersonDraft p = persons.get(r.getLong(0));
                if (p != null) {
                    employment(p).contract(r.getDate(1), r.getDate(2));
                }
            }
        }
        try (CopyRows r = new CopyRows(c, """
                select person_id, registered_on, ended_on from unemployment_registration
                 where person_id %s and registered_on <= %2$s""".formatted(who, day))) {
            while (r.next()) {
                PersonDraft p = persons.get(r.getLong(0));
                if (p != null) {
                    employment(p).registration(r.getDate(1), r.getDate(2));
                }
            }
        }
        // Incomes of the whole months before the month of the date; entrepreneurial income of the month of the date
        // or the month before also means employed (the self-employed have no contract): of the month of the date only
        // those rows are read (a CASE, not an OR, so that PostgreSQL keeps one index range scan).
        try (CopyRows r = new CopyRows(c, """
                select person_id, month, type, amount, source from income
                 where person_id %1$s and month >= '%2$s'::date and month <= '%3$s'::date
                   and case when month < '%3$s'::date then true else type = 'entrepreneurial' and amount > 0 end"""
                .formatted(who, current.minusMonths(incomeMonths).atDay(1), current.atDay(1)))) {
            while (r.next()) {
                PersonDraft p = persons.get(r.getLong(0));
                if (p == null) {
                    continue;
                }
                LocalDate m = r.getDate(1);
                YearMonth month = YearMonth.of(m.getYear(), m.getMonthValue());
                String type = r.getString(2);
                long amount = r.getLong(3);
                employment(p).income(month.getYear() * 12 + month.getMonthValue() - 1, "entrepreneurial".equals(type),
                        amount);
                if (month.isBefore(current)) {
                    IncomeType t = RegistryCodes.parse(IncomeType.class, type);
                    // Never drop money silently: an income the law cannot classify is still income.
                    Draft f = p.family;
                    f.incomes.add(new IncomeRow(
                            new Income(p.key, month, t == null ? IncomeType.OTHER : t, amount),
                            p.id, month.getYear() * 12 + month.getMonthValue(), type, r.getString(4)));
                }
            }
        }
        try (CopyRows r = new CopyRows(c, """
                select person_id, month, income from social_contribution
                 where person_id %s and month < '%s'::date order by person_id, month"""
                .formatted(who, current.atDay(1)))) {
            while (r.next()) {
                PersonDraft p = persons.get(r.getLong(0));
                if (p != null) {
                    if (p.contributions == null) {
                        p.contributions = new ArrayList<>();
                    }
                    LocalDate m = r.getDate(1);
                    p.contributions.add(new Contribution(YearMonth.of(m.getYear(), m.getMonthValue()), r.getLong(2)));
                }
            }
        }
        try (CopyRows r = new CopyRows(c, """
                select distinct on (person_id) person_id, months from insurance_participation
                 where person_id %s and as_of <= %2$s order by person_id, as_of desc""".formatted(who, day))) {
            while (r.next()) {
                PersonDraft p = persons.get(r.getLong(0));
                if (p != null) {
                    p.participation = (int) r.getLong(1);
                }
            }
        }
        try (CopyRows r = new CopyRows(c, """
                select person_id, kind, opened_on, case when closed_on <= %2$s then closed_on end
                  from loan where person_id %1$s and opened_on <= %2$s order by person_id, opened_on, id"""
                .formatted(who, day))) {
            while (r.next()) {
                PersonDraft p = persons.get(r.getLong(0));
                if (p != null) {
                    LoanKind kind = RegistryCodes.parse(LoanKind.class, r.getString(1));
                    p.family.loans.add(new Loan(p.key, kind == null ? LoanKind.OTHER : kind,
                            r.getDate(2), r.getDate(3)));
                }
            }
        }
    }

    /**
     * The members' property held on the date, as the server's reader gives it to the law: real estate, vehicles and
     * land plots in force (the registry's {@code valid_to} is the last day held, the law's {@code until} the day
     * after), and the latest livestock count per owner and species; in the server's order (person, start, id).
     */
    private void readAssets(Connection c, LongMap<PersonDraft> persons, String who) throws SQLException {
        try (CopyRows r = new CopyRows(c, """
                select person_id, kind, area_m2::text, valid_from, valid_to from real_estate
                 where person_id %s and valid_from <= %2$s and (valid_to is null or valid_to >= %2$s)
                 order by person_id, valid_from, id""".formatted(who, day))) {
            while (r.next()) {
                PersonDraft p = persons.get(r.getLong(0));
                if (p != null) {
                    RealEstate.Kind kind = RegistryCodes.parse(RealEstate.Kind.class, r.getString(1));
                    String area = r.getString(2);
                    Draft d = p.family;
                    (d.realEstate == null ? d.realEstate = new ArrayList<>(2) : d.realEstate).add(new RealEstate(
                            p.key, kind == null ? RealEstate.Kind.OTHER : kind,
                            area == null ? null : new BigDecimal(area), r.getDate(3), dayAfter(r.getDate(4))));
                }
            }
        }
        try (CopyRows r = new CopyRows(c, """
                select person_id, kind, made_year, valid_from, valid_to from vehicle
                 where person_id %s and valid_from <= %2$s and (valid_to is null or valid_to >= %2$s)
                 order by person_id, valid_from, id""".formatted(who, day))) {
            while (r.next()) {
                PersonDraft p = persons.get(r.getLong(0));
                if (p != null) {
                    Vehicle.Kind kind = RegistryCodes.parse(Vehicle.Kind.class, r.getString(1));
                    Draft d = p.family;
                    (d.vehicles == null ? d.vehicles = new ArrayList<>(2) : d.vehicles).add(new Vehicle(
                            p.key, kind == null ? Vehicle.Kind.OTHER : kind, r.getIntOrNull(2),
                            r.getDate(3), dayAfter(r.getDate(4))));
                }
            }
        }
        try (CopyRows r = new CopyRows(c, """
                select person_id, hectares::text, purpose, valid_from, valid_to from land_plot
                 where person_id %s and valid_from <= %2$s and (valid_to is null or valid_to >= %2$s)
                 order by person_id, valid_from, id""".formatted(who, day))) {
            while (r.next()) {
                PersonDraft p = persons.get(r.getLong(0));
                if (p != null) {
                    LandPlot.Purpose purpose = RegistryCodes.parse(LandPlot.Purpose.class, r.getString(2));
                    Draft d = p.family;
                    (d.land == null ? d.land = new ArrayList<>(1) : d.land).add(new LandPlot(
                            p.key, new BigDecimal(r.getString(1)),
                            purpose == null ? LandPlot.Purpose.OTHER : purpose, r.getDate(3), dayAfter(r.getDate(4))));
                }
            }
        }
        try (CopyRows r = new CopyRows(c, """
                select distinct on (person_id, species) person_id, species, head, as_of from livestock
                 where person_id %s and as_of <= %2$s
                 order by person_id, species, as_of desc""".formatted(who, day))) {
            while (r.next()) {
                PersonDraft p = persons.get(r.getLong(0));
                Livestock.Species species = RegistryCodes.parse(Livestock.Species.class, r.getString(1));
                if (p != null && species != null) {
                    Draft d = p.family;
                    (d.livestock == null ? d.livestock = new ArrayList<>(2) : d.livestock).add(new Livestock(
                            p.key, species, (int) r.getLong(2), r.getDate(3)));
                }
            }
        }
    }

    private static LocalDate dayAfter(LocalDate lastDayHeld) {
        return lastDayHeld == null ? null : lastDayHeld.plusDays(1);
    }

    private void readFamilyFacts(Connection c, long lo, long hi, LongMap<Draft> byId) throws SQLException {
        try (CopyRows r = new CopyRows(c, """
                select family_id, kind, in_regional_quota, from_region, settled_on, rent_rate_mrp from resettlement
                 where family_id between %d and %d and settled_on <= %s""".formatted(lo, hi, day))) {
            while (r.next()) {
                Draft d = byId.get(r.getLong(0));
                if (d != null) {
                    d.resettlement = new Resettlement(RegistryCodes.parse(ResettlerKind.class, r.getString(1)),
                            r.getBoolean(2), r.getString(3), r.getDate(4), r.getIntOrNull(5));
                }
            }
        }
        record Loss(Draft family, long deceased, String iin, LocalDate diedOn, boolean bothParentsLost) {
        }
        List<Loss> losses = new ArrayList<>();
        // Both parents may die on the same day: the one registered first (lower person id) is the breadwinner named,
        // as the synthetic country in memory names it; without the tie-break PostgreSQL may pick either.
        try (CopyRows r = new CopyRows(c, """
                select distinct on (b.family_id) b.family_id, b.deceased_id, p.iin, b.died_on, b.both_parents_lost
                  from breadwinner_loss b join person p on p.id = b.deceased_id
                 where b.family_id between %d and %d and b.died_on <= %s
                 order by b.family_id, b.died_on desc, b.deceased_id""".formatted(lo, hi, day))) {
            while (r.next()) {
                Draft d = byId.get(r.getLong(0));
                if (d != null) {
                    losses.add(new Loss(d, r.getLong(1), r.getString(2), r.getDate(3), r.getBoolean(4)));
                }
            }
        }
        if (losses.isEmpty()) {
            return;
        }
        StringBuilder ids = new StringBuilder("'{");
        for (int i = 0; i < losses.size(); i++) {
            ids.append(i == 0 ? "" : ",").append(losses.get(i).deceased());
        }
        String deceased = ids.append("}'::bigint[]").toString();
        Map<Long, Set<Long>> linked = new HashMap<>();
        try (CopyRows r = new CopyRows(c, """
                select related_person_id, person_id from person_relation
                 where related_person_id = any(%s) and kind in ('mother', 'father', 'guardian')""".formatted(deceased))) {
            while (r.next()) {
                linked.computeIfAbsent(r.getLong(0), k -> new HashSet<>()).add(r.getLong(1));
            }
        }
        Map<Long, List<Contribution>> contributions = new HashMap<>();
        try (CopyRows r = new CopyRows(c, """
                select person_id, month, income from social_contribution where person_id = any(%s)
                 order by person_id, month""".formatted(deceased))) {
            while (r.next()) {
                LocalDate m = r.getDate(1);
                contributions.computeIfAbsent(r.getLong(0), k -> new ArrayList<>())
                        .add(new Contribution(YearMonth.of(m.getYear(), m.getMonthValue()), r.getLong(2)));
            }
        }
        Map<Long, List<Participation>> participations = new HashMap<>();
        try (CopyRows r = new CopyRows(c, """
                select person_id, as_of, months from insurance_participation where person_id = any(%s)"""
                .formatted(deceased))) {
            while (r.next()) {
                participations.computeIfAbsent(r.getLong(0), k -> new ArrayList<>())
                        .add(new Participation(r.getDate(1), (int) r.getLong(2)));
            }
        }
        for (Loss loss : losses) {
            Set<Long> kin = linked.getOrDefault(loss.deceased(), Set.of());
            List<String> dependants = new ArrayList<>();
            for (PersonDraft m : loss.family().members) {
                if (kin.contains(m.id) || (m.motherId != null && m.motherId == loss.deceased())) {
                    dependants.add(Long.toString(m.id));
                }
            }
            // The deceased's insurance as the server reads it: as of the day after the death.
            LocalDate asOf = loss.diedOn().plusDays(1);
            LocalDate before = YearMonth.from(asOf).atDay(1);
            List<Contribution> paid = null;
            for (Contribution k : contributions.getOrDefault(loss.deceased(), List.of())) {
                if (k.month().atDay(1).isBefore(before)) {
                    if (paid == null) {
                        paid = new ArrayList<>();
                    }
                    paid.add(k);
                }
            }
            Integer months = null;
            LocalDate latest = null;
            for (Participation p : participations.getOrDefault(loss.deceased(), List.of())) {
                if (!p.asOf().isAfter(asOf) && (latest == null || p.asOf().isAfter(latest))) {
                    latest = p.asOf();
                    months = p.months();
                }
            }
            SocialInsurance insurance = paid != null || months != null ? new SocialInsurance(months, paid) : null;
            loss.family().loss = new BreadwinnerLoss(loss.diedOn(), loss.iin(), loss.bothParentsLost(), dependants,
                    insurance);
        }
    }

    private Family build(Draft d) {
        List<Long> ids = new ArrayList<>(d.members.size());
        for (PersonDraft p : d.members) {
            ids.add(p.id);
        }
        List<Member> members = new ArrayList<>(d.members.size());
        for (PersonDraft p : d.members) {
            // A mother who is not in the family on the date is not a member the law could look up.
            String motherId = p.motherId != null && ids.contains(p.motherId) ? Long.toString(p.motherId) : null;
            List<String> cared = List.of();
            if (p.caresFor != null) {
                cared = p.caresFor.stream().filter(ids::contains).map(String::valueOf).toList();
            }
            SocialInsurance insurance = p.contributions != null || p.participation != null
                    ? new SocialInsurance(p.participation, p.contributions) : null;
            members.add(new Member(p.key, p.iin, p.birthDate, p.sex, p.relation, p.status, motherId,
                    p.birthOrder, p.disability, insurance, p.awards, p.study,
                    employment(p).employment(), p.maternity,
                    p.longIllness, cared));
        }
        Family family = new Family(Long.toString(d.id), d.region, d.district, d.locality, members, sortedIncomes(d),
                d.loans, d.resettlement, d.loss);
        if (d.realEstate == null && d.vehicles == null && d.land == null && d.livestock == null) {
            return family;
        }
        return family.withAssets(new Assets(d.realEstate, d.vehicles, d.land, d.livestock));
    }

    /** The server's order: month descending, then person, type, source. */
    private static List<Income> sortedIncomes(Draft d) {
        d.incomes.sort(IncomeRow.SERVER_ORDER);
        List<Income> out = new ArrayList<>(d.incomes.size());
        for (IncomeRow row : d.incomes) {
            out.add(row.income());
        }
        return out;
    }
}
