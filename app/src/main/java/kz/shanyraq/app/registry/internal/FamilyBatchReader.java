package kz.shanyraq.app.registry.internal;

import kz.shanyraq.law.asof.RegistryCodes;
import kz.shanyraq.app.registry.DataGap;
import kz.shanyraq.app.registry.FamilyOnDate;
import kz.shanyraq.app.registry.FamilyRecord;
import kz.shanyraq.app.registry.MonthlyIncome;
import kz.shanyraq.app.registry.Territory;
import kz.shanyraq.law.asof.EmploymentOnDate;
import kz.shanyraq.law.asof.IncomeOfPeriod;
import kz.shanyraq.law.family.Assets;
import kz.shanyraq.law.family.Award;
import kz.shanyraq.law.family.AwardKind;
import kz.shanyraq.law.family.BreadwinnerLoss;
import kz.shanyraq.law.family.Contribution;
import kz.shanyraq.law.family.Disability;
import kz.shanyraq.law.family.DisabilityCause;
import kz.shanyraq.law.family.Employment;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Income;
import kz.shanyraq.law.family.LandPlot;
import kz.shanyraq.law.family.Livestock;
import kz.shanyraq.law.family.Loan;
import kz.shanyraq.law.family.LoanKind;
import kz.shanyraq.law.family.Locality;
import kz.shanyraq.law.family.Maternity;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.family.RealEstate;
import kz.shanyraq.law.family.ResidenceStatus;
import kz.shanyraq.law.family.Resettlement;
import kz.shanyraq.law.family.ResettlerKind;
import kz.shanyraq.law.family.SocialInsurance;
import kz.shanyraq.law.family.Study;
import kz.shanyraq.law.family.Vehicle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads many families, each as of its own date, with one query per registry table for all of them: the reading of
 * {@link FamilyReader#read(long, LocalDate, boolean)} without the facts history (what the law needs), for the life-event
 * workers, which evaluate hundreds of families per transaction. Each query joins the table with the list of
 * requests ({@code unnest} of request number, id and date) and applies the single reader's rule of that table to each
 * request's own date; rows come back ordered by request and then in the single reader's order, so the families are
 * equal value for value ({@code FamilyBatchReaderTest} compares them).
 */
@Component
public class FamilyBatchReader {

    private static final String FAMILIES = """
            with q (k, family_id, on_date) as (
                select * from unnest(cast(:k as int[]), cast(:id as bigint[]), cast(:d as date[])))
            """;
    private static final String PERSONS = """
            with q (k, person_id, on_date) as (
                select * from unnest(cast(:k as int[]), cast(:id as bigint[]), cast(:d as date[])))
            """;

    private final JdbcClient jdbc;

    FamilyBatchReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The families as of their dates, in the order asked; empty where the family does not exist. */
    public List<Optional<FamilyRecord>> read(List<FamilyOnDate> requests) {
        int n = requests.size();
        List<Optional<FamilyRecord>> out = new ArrayList<>(n);
        if (n == 0) {
            return out;
        }
        Object[] familyParams = keys(requests.stream().map(FamilyOnDate::familyId).toList(),
                requests.stream().map(FamilyOnDate::on).toList(), null);
        Set<Integer> existing = new HashSet<>(query(FAMILIES + "select q.k from q join family f on f.id = q.family_id",
                familyParams).query((rs, i) -> rs.getInt(1)).list());

        List<List<MemberRow>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new ArrayList<>());
        }
        query(FAMILIES + """
                select q.k, p.id, p.iin, p.birth_date, p.sex, p.mother_id, p.birth_order,
                       fm.relation, fm.valid_from, fm.valid_to
                  from q
                  join family_member fm on fm.family_id = q.family_id
                   and fm.valid_from <= q.on_date and (fm.valid_to is null or fm.valid_to >= q.on_date)
                  join person p on p.id = fm.person_id
                   and p.birth_date <= q.on_date and (p.death_date is null or p.death_date > q.on_date)
                 order by q.k, case fm.relation when 'head' then 0 when 'spouse' then 1 when 'child' then 2
                          else 3 end, p.birth_date, p.id""", familyParams)
                .query(rs -> {
                    rows.get(rs.getInt(1)).add(new MemberRow(rs.getLong(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class), RegistryCodes.sex(rs.getString(5)),
                            (Long) rs.getObject(6, Long.class), (Integer) rs.getObject(7, Integer.class),
                            relation(rs.getString(8)), rs.getObject(9, LocalDate.class),
                            rs.getObject(10, LocalDate.class)));
                });

        FamilyReader.Address[] addresses = new FamilyReader.Address[n];
        query(FAMILIES + """
                select distinct on (q.k) q.k, a.region_code, a.district_id, a.locality
                  from q join family_address a on a.family_id = q.family_id
                   and a.valid_from <= q.on_date and (a.valid_to is null or a.valid_to >= q.on_date)
                 order by q.k, a.valid_from desc""", familyParams)
                .query(rs -> {
                    addresses[rs.getInt(1)] = new FamilyReader.Address(new Territory(rs.getString(2), rs.getString(3)),
                            RegistryCodes.parse(Locality.class, rs.getString(4)));
                });

        Resettlement[] resettlements = new Resettlement[n];
        query(FAMILIES + """
                select q.k, r.kind, r.in_regional_quota, r.from_region, r.settled_on, r.rent_rate_mrp
                  from q join resettlement r on r.family_id = q.family_id and r.settled_on <= q.on_date""",
                familyParams)
                .query(rs -> {
                    int k = rs.getInt(1);
                    if (resettlements[k] != null) {
                        throw new IllegalStateException("family " + requests.get(k).familyId()
                                + " has more than one resettlement");
                    }
                    resettlements[k] = new Resettlement(RegistryCodes.parse(ResettlerKind.class, rs.getString(2)),
                            rs.getBoolean(3), rs.getString(4), rs.getObject(5, LocalDate.class),
                            (Integer) rs.getObject(6, Integer.class));
                });

        // Person-keyed requests: every member of every family, with the family's request number and date.
        List<Integer> pk = new ArrayList<>();
        List<Long> pid = new ArrayList<>();
        List<LocalDate> pon = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            for (MemberRow r : rows.get(k)) {
                pk.add(k);
                pid.add(r.personId());
                pon.add(requests.get(k).on());
            }
        }
        Object[] personParams = keys(pid, pon, pk);
        PersonFacts facts = pid.isEmpty() ? new PersonFacts(n) : personFacts(personParams, n);
        Map<Integer, BreadwinnerLoss> losses = breadwinnerLosses(familyParams, rows, requests);

        for (int k = 0; k < n; k++) {
            if (!existing.contains(k)) {
                out.add(Optional.empty());
                continue;
            }
            FamilyOnDate request = requests.get(k);
            List<DataGap> gaps = new ArrayList<>();
            FamilyReader.Address address = addresses[k];
            if (address == null) {
                gaps.add(new DataGap("no-address", null, null));
            }
            List<MemberRow> members = rows.get(k);
            List<Long> ids = members.stream().map(MemberRow::personId).toList();
            MemberFacts mf = facts.of(k, ids);
            List<Member> law = new ArrayList<>(members.size());
            for (MemberRow row : members) {
                Member member = mf.member(row, ids);
                if (mf.statusMissing(row.personId())) {
                    gaps.add(new DataGap("no-status", row.id(), null));
                }
                law.add(member);
            }
            List<MonthlyIncome> incomeRows = facts.incomes.get(k);
            List<Income> incomes = FamilyReader.lawIncomes(incomeRows, gaps);
            Family family = new Family(Long.toString(request.familyId()),
                    address == null ? null : address.territory().region(),
                    address == null ? null : address.territory().district(),
                    address == null ? null : address.locality(),
                    law, incomes, mf.loans(), resettlements[k], losses.get(k))
                    .withAssets(ids.isEmpty() ? Assets.NONE : new Assets(facts.realEstate.get(k),
                            facts.vehicles.get(k), facts.land.get(k), facts.livestock.get(k)));
            out.add(Optional.of(new FamilyRecord(request.familyId(), request.on(), family,
                    address == null ? null : address.territory(), List.of(), incomeRows, gaps)));
        }
        return out;
    }

    /** The person-level facts of all members of all requests, by request number. */
    private static final class PersonFacts {
        final List<Map<Long, ResidenceStatus>> statuses;
        final List<Map<Long, Disability>> disabilities;
        final List<Map<Long, Study>> studies;
        final List<Set<Long>> longIllness;
        final List<Map<Long, List<Long>>> caresFor;
        final List<Map<Long, List<Award>>> awards;
        final List<Map<Long, Maternity>> maternity;
        final List<Map<Long, Employment>> employment;
        final List<Map<Long, List<Contribution>>> contributions;
        final List<Map<Long, Integer>> participation;
        final List<List<Loan>> loans;
        final List<List<MonthlyIncome>> incomes;
        final List<List<RealEstate>> realEstate;
        final List<List<Vehicle>> vehicles;
        final List<List<LandPlot>> land;
        final List<List<Livestock>> livestock;

        PersonFacts(int n) {
            statuses = maps(n);
            disabilities = maps(n);
            studies = maps(n);
            caresFor = maps(n);
            awards = maps(n);
            maternity = maps(n);
            employment = maps(n);
            contributions = maps(n);
            participation = maps(n);
            loans = lists(n);
            incomes = lists(n);
            realEstate = lists(n);
            vehicles = lists(n);
            land = lists(n);
            livestock = lists(n);
            longIllness = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                longIllness.add(new HashSet<>());
            }
        }

        private static <V> List<Map<Long, V>> maps(int n) {
            List<Map<Long, V>> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(new HashMap<>());
            }
            return out;
        }

        private static <V> List<List<V>> lists(int n) {
            List<List<V>> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(new ArrayList<>());
            }
            return out;
        }

        MemberFacts of(int k, List<Long> ids) {
            Map<Long, SocialInsurance> insurance = new HashMap<>();
            for (Long id : ids) {
                List<Contribution> c = contributions.get(k).get(id);
                Integer months = participation.get(k).get(id);
                if (c != null || months != null) {
                    insurance.put(id, new SocialInsurance(months, c));
                }
            }
            return new MemberFacts(statuses.get(k), disabilities.get(k), studies.get(k), longIllness.get(k),
                    caresFor.get(k), awards.get(k), maternity.get(k), employment.get(k), insurance, loans.get(k));
        }
    }

    private PersonFacts personFacts(Object[] p, int n) {
        PersonFacts f = new PersonFacts(n);
        query(PERSONS + """
                select distinct on (q.k, s.person_id) q.k, s.person_id, s.status
                  from q join person_status s on s.person_id = q.person_id
                   and s.valid_from <= q.on_date and (s.valid_to is null or s.valid_to >= q.on_date)
                 order by q.k, s.person_id, s.valid_from desc""", p)
                .query(rs -> {
                    ResidenceStatus s = RegistryCodes.parse(ResidenceStatus.class, rs.getString(3));
                    if (s != null) {
                        f.statuses.get(rs.getInt(1)).put(rs.getLong(2), s);
                    }
                });
        disabilities(p, (k, person, disability) -> f.disabilities.get(k).put(person, disability));
        query(PERSONS + """
                select distinct on (q.k, s.person_id) q.k, s.person_id, s.valid_from, s.valid_to
                  from q join study s on s.person_id = q.person_id and s.full_time
                   and s.valid_from <= q.on_date and (s.valid_to is null or s.valid_to >= q.on_date)
                 order by q.k, s.person_id, s.valid_from desc""", p)
                .query(rs -> {
                    f.studies.get(rs.getInt(1)).put(rs.getLong(2),
                            new Study(rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)));
                });
        query(PERSONS + """
                select distinct q.k, l.person_id
                  from q join long_illness l on l.person_id = q.person_id
                   and l.valid_from <= q.on_date and (l.valid_to is null or l.valid_to >= q.on_date)""", p)
                .query(rs -> {
                    f.longIllness.get(rs.getInt(1)).add(rs.getLong(2));
                });
        query(PERSONS + """
                select q.k, c.carer_id, c.cared_id
                  from q join care_duty c on c.carer_id = q.person_id
                   and c.valid_from <= q.on_date and (c.valid_to is null or c.valid_to >= q.on_date)
                 order by q.k, c.carer_id, c.cared_id""", p)
                .query(rs -> {
                    f.caresFor.get(rs.getInt(1)).computeIfAbsent(rs.getLong(2), x -> new ArrayList<>())
                            .add(rs.getLong(3));
                });
        query(PERSONS + """
                select q.k, a.person_id, a.kind, a.awarded_on
                  from q join award a on a.person_id = q.person_id and a.awarded_on <= q.on_date
                 order by q.k, a.person_id, a.awarded_on""", p)
                .query(rs -> {
                    AwardKind kind = RegistryCodes.parse(AwardKind.class, rs.getString(3));
                    if (kind != null) {
                        f.awards.get(rs.getInt(1)).computeIfAbsent(rs.getLong(2), x -> new ArrayList<>())
                                .add(new Award(kind, rs.getObject(4, LocalDate.class)));
                    }
                });
        query(PERSONS + """
                select distinct on (q.k, m.person_id) q.k, m.person_id, m.starts_on, m.days
                  from q join maternity_leave m on m.person_id = q.person_id and m.starts_on <= q.on_date
                 order by q.k, m.person_id, m.starts_on desc""", p)
                .query(rs -> {
                    f.maternity.get(rs.getInt(1)).put(rs.getLong(2),
                            new Maternity(rs.getObject(3, LocalDate.class), rs.getInt(4)));
                });
        // Employed on the date: the registry's one rule (EmploymentOnDate) per request and member, fed the rows
        // the rule reads (contracts started by the date, entrepreneurial income of the month and the month before,
        // registrations as unemployed made by the date).
        Integer[] ks = (Integer[]) p[0];
        Long[] ids = (Long[]) p[1];
        String[] days = (String[]) p[2];
        Map<Integer, Map<Long, EmploymentOnDate>> rules = new HashMap<>();
        for (int i = 0; i < ks.length; i++) {
            rules.computeIfAbsent(ks[i], x -> new HashMap<>())
                    .put(ids[i], new EmploymentOnDate(LocalDate.parse(days[i])));
        }
        query(PERSONS + """
                select q.k, q.person_id, c.started_on, c.ended_on
                  from q join employment_contract c on c.person_id = q.person_id and c.started_on <= q.on_date""", p)
                .query(rs -> {
                    rules.get(rs.getInt(1)).get(rs.getLong(2))
                            .contract(rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class));
                });
        query(PERSONS + """
                select q.k, q.person_id, i.month, i.amount
                  from q join income i on i.person_id = q.person_id and i.type = 'entrepreneurial'
                   and i.month >= cast(date_trunc('month', q.on_date) - interval '1 month' as date)
                   and i.month <= q.on_date""", p)
                .query(rs -> {
                    rules.get(rs.getInt(1)).get(rs.getLong(2))
                            .income(IncomeOfPeriod.monthIndex(rs.getObject(3, LocalDate.class)), true, rs.getLong(4));
                });
        query(PERSONS + """
                select q.k, q.person_id, u.registered_on, u.ended_on
                  from q join unemployment_registration u on u.person_id = q.person_id
                   and u.registered_on <= q.on_date""", p)
                .query(rs -> {
                    rules.get(rs.getInt(1)).get(rs.getLong(2))
                            .registration(rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class));
                });
        rules.forEach((k, byPerson) -> byPerson.forEach((person, rule) ->
                f.employment.get(k).put(person, rule.employment())));
        socialInsurance(f, p);
        query(PERSONS + """
                select q.k, l.person_id, l.kind, l.opened_on,
                       case when l.closed_on <= q.on_date then l.closed_on end
                  from q join loan l on l.person_id = q.person_id and l.opened_on <= q.on_date
                 order by q.k, l.person_id, l.opened_on, l.id""", p)
                .query(rs -> {
                    LoanKind kind = RegistryCodes.parse(LoanKind.class, rs.getString(3));
                    f.loans.get(rs.getInt(1)).add(new Loan(Long.toString(rs.getLong(2)),
                            kind == null ? LoanKind.OTHER : kind, rs.getObject(4, LocalDate.class),
                            rs.getObject(5, LocalDate.class)));
                });
        query(PERSONS + """
                select q.k, i.person_id, i.month, i.type, i.source, i.amount
                  from q join income i on i.person_id = q.person_id
                   and i.month >= cast(date_trunc('month', q.on_date) - make_interval(months => :months) as date)
                   and i.month < cast(date_trunc('month', q.on_date) as date)
                 order by q.k, i.month desc, i.person_id, i.type, i.source""", p, FamilyReader.INCOME_MONTHS)
                .query(rs -> {
                    f.incomes.get(rs.getInt(1)).add(new MonthlyIncome(Long.toString(rs.getLong(2)),
                            YearMonth.from(rs.getObject(3, LocalDate.class)), rs.getString(4), rs.getString(5),
                            rs.getLong(6)));
                });
        query(PERSONS + """
                select q.k, r.person_id, r.kind, r.area_m2, r.valid_from, r.valid_to
                  from q join real_estate r on r.person_id = q.person_id
                   and r.valid_from <= q.on_date and (r.valid_to is null or r.valid_to >= q.on_date)
                 order by q.k, r.person_id, r.valid_from, r.id""", p)
                .query(rs -> {
                    RealEstate.Kind kind = RegistryCodes.parse(RealEstate.Kind.class, rs.getString(3));
                    f.realEstate.get(rs.getInt(1)).add(new RealEstate(Long.toString(rs.getLong(2)),
                            kind == null ? RealEstate.Kind.OTHER : kind, rs.getBigDecimal(4),
                            rs.getObject(5, LocalDate.class), dayAfter(rs, 6)));
                });
        query(PERSONS + """
                select q.k, v.person_id, v.kind, v.made_year, v.valid_from, v.valid_to
                  from q join vehicle v on v.person_id = q.person_id
                   and v.valid_from <= q.on_date and (v.valid_to is null or v.valid_to >= q.on_date)
                 order by q.k, v.person_id, v.valid_from, v.id""", p)
                .query(rs -> {
                    Vehicle.Kind kind = RegistryCodes.parse(Vehicle.Kind.class, rs.getString(3));
                    f.vehicles.get(rs.getInt(1)).add(new Vehicle(Long.toString(rs.getLong(2)),
                            kind == null ? Vehicle.Kind.OTHER : kind, (Integer) rs.getObject(4, Integer.class),
                            rs.getObject(5, LocalDate.class), dayAfter(rs, 6)));
                });
        query(PERSONS + """
                select q.k, l.person_id, l.hectares, l.purpose, l.valid_from, l.valid_to
                  from q join land_plot l on l.person_id = q.person_id
                   and l.valid_from <= q.on_date and (l.valid_to is null or l.valid_to >= q.on_date)
                 order by q.k, l.person_id, l.valid_from, l.id""", p)
                .query(rs -> {
                    LandPlot.Purpose purpose = RegistryCodes.parse(LandPlot.Purpose.class, rs.getString(4));
                    f.land.get(rs.getInt(1)).add(new LandPlot(Long.toString(rs.getLong(2)), rs.getBigDecimal(3),
                            purpose == null ? LandPlot.Purpose.OTHER : purpose, rs.getObject(5, LocalDate.class),
                            dayAfter(rs, 6)));
                });
        query(PERSONS + """
                select distinct on (q.k, l.person_id, l.species) q.k, l.person_id, l.species, l.head, l.as_of
                  from q join livestock l on l.person_id = q.person_id and l.as_of <= q.on_date
                 order by q.k, l.person_id, l.species, l.as_of desc""", p)
                .query(rs -> {
                    Livestock.Species species = RegistryCodes.parse(Livestock.Species.class, rs.getString(3));
                    if (species != null) {
                        f.livestock.get(rs.getInt(1)).add(new Livestock(Long.toString(rs.getLong(2)), species,
                                rs.getInt(4), rs.getObject(5, LocalDate.class)));
                    }
                });
        return f;
    }

    /**
     * Each person's disability as of their date, as a family read gives it to the member; {@code null} where there is
     * none.
     */
    public List<Disability> disabilities(List<Long> persons, List<LocalDate> dates) {
        List<Disability> out = new ArrayList<>(java.util.Collections.nCopies(persons.size(), null));
        if (!persons.isEmpty()) {
            disabilities(keys(persons, dates, null), (k, person, disability) -> out.set(k, disability));
        }
        return out;
    }

    private interface DisabilityRow {
        void accept(int k, long person, Disability disability);
    }

    /** The one reading of disabilities (the latest period containing the date), for members and for subjects. */
    private void disabilities(Object[] p, DisabilityRow row) {
        query(PERSONS + """
                select distinct on (q.k, d.person_id) q.k, d.person_id, d.grp, d.cause,
                       d.work_capacity_loss_percent, d.valid_from, d.valid_to
                  from q join disability d on d.person_id = q.person_id
                   and d.valid_from <= q.on_date and (d.valid_to is null or d.valid_to >= q.on_date)
                 order by q.k, d.person_id, d.valid_from desc""", p)
                .query(rs -> {
                    row.accept(rs.getInt(1), rs.getLong(2), new Disability(
                            (Integer) rs.getObject(3, Integer.class),
                            RegistryCodes.parse(DisabilityCause.class, rs.getString(4)),
                            rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                            (Integer) rs.getObject(5, Integer.class)));
                });
    }

    /** The single reader's {@code breadwinnerLoss} for every request; rare, so its later steps go per loss. */
    private Map<Integer, BreadwinnerLoss> breadwinnerLosses(Object[] familyParams, List<List<MemberRow>> rows,
                                                            List<FamilyOnDate> requests) {
        record Loss(int k, long deceasedId, String iin, LocalDate diedOn, boolean bothParentsLost) {
        }
        List<Loss> losses = query(FAMILIES + """
                select distinct on (q.k) q.k, b.deceased_id, p.iin, b.died_on, b.both_parents_lost
                  from q join breadwinner_loss b on b.family_id = q.family_id and b.died_on <= q.on_date
                  join person p on p.id = b.deceased_id
                 order by q.k, b.died_on desc, b.deceased_id""", familyParams)
                .query((rs, i) -> new Loss(rs.getInt(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getBoolean(5)))
                .list();
        Map<Integer, BreadwinnerLoss> out = new HashMap<>();
        if (losses.isEmpty()) {
            return out;
        }
        Map<Long, Set<Long>> linked = new HashMap<>();
        jdbc.sql("""
                select related_person_id, person_id from person_relation
                 where related_person_id = any(:deceased) and kind in ('mother', 'father', 'guardian')""")
                .param("deceased", losses.stream().map(Loss::deceasedId).distinct().toArray(Long[]::new))
                .query(rs -> {
                    linked.computeIfAbsent(rs.getLong(1), x -> new HashSet<>()).add(rs.getLong(2));
                });
        // The deceased's insurance as of the day after the death, read like a member's.
        List<Integer> pk = new ArrayList<>();
        List<Long> pid = new ArrayList<>();
        List<LocalDate> pon = new ArrayList<>();
        for (int i = 0; i < losses.size(); i++) {
            pk.add(i);
            pid.add(losses.get(i).deceasedId());
            pon.add(losses.get(i).diedOn().plusDays(1));
        }
        PersonFacts insurance = new PersonFacts(losses.size());
        Object[] p = keys(pid, pon, pk);
        socialInsurance(insurance, p);
        for (int i = 0; i < losses.size(); i++) {
            Loss loss = losses.get(i);
            Set<Long> children = linked.getOrDefault(loss.deceasedId(), Set.of());
            List<String> dependants = rows.get(loss.k()).stream()
                    .filter(m -> children.contains(m.personId())
                            || (m.motherId() != null && m.motherId() == loss.deceasedId()))
                    .map(MemberRow::id)
                    .toList();
            SocialInsurance si = insurance.of(i, List.of(loss.deceasedId())).insurance().get(loss.deceasedId());
            out.put(loss.k(), new BreadwinnerLoss(loss.diedOn(), loss.iin(), loss.bothParentsLost(), dependants, si));
        }
        return out;
    }

    /** Parameters {@code k}, {@code id}, {@code d}: request numbers (0.. when {@code k} is null), ids and dates. */
    /** Social contributions before the month of the date and the latest insurance participation, into {@code f}. */
    private void socialInsurance(PersonFacts f, Object[] p) {
        query(PERSONS + """
                select q.k, c.person_id, c.month, c.income
                  from q join social_contribution c on c.person_id = q.person_id
                   and c.month < cast(date_trunc('month', q.on_date) as date)
                 order by q.k, c.person_id, c.month""", p)
                .query(rs -> {
                    f.contributions.get(rs.getInt(1)).computeIfAbsent(rs.getLong(2), x -> new ArrayList<>())
                            .add(new Contribution(YearMonth.from(rs.getObject(3, LocalDate.class)), rs.getLong(4)));
                });
        query(PERSONS + """
                select distinct on (q.k, i.person_id) q.k, i.person_id, i.months
                  from q join insurance_participation i on i.person_id = q.person_id and i.as_of <= q.on_date
                 order by q.k, i.person_id, i.as_of desc""", p)
                .query(rs -> {
                    f.participation.get(rs.getInt(1)).put(rs.getLong(2), rs.getInt(3));
                });
    }

    private static Object[] keys(List<Long> ids, List<LocalDate> dates, List<Integer> k) {
        Integer[] ks = new Integer[ids.size()];
        String[] ds = new String[ids.size()];
        for (int i = 0; i < ks.length; i++) {
            ks[i] = k == null ? i : k.get(i);
            ds[i] = dates.get(i).toString();
        }
        return new Object[] {ks, ids.toArray(Long[]::new), ds};
    }

    private JdbcClient.StatementSpec query(String sql, Object[] p) {
        return jdbc.sql(sql).param("k", p[0]).param("id", p[1]).param("d", p[2]);
    }

    private JdbcClient.StatementSpec query(String sql, Object[] p, int months) {
        return query(sql, p).param("months", months);
    }

    private static LocalDate dayAfter(ResultSet rs, int column) throws SQLException {
        LocalDate lastDayHeld = rs.getObject(column, LocalDate.class);
        return lastDayHeld == null ? null : lastDayHeld.plusDays(1);
    }

    private static kz.shanyraq.law.family.Relation relation(String code) {
        kz.shanyraq.law.family.Relation r = RegistryCodes.parse(kz.shanyraq.law.family.Relation.class, code);
        if (r == null) {
            throw new IllegalStateException("registry holds an unknown relation '" + code + "'");
        }
        return r;
    }
}
