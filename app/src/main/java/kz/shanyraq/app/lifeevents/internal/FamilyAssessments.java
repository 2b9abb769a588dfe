package kz.shanyraq.app.lifeevents.internal;

import kz.shanyraq.app.support.Assessment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each family's last assessment ({@code family_assessment}), read and written in the transaction of the events that
 * evaluate the family, under the family's lock.
 */
@Component
class FamilyAssessments {

    /** Separates the keys of one family's rights in the bulk write (keys never contain it). */
    private static final String UNIT = "\u001f";

    private final JdbcClient jdbc;

    FamilyAssessments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The last assessments of these families; families never assessed are absent. */
    Map<Long, Assessment> of(Collection<Long> families) {
        Map<Long, Assessment> out = new HashMap<>();
        if (families.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select family_id, evaluated_on, category, level_2023, rights
                  from family_assessment where family_id = any(:f)""")
                .param("f", families.toArray(Long[]::new))
                .query(rs -> {
                    String[] rights = (String[]) rs.getArray(5).getArray();
                    out.put(rs.getLong(1), new Assessment(rs.getObject(2, LocalDate.class), rs.getInt(3),
                            rs.getInt(4), new java.util.LinkedHashSet<>(Arrays.asList(rights))));
                });
        return out;
    }

    /** Keeps each family's new assessment (one family at most once in a call), made by the event given. */
    void keep(List<Long> families, List<Long> events, List<Assessment> assessments) {
        write(families, events, assessments, true);
    }

    /** The baseline: keeps assessments of families that have none (an event's assessment is never replaced). */
    void keepFirst(List<Long> families, List<Assessment> assessments) {
        write(families, java.util.Collections.nCopies(families.size(), null), assessments, false);
    }

    private void write(List<Long> families, List<Long> events, List<Assessment> assessments, boolean replace) {
        if (families.isEmpty()) {
            return;
        }
        int n = families.size();
        String[] on = new String[n];
        Integer[] category = new Integer[n];
        Integer[] level = new Integer[n];
        String[] rights = new String[n];
        for (int i = 0; i < n; i++) {
            Assessment a = assessments.get(i);
            on[i] = a.on().toString();
            category[i] = a.category();
            level[i] = a.level();
            rights[i] = String.join(UNIT, a.rights());
        }
        jdbc.sql("""
                insert into family_assessment (family_id, evaluated_on, event_id, category, level_2023, rights)
                select f, d, e, c, l, case when r = '' then '{}'::text[] else string_to_array(r, :unit) end
                  from unnest(cast(:f as bigint[]), cast(:d as date[]), cast(:e as bigint[]), cast(:c as int[]),
                              cast(:l as int[]), cast(:r as text[])) q (f, d, e, c, l, r)
                on conflict (family_id) do\s""" + (replace ? """
                   update set evaluated_on = excluded.evaluated_on, event_id = excluded.event_id,
                       category = excluded.category, level_2023 = excluded.level_2023, rights = excluded.rights,
                       updated_at = clock_timestamp()""" : "nothing"))
                .param("f", families.toArray(Long[]::new)).param("d", on).param("e", events.toArray(Long[]::new))
                .param("c", category).param("l", level).param("r", rights).param("unit", UNIT)
                .update();
    }
}
