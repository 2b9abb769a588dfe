package kz.shanyraq.app.registry.internal;

import kz.shanyraq.app.registry.Fact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The facts over time that a social worker sees on the family card: every fact that began by the date, with
 * whether it is in force on it. Facts that begin after the date are not shown: the card is the registry as of
 * that date. An end that happened after the date (a loan closed later) is not shown either.
 */
@Component
class FactHistoryReader {

    /** Detail columns a branch may have at most (a resettlement has four). */
    private static final int MAX_DETAILS = 4;

    /**
     * One kind of fact and the select that finds it. A period selects (person, from, to, details…) and holds over
     * the period; an event selects (person, day, details…) and holds from that day on. Details are read as text
     * (numbers without trailing zeros, booleans as true/false, dates as YYYY-MM-DD).
     */
    private record Branch(String kind, boolean event, String select, String... names) {
    }

    private static final List<Branch> FAMILY = List.of(
            new Branch("address", false, """
                    select null::bigint, valid_from, valid_to, region_code, district_id, locality
                      from family_address where family_id = :family and valid_from <= :on""",
                    "region", "district", "locality"),
            new Branch("resettlement", true, """
                    select null::bigint, settled_on, kind, in_regional_quota, from_region, rent_rate_mrp
                      from resettlement where family_id = :family and settled_on <= :on""",
                    "kind", "in-regional-quota", "from-region", "rent-rate-mrp"),
            new Branch("breadwinner-loss", true, """
                    select null::bigint, b.died_on, p.iin, b.both_parents_lost
                      from breadwinner_loss b join person p on p.id = b.deceased_id
                     where b.family_id = :family and b.died_on <= :on""",
                    "deceased-iin", "both-parents-lost"));

    private static final List<Branch> MEMBERS = List.of(
            new Branch("status", false, """
                    select person_id, valid_from, valid_to, status from person_status
                     where person_id in (:ids) and valid_from <= :on""", "status"),
            new Branch("disability", false, """
                    select person_id, valid_from, valid_to, grp, cause, work_capacity_loss_percent from disability
                     where person_id in (:ids) and valid_from <= :on""",
                    "group", "cause", "work-capacity-loss-percent"),
            new Branch("study", false, """
                    select person_id, valid_from, valid_to, full_time from study
                     where person_id in (:ids) and valid_from <= :on""", "full-time"),
            new Branch("long-illness", false, """
                    select person_id, valid_from, valid_to from long_illness
                     where person_id in (:ids) and valid_from <= :on"""),
            new Branch("care", false, """
                    select carer_id, valid_from, valid_to, (select iin from person where id = cared_id) from care_duty
                     where carer_id in (:ids) and valid_from <= :on""", "cared-iin"),
            new Branch("employment", false, """
                    select person_id, started_on, case when ended_on <= :on then ended_on end, employer_bin,
                           case when ended_on <= :on then end_reason end
                      from employment_contract where person_id in (:ids) and started_on <= :on""",
                    "employer-bin", "end-reason"),
            new Branch("unemployment", false, """
                    select person_id, registered_on, case when ended_on <= :on then ended_on end
                      from unemployment_registration where person_id in (:ids) and registered_on <= :on"""),
            new Branch("award", true, """
                    select person_id, awarded_on, kind from award where person_id in (:ids) and awarded_on <= :on""",
                    "kind"),
            new Branch("maternity-leave", true, """
                    select person_id, starts_on, days from maternity_leave
                     where person_id in (:ids) and starts_on <= :on""", "days"),
            new Branch("loan", false, """
                    select person_id, opened_on, case when closed_on <= :on then closed_on end, kind, principal
                      from loan where person_id in (:ids) and opened_on <= :on""", "kind", "principal"),
            new Branch("real-estate", false, """
                    select person_id, valid_from, valid_to, kind, region_code, trim_scale(area_m2) from real_estate
                     where person_id in (:ids) and valid_from <= :on""", "kind", "region", "area-m2"),
            new Branch("vehicle", false, """
                    select person_id, valid_from, valid_to, kind, made_year from vehicle
                     where person_id in (:ids) and valid_from <= :on""", "kind", "made-year"),
            new Branch("land", false, """
                    select person_id, valid_from, valid_to, purpose, trim_scale(hectares) from land_plot
                     where person_id in (:ids) and valid_from <= :on""", "purpose", "hectares"),
            new Branch("livestock", true, """
                    select distinct on (person_id, species) person_id, as_of, species, head from livestock
                     where person_id in (:ids) and as_of <= :on order by person_id, species, as_of desc""",
                    "species", "head"),
            new Branch("insurance-participation", true, """
                    select distinct on (person_id) person_id, as_of, months from insurance_participation
                     where person_id in (:ids) and as_of <= :on order by person_id, as_of desc""", "months"));

