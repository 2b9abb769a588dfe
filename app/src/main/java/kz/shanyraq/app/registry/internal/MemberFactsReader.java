package kz.shanyraq.app.registry.internal;

import kz.shanyraq.law.asof.RegistryCodes;
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
import kz.shanyraq.law.family.LandPlot;
import kz.shanyraq.law.family.Livestock;
import kz.shanyraq.law.family.Loan;
import kz.shanyraq.law.family.LoanKind;
import kz.shanyraq.law.family.Maternity;
import kz.shanyraq.law.family.RealEstate;
import kz.shanyraq.law.family.ResidenceStatus;
import kz.shanyraq.law.family.Resettlement;
import kz.shanyraq.law.family.ResettlerKind;
import kz.shanyraq.law.family.SocialInsurance;
import kz.shanyraq.law.family.Study;
import kz.shanyraq.law.family.Vehicle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the law-relevant facts of a family's members, and of the family itself, in force on a date. */
@Component
class MemberFactsReader {

    private final JdbcClient jdbc;

    MemberFactsReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    MemberFacts read(List<Long> ids, LocalDate on) {
        if (ids.isEmpty()) {
            return new MemberFacts(Map.of(), Map.of(), Map.of(), Set.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                    Map.of(), List.of());
        }
        return new MemberFacts(statuses(ids, on), disabilities(ids, on), studies(ids, on), longIllness(ids, on),
                caresFor(ids, on), awards(ids, on), maternity(ids, on), employment(ids, on), insurance(ids, on),
                loans(ids, on));
    }

    private Map<String, Object> params(List<Long> ids, LocalDate on) {
        return Map.of("ids", ids, "on", on);
    }

    private Map<Long, ResidenceStatus> statuses(List<Long> ids, LocalDate on) {
        Map<Long, ResidenceStatus> out = new HashMap<>();
        jdbc.sql("""
                        select distinct on (person_id) person_id, status from person_status
                         where person_id in (:ids) and valid_from <= :on and (valid_to is null or valid_to >= :on)
                         order by person_id, valid_from desc
                        """)
                .params(params(ids, on))
                .query(rs -> {
                    ResidenceStatus s = RegistryCodes.parse(ResidenceStatus.class, rs.getString(2));
                    if (s != null) {
                        out.put(rs.getLong(1), s);
                    }
                });
        return out;
    }

    private Map<Long, Disability> disabilities(List<Long> ids, LocalDate on) {
        Map<Long, Disability> out = new HashMap<>();
        jdbc.sql("""
                        select distinct on (person_id) person_id, grp, cause, work_capacity_loss_percent,
                               valid_from, valid_to
                          from disability
                         where person_id in (:ids) and valid_from <= :on and (valid_to is null or valid_to >= :on)
                         order by person_id, valid_from desc
                        """)
                .params(params(ids, on))
                .query(rs -> {
                    out.put(rs.getLong("person_id"), new Disability(
                            (Integer) rs.getObject("grp", Integer.class),
                            RegistryCodes.parse(DisabilityCause.class, rs.getString("cause")),
                            rs.getObject("valid_from", LocalDate.class),
                            rs.getObject("valid_to", LocalDate.class),
                            (Integer) rs.getObject("work_capacity_loss_percent", Integer.class)));
                });
        return out;
    }

