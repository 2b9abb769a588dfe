package kz.shanyraq.app.registry.internal;

import kz.shanyraq.app.registry.Fact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts over time that a social worker sees on the family card: every fact that began by the date, with
 * whether it is in force on it. Facts that begin after the date are not shown: the card is the registry as of
 * that date. An end that happened after the date (a loan closed later) is not shown either.
 */
@Component
class FactHistoryReader {

    private final JdbcClient jdbc;

    FactHistoryReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Fact> facts(long familyId, List<Long> ids, LocalDate on) {
        List<Fact> facts = new ArrayList<>();
        facts.addAll(familyFacts(familyId, on));
        if (!ids.isEmpty()) {
            facts.addAll(memberFacts(ids, on));
        }
        facts.sort(Comparator.comparing((Fact f) -> f.memberId() == null ? "" : f.memberId())
                .thenComparing(Fact::kind)
                .thenComparing(Fact::from));
        return facts;
    }

    private List<Fact> familyFacts(long familyId, LocalDate on) {
        Map<String, Object> p = Map.of("family", familyId, "on", on);
        List<Fact> out = new ArrayList<>();
        out.addAll(periods(p, """
                select null::bigint as person_id, valid_from, valid_to, region_code, district_id, locality
                  from family_address where family_id = :family and valid_from <= :on
                """, "address", on, "region", "district", "locality"));
        out.addAll(events(p, """
                select null::bigint as person_id, settled_on, kind, in_regional_quota, from_region, rent_rate_mrp
                  from resettlement where family_id = :family and settled_on <= :on
                """, "resettlement", "kind", "in-regional-quota", "from-region", "rent-rate-mrp"));
        out.addAll(events(p, """
                select null::bigint as person_id, b.died_on, p.iin, b.both_parents_lost
                  from breadwinner_loss b join person p on p.id = b.deceased_id
                 where b.family_id = :family and b.died_on <= :on
                """, "breadwinner-loss", "deceased-iin", "both-parents-lost"));
        return out;
    }

    private List<Fact> memberFacts(List<Long> ids, LocalDate on) {
        Map<String, Object> p = Map.of("ids", ids, "on", on);
        List<Fact> out = new ArrayList<>();
        out.addAll(periods(p, """
                select person_id, valid_from, valid_to, status from person_status
                 where person_id in (:ids) and valid_from <= :on
                """, "status", on, "status"));
        out.addAll(periods(p, """
                select person_id, valid_from, valid_to, grp, cause, work_capacity_loss_percent from disability
                 where person_id in (:ids) and valid_from <= :on
                """, "disability", on, "group", "cause", "work-capacity-loss-percent"));
        out.addAll(periods(p, """
                select person_id, valid_from, valid_to, full_time from study
                 where person_id in (:ids) and valid_from <= :on
                """, "study", on, "full-time"));
        out.addAll(periods(p, """
                select person_id, valid_from, valid_to from long_illness
                 where person_id in (:ids) and valid_from <= :on
                """, "long-illness", on));
        out.addAll(periods(p, """
                select carer_id, valid_from, valid_to, (select iin from person where id = cared_id) from care_duty
                 where carer_id in (:ids) and valid_from <= :on
                """, "care", on, "cared-iin"));
        out.addAll(periods(p, """
                select person_id, started_on, case when ended_on <= :on then ended_on end, employer_bin,
                       case when ended_on <= :on then end_reason end
                  from employment_contract where person_id in (:ids) and started_on <= :on
                """, "employment", on, "employer-bin", "end-reason"));
        out.addAll(periods(p, """
                select person_id, registered_on, case when ended_on <= :on then ended_on end
                  from unemployment_registration where person_id in (:ids) and registered_on <= :on
                """, "unemployment", on));
        out.addAll(events(p, """
                select person_id, awarded_on, kind from award where person_id in (:ids) and awarded_on <= :on
                """, "award", "kind"));
        out.addAll(events(p, """
                select person_id, starts_on, days from maternity_leave where person_id in (:ids) and starts_on <= :on
                """, "maternity-leave", "days"));
        out.addAll(periods(p, """
                select person_id, opened_on, case when closed_on <= :on then closed_on end, kind, principal
                  from loan where person_id in (:ids) and opened_on <= :on
                """, "loan", on, "kind", "principal"));
        out.addAll(periods(p, """
                select person_id, valid_from, valid_to, kind, region_code, area_m2 from real_estate
                 where person_id in (:ids) and valid_from <= :on
                """, "real-estate", on, "kind", "region", "area-m2"));
        out.addAll(periods(p, """
                select person_id, valid_from, valid_to, kind, made_year from vehicle
                 where person_id in (:ids) and valid_from <= :on
                """, "vehicle", on, "kind", "made-year"));
        out.addAll(periods(p, """
                select person_id, valid_from, valid_to, purpose, hectares from land_plot
                 where person_id in (:ids) and valid_from <= :on
                """, "land", on, "purpose", "hectares"));
        out.addAll(events(p, """
                select distinct on (person_id, species) person_id, as_of, species, head from livestock
                 where person_id in (:ids) and as_of <= :on order by person_id, species, as_of desc
                """, "livestock", "species", "head"));
        out.addAll(events(p, """
                select distinct on (person_id) person_id, as_of, months from insurance_participation
                 where person_id in (:ids) and as_of <= :on order by person_id, as_of desc
                """, "insurance-participation", "months"));
        return out;
    }

    /** Rows of (person, from, to, details…): facts that hold over a period. */
    private List<Fact> periods(Map<String, Object> params, String sql, String kind, LocalDate on, String... names) {
        return jdbc.sql(sql).params(params).query((rs, n) -> {
            LocalDate from = rs.getObject(2, LocalDate.class);
            LocalDate to = rs.getObject(3, LocalDate.class);
            boolean inForce = !from.isAfter(on) && (to == null || !to.isBefore(on));
            return new Fact(person(rs), kind, from, to, inForce, details(rs, 4, names));
        }).list();
    }

    /** Rows of (person, day, details…): facts that happened on a day and hold from then on. */
    private List<Fact> events(Map<String, Object> params, String sql, String kind, String... names) {
        return jdbc.sql(sql).params(params).query((rs, n) ->
                new Fact(person(rs), kind, rs.getObject(2, LocalDate.class), null, true, details(rs, 3, names))
        ).list();
    }

    private static String person(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        return rs.wasNull() ? null : Long.toString(id);
    }

    private static Map<String, String> details(ResultSet rs, int first, String... names) throws SQLException {
        Map<String, String> details = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            Object v = rs.getObject(first + i);
            if (v != null) {
                details.put(names[i], v instanceof java.math.BigDecimal b ? b.stripTrailingZeros().toPlainString()
                        : v.toString());
            }
        }
        return details;
    }
}
