package kz.shanyraq.app.employment;

import kz.shanyraq.app.registry.FamilyRegistry;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.app.security.ShanyraqUser;
import kz.shanyraq.law.benefit.resettlement.RelocationSubsidy;
import kz.shanyraq.law.benefit.resettlement.RentSubsidy;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.InvalidInputException;
import kz.shanyraq.law.measure.Inputs;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.Measures;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.measure.Undetermined;
import kz.shanyraq.law.parameter.Law;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The yearly regional quota of kandas and movers (the MLSP order's form: region of settlement, number of persons)
 * loaded by the operator, and the families' applications: the relocation subsidy (70 МРП per head and member, once)
 * and the monthly rent-and-utilities subsidy (15–30 МРП for a year) computed by the law engine's measures
 * {@code relocation-subsidy} and {@code rent-subsidy}; the quota is never exceeded — the application takes its
 * persons from the quota in one conditional update ({@code used + persons <= persons}), so of concurrent
 * applications only those that fit are accepted. Arrival and employment are recorded.
 */
@Service
public class Resettlement {

    private final JdbcClient jdbc;
    private final FamilyRegistry registry;
    private final EmploymentAccess access;
    private final EmploymentLaw law;

    Resettlement(JdbcClient jdbc, FamilyRegistry registry, EmploymentAccess access, EmploymentLaw law) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.access = access;
        this.law = law;
    }

    public record QuotaLine(String regionCode, Integer persons) {
    }

    public record QuotaOrder(Integer year, List<QuotaLine> regions) {
    }

    public record QuotaUse(int year, String regionCode, int quota, int used, int applications, int arrived,
                           int employed) {
    }

    /** Loads (or corrects) a year's quota; validated in full, nothing written on an error. */
    @Transactional
    public void loadQuota(ShanyraqUser user, QuotaOrder order) {
        access.requireRole(user, "load the resettlement quota", Role.OPERATOR, Role.ADMIN);
        if (order == null || order.year() == null || order.year() < 2017 || order.year() > 2100) {
            throw new InvalidEmploymentInputException("year", "year is required (2017–2100)");
        }
        if (order.regions() == null || order.regions().isEmpty()) {
            throw new InvalidEmploymentInputException("regions", "at least one region");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < order.regions().size(); i++) {
            QuotaLine l = order.regions().get(i);
            String f = "regions[" + i + "]";
            if (l.regionCode() == null || jdbc.sql("select count(*) from region where code = :c")
                    .param("c", l.regionCode()).query(Long.class).single() == 0) {
                throw new InvalidEmploymentInputException(f + ".regionCode", "unknown region '" + l.regionCode() + "'");
            }
            if (!seen.add(l.regionCode())) {
                throw new InvalidEmploymentInputException(f + ".regionCode", "region " + l.regionCode() + " twice");
            }
            if (l.persons() == null || l.persons() < 0 || l.persons() > 1_000_000) {
                throw new InvalidEmploymentInputException(f + ".persons", "persons must be 0 to 1000000");
            }
            Integer used = jdbc.sql("select used from resettlement_quota where year = :y and region_code = :r for update")
                    .param("y", order.year()).param("r", l.regionCode()).query(Integer.class).optional().orElse(0);
            if (l.persons() < used) {
                throw new InvalidEmploymentInputException(f + ".persons", "the quota of " + l.regionCode()
                        + " may not fall below the " + used + " persons already accepted");
            }
        }
        for (QuotaLine l : order.regions()) {
            jdbc.sql("""
                    insert into resettlement_quota (year, region_code, persons, loaded_by) values (:y, :r, :p, :by)
                    on conflict (year, region_code) do update set persons = excluded.persons,
                        loaded_by = excluded.loaded_by, loaded_at = now()""")
                    .param("y", order.year()).param("r", l.regionCode()).param("p", l.persons())
                    .param("by", user.getUsername()).update();
        }
    }

    /**
     * An application of a kandas or mover family.
     *
     * @param rentRateMrp the rate the local executive body set for the family (15–30 МРП), optional
     */
    public record NewApplication(String headIin, String kind, Integer persons, String regionCode, String districtId,
                                 LocalDate appliedOn, Integer rentRateMrp) {
    }

    @Transactional
    public long apply(ShanyraqUser user, NewApplication a) {
        access.requireRole(user, "take resettlement applications", Role.CONSULTANT, Role.OPERATOR);
        if (a == null || a.headIin() == null || !a.headIin().matches("[0-9]{12}")) {
            throw new InvalidEmploymentInputException("headIin", "headIin must be 12 digits");
        }
        if (!"kandas".equals(a.kind()) && !"mover".equals(a.kind())) {
            throw new InvalidEmploymentInputException("kind", "kind is kandas or mover");
        }
        if (a.persons() == null || a.persons() < 1 || a.persons() > 50) {
            throw new InvalidEmploymentInputException("persons", "persons (head and members) must be 1 to 50");
        }
        LocalDate on = a.appliedOn() == null ? law.today() : a.appliedOn();
        if (on.isAfter(law.today())) {
            throw new InvalidEmploymentInputException("appliedOn", "appliedOn may not be in the future");
        }
        if (a.regionCode() == null) {
            throw new InvalidEmploymentInputException("regionCode", "regionCode is required");
        }
        Law l = law.on(on);
        long relocation = relocationSubsidy(a.persons(), l);
        Long rent = null;
        Integer months = null;
        if (a.rentRateMrp() != null) {
            rent = amount(RentSubsidy.ID, Map.of("rate-mrp", String.valueOf(a.rentRateMrp()),
                    "family-size", String.valueOf(a.persons())), l, "rentRateMrp");
            months = l.number("rent-subsidy.duration-months").intValueExact();
        }
        int year = on.getYear();
        int taken = jdbc.sql("""
                update resettlement_quota set used = used + :n
                 where year = :y and region_code = :r and used + :n <= persons""")
                .param("n", a.persons()).param("y", year).param("r", a.regionCode()).update();
        if (taken == 0) {
            boolean exists = jdbc.sql("select count(*) from resettlement_quota where year = :y and region_code = :r")
                    .param("y", year).param("r", a.regionCode()).query(Long.class).single() > 0;
            throw new EmploymentRefusedException(exists ? "quota-exhausted" : "no-quota", exists
                    ? "The " + year + " quota of " + a.regionCode() + " has no room for " + a.persons() + " persons."
                    : "No " + year + " quota for " + a.regionCode() + ": not a region of settlement this year.",
                    "Приказ МТСЗН об установлении региональной квоты приема кандасов и переселенцев на " + year + " год");
        }
        if (jdbc.sql("select count(*) from resettlement_application where head_iin = :i and year = :y")
                .param("i", a.headIin()).param("y", year).query(Long.class).single() > 0) {
            throw new EmploymentRefusedException("already-applied", "The family applied this year already; the "
                    + "relocation subsidy is paid once.", null);
        }
        Long head = registry.person(a.headIin(), on).map(p -> p.id()).orElse(null);
        return jdbc.sql("""
                insert into resettlement_application (year, region_code, district_id, head_iin, head_person_id, kind,
                    persons, applied_on, relocation_subsidy, rent_subsidy_monthly, rent_months, explanation, applied_by)
                values (:y, :r, :d, :i, :h, :k, :n, :on, :rel, :rent, :months, :ex, :by) returning id""")
                .param("y", year).param("r", a.regionCode()).param("d", a.districtId()).param("i", a.headIin())
                .param("h", head).param("k", a.kind()).param("n", a.persons()).param("on", on)
                .param("rel", relocation).param("rent", rent).param("months", months)
                .param("ex", "relocation-subsidy " + relocation + " ₸ for " + a.persons() + " persons on " + on
                        + (rent == null ? "" : "; rent-subsidy " + rent + " ₸ a month for " + months + " months"))
                .param("by", user.getUsername()).query(Long.class).single();
    }

    /** The law engine's relocation subsidy for a family of this many persons on the law's day. */
    static long relocationSubsidy(int persons, Law law) {
        return amount(RelocationSubsidy.ID, Map.of("members", String.valueOf(persons)), law, "persons");
    }

    /** The measure's amount, or the law's refusal as a 409 with its reason. */
    private static long amount(String measureId, Map<String, String> raw, Law law, String field) {
        Measure m = Measures.byId(measureId).orElseThrow();
        Decision d;
        try {
            d = m.calculate(Inputs.parse(measureId, m.inputs(), new HashMap<>(raw)), law, false);
        } catch (InvalidInputException e) {
            throw new InvalidEmploymentInputException(field, e.getMessage());
        }
        if (d instanceof Entitlement e) {
            return e.amount();
        }
        if (d instanceof Refusal r) {
            throw new EmploymentRefusedException(r.condition(), measureId + ": " + r.reason().en(), null);
        }
        Undetermined u = (Undetermined) d;
        throw new EmploymentRefusedException("undetermined", measureId + ": " + u.reason().en(), u.parameter());
    }

    public void arrived(ShanyraqUser user, long id, LocalDate on) {
        access.requireRole(user, "record arrivals", Role.CONSULTANT, Role.OPERATOR);
        mark(id, "arrived_on", on);
    }

    public void employed(ShanyraqUser user, long id, LocalDate on) {
        access.requireRole(user, "record employment", Role.CONSULTANT, Role.OPERATOR);
        mark(id, "employed_on", on);
    }

    private void mark(long id, String column, LocalDate on) {
        if (on == null || on.isAfter(law.today())) {
            throw new InvalidEmploymentInputException("on", "the day is required and may not be in the future");
        }
        int n = jdbc.sql("update resettlement_application set " + column + " = :on where id = :id and " + column
                + " is null and applied_on <= :on").param("on", on).param("id", id).update();
        if (n == 0) {
            throw new EmploymentRefusedException("not-recorded", "No such application, already recorded, or the day "
                    + "is before the application.", null);
        }
    }

    /** The quota of a year and its use (aggregates only). */
    public List<QuotaUse> use(int year) {
        return jdbc.sql("""
                select q.year, q.region_code, q.persons, q.used, count(a.id),
                       coalesce(sum(a.persons) filter (where a.arrived_on is not null), 0),
                       count(a.id) filter (where a.employed_on is not null)
                  from resettlement_quota q left join resettlement_application a
                       on a.year = q.year and a.region_code = q.region_code
                 where q.year = :y group by q.year, q.region_code, q.persons, q.used order by q.region_code""")
                .param("y", year).query((rs, i) -> new QuotaUse(rs.getInt(1), rs.getString(2), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7))).list();
    }
}