    /** The whole card's history in one statement: one round trip instead of one per kind of fact. */
    private static final List<Branch> ALL = Stream.concat(FAMILY.stream(), MEMBERS.stream()).toList();
    private static final String FAMILY_ONLY = union(FAMILY);
    private static final String FAMILY_AND_MEMBERS = union(ALL);

    private final JdbcClient jdbc;

    FactHistoryReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Fact> facts(long familyId, List<Long> ids, LocalDate on) {
        Map<String, Object> params = new HashMap<>();
        params.put("family", familyId);
        params.put("on", on);
        if (!ids.isEmpty()) {
            params.put("ids", ids);
        }
        List<Fact> facts = new ArrayList<>(jdbc.sql(ids.isEmpty() ? FAMILY_ONLY : FAMILY_AND_MEMBERS).params(params)
                .query((rs, n) -> fact(ALL.get(rs.getInt(1)), rs, on)).list());
        facts.sort(Comparator.comparing((Fact f) -> f.memberId() == null ? "" : f.memberId())
                .thenComparing(Fact::kind)
                .thenComparing(Fact::from));
        return facts;
    }

    /** Each branch as (branch, person, from, to, detail 1…4) with the details as text; events get no end. */
    private static String union(List<Branch> branches) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < branches.size(); i++) {
            Branch b = branches.get(i);
            int details = b.names().length;
            List<String> columns = new ArrayList<>(List.of("c1", "c2"));
            if (!b.event()) {
                columns.add("c3");
            }
            for (int d = 0; d < details; d++) {
                columns.add("d" + (d + 1));
            }
            if (i > 0) {
                sql.append("\nunion all\n");
            }
            sql.append("select ").append(i).append(", x.c1::bigint, x.c2::date, ")
                    .append(b.event() ? "null::date" : "x.c3::date");
            for (int d = 1; d <= MAX_DETAILS; d++) {
                sql.append(", ").append(d <= details ? "x.d" + d + "::text" : "null::text");
            }
            sql.append(" from (").append(b.select()).append(") x(").append(String.join(", ", columns)).append(")");
        }
        return sql.toString();
    }

    private static Fact fact(Branch b, ResultSet rs, LocalDate on) throws SQLException {
        String person = person(rs);
        LocalDate from = rs.getObject(3, LocalDate.class);
        Map<String, String> details = new LinkedHashMap<>();
        for (int i = 0; i < b.names().length; i++) {
            String v = rs.getString(5 + i);
            if (v != null) {
                details.put(b.names()[i], v);
            }
        }
        if (b.event()) {
            return new Fact(person, b.kind(), from, null, true, details);
        }
        LocalDate to = rs.getObject(4, LocalDate.class);
        boolean inForce = !from.isAfter(on) && (to == null || !to.isBefore(on));
        return new Fact(person, b.kind(), from, to, inForce, details);
    }

    private static String person(ResultSet rs) throws SQLException {
        long id = rs.getLong(2);
        return rs.wasNull() ? null : Long.toString(id);
    }
}