    private Map<Long, Study> studies(List<Long> ids, LocalDate on) {
        Map<Long, Study> out = new HashMap<>();
        jdbc.sql("""
                        select distinct on (person_id) person_id, valid_from, valid_to from study
                         where person_id in (:ids) and full_time
                           and valid_from <= :on and (valid_to is null or valid_to >= :on)
                         order by person_id, valid_from desc
                        """)
                .params(params(ids, on))
                .query(rs -> {
                    out.put(rs.getLong(1), new Study(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)));
                });
        return out;
    }

    private Set<Long> longIllness(List<Long> ids, LocalDate on) {
        return new HashSet<>(jdbc.sql("""
                        select distinct person_id from long_illness
                         where person_id in (:ids) and valid_from <= :on and (valid_to is null or valid_to >= :on)
                        """)
                .params(params(ids, on))
                .query(Long.class).list());
    }

    private Map<Long, List<Long>> caresFor(List<Long> ids, LocalDate on) {
        Map<Long, List<Long>> out = new HashMap<>();
        jdbc.sql("""
                        select carer_id, cared_id from care_duty
                         where carer_id in (:ids) and valid_from <= :on and (valid_to is null or valid_to >= :on)
                         order by carer_id, cared_id
                        """)
                .params(params(ids, on))
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return out;
    }

    private Map<Long, List<Award>> awards(List<Long> ids, LocalDate on) {
        Map<Long, List<Award>> out = new HashMap<>();
        jdbc.sql("""
                        select person_id, kind, awarded_on from award
                         where person_id in (:ids) and awarded_on <= :on
                         order by person_id, awarded_on
                        """)
                .params(params(ids, on))
                .query(rs -> {
                    AwardKind kind = RegistryCodes.parse(AwardKind.class, rs.getString(2));
                    if (kind != null) {
                        out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new Award(kind, rs.getObject(3, LocalDate.class)));
                    }
                });
        return out;
    }

    /** The latest leave that started by the date; whether it still gives a right is the measure's question. */
    private Map<Long, Maternity> maternity(List<Long> ids, LocalDate on) {
        Map<Long, Maternity> out = new HashMap<>();
        jdbc.sql("""
                        select distinct on (person_id) person_id, starts_on, days from maternity_leave
                         where person_id in (:ids) and starts_on <= :on
                         order by person_id, starts_on desc
                        """)
                .params(params(ids, on))
                .query(rs -> {
                    out.put(rs.getLong(1), new Maternity(rs.getObject(2, LocalDate.class), rs.getInt(3)));
                });
        return out;
    }

    /**
     * Employed on the date, by the registry's one rule ({@link EmploymentOnDate}): the members' contracts started by
     * the date, their entrepreneurial income of the month of the date and the month before, and their registrations
     * as unemployed.
     */
    private Map<Long, Employment> employment(List<Long> ids, LocalDate on) {
        Map<Long, EmploymentOnDate> rules = new HashMap<>();
        for (Long id : ids) {
            rules.put(id, new EmploymentOnDate(on));
        }
        jdbc.sql("select person_id, started_on, ended_on from employment_contract where person_id in (:ids)"
                        + " and started_on <= :on")
                .params(params(ids, on))
                .query(rs -> {
                    rules.get(rs.getLong(1)).contract(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class));
                });
        Map<String, Object> p = new HashMap<>(params(ids, on));
        p.put("first", EmploymentOnDate.firstIncomeDay(on));
        jdbc.sql("select person_id, month, amount from income where person_id in (:ids)"
                        + " and type = 'entrepreneurial' and month >= :first and month <= :on")
                .params(p)
                .query(rs -> {
                    rules.get(rs.getLong(1)).income(IncomeOfPeriod.monthIndex(rs.getObject(2, LocalDate.class)), true,
                            rs.getLong(3));
                });
        jdbc.sql("select person_id, registered_on, ended_on from unemployment_registration where person_id in (:ids)"
                        + " and registered_on <= :on")
                .params(params(ids, on))
                .query(rs -> {
                    rules.get(rs.getLong(1)).registration(rs.getObject(2, LocalDate.class),
                            rs.getObject(3, LocalDate.class));
                });
        Map<Long, Employment> out = new HashMap<>();
        rules.forEach((id, rule) -> out.put(id, rule.employment()));
        return out;
    }

    /** Contributions of the months before the month of the date, and the participation the ГФСС last reported. */
    private Map<Long, SocialInsurance> insurance(List<Long> ids, LocalDate on) {
        Map<Long, List<Contribution>> contributions = new LinkedHashMap<>();
        jdbc.sql("""
                        select person_id, month, income from social_contribution
                         where person_id in (:ids) and month < :current
                         order by person_id, month
                        """)
                .params(Map.of("ids", ids, "current", YearMonth.from(on).atDay(1)))
                .query(rs -> {
                    contributions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Contribution(YearMonth.from(rs.getObject(2, LocalDate.class)), rs.getLong(3)));
                });
        Map<Long, Integer> participation = new HashMap<>();
        jdbc.sql("""
                        select distinct on (person_id) person_id, months from insurance_participation
                         where person_id in (:ids) and as_of <= :on
                         order by person_id, as_of desc
                        """)
                .params(params(ids, on))
                .query(rs -> {
                    participation.put(rs.getLong(1), rs.getInt(2));
                });
        Map<Long, SocialInsurance> out = new HashMap<>();
        for (Long id : ids) {
            List<Contribution> c = contributions.get(id);
            Integer months = participation.get(id);
            if (c != null || months != null) {
                out.put(id, new SocialInsurance(months, c));
            }
        }
        return out;
    }

    /** Loans opened by the date; one closed after the date was still outstanding on it. */
    /**
     * Property held on the date. The registry's {@code valid_to} is the last day held (inclusive); the law's
     * {@code until} is the first day no longer held, hence the day added. Livestock: the latest count on or
     * before the date, per owner and species.
     */
    Assets assets(List<Long> ids, LocalDate on) {
        if (ids.isEmpty()) {
            return Assets.NONE;
        }
        List<RealEstate> realEstate = jdbc.sql("""
                        select person_id, kind, area_m2, valid_from, valid_to from real_estate
                         where person_id in (:ids) and valid_from <= :on and (valid_to is null or valid_to >= :on)
                         order by person_id, valid_from, id
                        """)
                .params(params(ids, on))
                .query((rs, n) -> new RealEstate(Long.toString(rs.getLong(1)),
                        orOther(RegistryCodes.parse(RealEstate.Kind.class, rs.getString(2)), RealEstate.Kind.OTHER),
                        rs.getBigDecimal(3), rs.getObject(4, LocalDate.class),
                        dayAfter(rs.getObject(5, LocalDate.class))))
                .list();
        List<Vehicle> vehicles = jdbc.sql("""
                        select person_id, kind, made_year, valid_from, valid_to from vehicle
                         where person_id in (:ids) and valid_from <= :on and (valid_to is null or valid_to >= :on)
                         order by person_id, valid_from, id
                        """)
                .params(params(ids, on))
                .query((rs, n) -> new Vehicle(Long.toString(rs.getLong(1)),
                        orOther(RegistryCodes.parse(Vehicle.Kind.class, rs.getString(2)), Vehicle.Kind.OTHER),
                        (Integer) rs.getObject(3, Integer.class), rs.getObject(4, LocalDate.class),
                        dayAfter(rs.getObject(5, LocalDate.class))))
                .list();
        List<LandPlot> land = jdbc.sql("""
                        select person_id, hectares, purpose, valid_from, valid_to from land_plot
                         where person_id in (:ids) and valid_from <= :on and (valid_to is null or valid_to >= :on)
                         order by person_id, valid_from, id
                        """)
                .params(params(ids, on))
                .query((rs, n) -> new LandPlot(Long.toString(rs.getLong(1)), rs.getBigDecimal(2),
                        orOther(RegistryCodes.parse(LandPlot.Purpose.class, rs.getString(3)), LandPlot.Purpose.OTHER),
                        rs.getObject(4, LocalDate.class), dayAfter(rs.getObject(5, LocalDate.class))))
                .list();
        List<Livestock> livestock = jdbc.sql("""
                        select distinct on (person_id, species) person_id, species, head, as_of from livestock
                         where person_id in (:ids) and as_of <= :on
                         order by person_id, species, as_of desc
                        """)
                .params(params(ids, on))
                .query((rs, n) -> new Livestock(Long.toString(rs.getLong(1)),
                        RegistryCodes.parse(Livestock.Species.class, rs.getString(2)), rs.getInt(3),
                        rs.getObject(4, LocalDate.class)))
                .list().stream().filter(l -> l.species() != null).toList();
        return new Assets(realEstate, vehicles, land, livestock);
    }

    private static LocalDate dayAfter(LocalDate lastDayHeld) {
        return lastDayHeld == null ? null : lastDayHeld.plusDays(1);
    }

    private static <E> E orOther(E parsed, E other) {
        return parsed == null ? other : parsed;
    }

    private List<Loan> loans(List<Long> ids, LocalDate on) {
        return jdbc.sql("""
                        select person_id, kind, opened_on, case when closed_on <= :on then closed_on end as closed_on
                          from loan where person_id in (:ids) and opened_on <= :on
                         order by person_id, opened_on, id
                        """)
                .params(params(ids, on))
                .query((rs, n) -> new Loan(Long.toString(rs.getLong(1)),
                        orOther(RegistryCodes.parse(LoanKind.class, rs.getString(2))),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)))
                .list();
    }

    private static LoanKind orOther(LoanKind kind) {
        return kind == null ? LoanKind.OTHER : kind;
    }

    Resettlement resettlement(long familyId, LocalDate on) {
        return jdbc.sql("""
                        select kind, in_regional_quota, from_region, settled_on, rent_rate_mrp from resettlement
                         where family_id = :family and settled_on <= :on
                        """)
                .param("family", familyId)
                .param("on", on)
                .query((rs, n) -> new Resettlement(
                        RegistryCodes.parse(ResettlerKind.class, rs.getString(1)),
                        rs.getBoolean(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        (Integer) rs.getObject(5, Integer.class)))
                .optional().orElse(null);
    }

    /**
     * The latest loss of a breadwinner by the date. Dependants are the members who are the deceased's children
     * (by the mother link or a mother/father relation) or wards (guardianship); whether each one qualifies (age,
     * study, disability) is the measure's question. When both parents died on the same day the one with the lower
     * person id is named, as the national recompute's bulk reader does, so both readers give the same family.
     */
    BreadwinnerLoss breadwinnerLoss(long familyId, List<MemberRow> members, LocalDate on) {
        record Loss(long deceasedId, String iin, LocalDate diedOn, boolean bothParentsLost) {
        }
        Loss loss = jdbc.sql("""
                        select b.deceased_id, p.iin, b.died_on, b.both_parents_lost
                          from breadwinner_loss b join person p on p.id = b.deceased_id
                         where b.family_id = :family and b.died_on <= :on
                         order by b.died_on desc, b.deceased_id limit 1
                        """)
                .param("family", familyId)
                .param("on", on)
                .query((rs, n) -> new Loss(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getBoolean(4)))
                .optional().orElse(null);
        if (loss == null) {
            return null;
        }
        Set<Long> linked = new HashSet<>(jdbc.sql("""
                        select person_id from person_relation
                         where related_person_id = :deceased and kind in ('mother', 'father', 'guardian')
                        """)
                .param("deceased", loss.deceasedId())
                .query(Long.class).list());
        List<String> dependants = members.stream()
                .filter(m -> linked.contains(m.personId())
                        || (m.motherId() != null && m.motherId() == loss.deceasedId()))
                .map(MemberRow::id)
                .toList();
        SocialInsurance insurance = insurance(List.of(loss.deceasedId()), loss.diedOn().plusDays(1))
                .get(loss.deceasedId());
        return new BreadwinnerLoss(loss.diedOn(), loss.iin(), loss.bothParentsLost(), dependants, insurance);
    }
}
