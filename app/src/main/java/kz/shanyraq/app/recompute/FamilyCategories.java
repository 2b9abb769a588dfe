package kz.shanyraq.app.recompute;

import kz.shanyraq.app.database.ChangeAwareCache;
import kz.shanyraq.app.database.TableChanges;
import kz.shanyraq.app.familycard.FamilyCard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A family's well-being for its card. Takes an opened {@link FamilyCard}, so the role and territory check and the
 * audit of the card have already happened: this reads nothing about a family that the reader may not see.
 */
@Service
public class FamilyCategories {

    private final JdbcClient jdbc;
    /** A family's published category and transitions change only when a run is published or a run's row changes. */
    private final ChangeAwareCache<Long, Published> published;

    private record Published(FamilyWellbeing.PublishedCategory category, List<FamilyWellbeing.Transition> transitions) {
    }

    FamilyCategories(JdbcClient jdbc, TableChanges changes) {
        this.jdbc = jdbc;
        this.published = new ChangeAwareCache<>(changes, 4096, "recompute_run", "recompute_transition");
    }

    public FamilyWellbeing of(FamilyCard card) {
        var report = card.entitlements();
        Published p = published.get(card.record().id(), () -> read(card.record().id()));
        return new FamilyWellbeing(FamilyWellbeing.Score.of(report.category()),
                FamilyWellbeing.Score.of(report.level()), p.category(), p.transitions());
    }

    private Published read(long family) {
        // One statement: the published run's category (kind 'p') and the transitions across runs (kind 't'), the
        // latter joined from the runs so each run's transitions are found by their primary key (run, family).
        FamilyWellbeing.PublishedCategory[] published = new FamilyWellbeing.PublishedCategory[1];
        List<FamilyWellbeing.Transition> transitions = new ArrayList<>();
        jdbc.sql("""
                        select 'p' as kind, p.run_id, r.as_of, p.category, null::int, p.level_2023
                          from published_family_result p join recompute_run r on r.id = p.run_id
                         where p.family_id = :family
                        union all
                        select 't', r.id, r.as_of, t.from_category, t.to_category, null
                          from recompute_run r join recompute_transition t on t.run_id = r.id and t.family_id = :family
                        """)
                .param("family", family)
                .query((ResultSet rs) -> {
                    if (rs.getString(1).equals("p")) {
                        published[0] = new FamilyWellbeing.PublishedCategory(rs.getLong(2),
                                rs.getDate(3).toLocalDate(), (Integer) rs.getObject(4, Integer.class),
                                rs.getString(6));
                    } else {
                        transitions.add(new FamilyWellbeing.Transition(rs.getLong(2), rs.getDate(3).toLocalDate(),
                                (Integer) rs.getObject(4, Integer.class), (Integer) rs.getObject(5, Integer.class)));
                    }
                });
        transitions.sort(Comparator.comparingLong(FamilyWellbeing.Transition::runId));
        return new Published(published[0], List.copyOf(transitions));
    }
}
