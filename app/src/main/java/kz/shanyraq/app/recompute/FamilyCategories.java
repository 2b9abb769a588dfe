package kz.shanyraq.app.recompute;

import kz.shanyraq.app.familycard.FamilyCard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * A family's well-being for its card. Takes an opened {@link FamilyCard}, so the role and territory check and the
 * audit of the card have already happened: this reads nothing about a family that the reader may not see.
 */
@Service
public class FamilyCategories {

    private final JdbcClient jdbc;

    FamilyCategories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public FamilyWellbeing of(FamilyCard card) {
        long family = card.record().id();
        var report = card.entitlements();
        FamilyWellbeing.PublishedCategory published = jdbc.sql("""
                        select p.run_id, r.as_of, p.category, p.level_2023
                          from published_family_result p join recompute_run r on r.id = p.run_id
                         where p.family_id = :family""")
                .param("family", family)
                .query((rs, i) -> new FamilyWellbeing.PublishedCategory(rs.getLong(1), rs.getDate(2).toLocalDate(),
                        (Integer) rs.getObject(3, Integer.class), rs.getString(4)))
                .optional().orElse(null);
        // Joined from the runs so each run's transitions are found by their primary key (run, family).
        List<FamilyWellbeing.Transition> transitions = jdbc.sql("""
                        select r.id, r.as_of, t.from_category, t.to_category
                          from recompute_run r join recompute_transition t on t.run_id = r.id and t.family_id = :family
                         order by r.id""")
                .param("family", family)
                .query((rs, i) -> new FamilyWellbeing.Transition(rs.getLong(1), rs.getDate(2).toLocalDate(),
                        (Integer) rs.getObject(3, Integer.class), (Integer) rs.getObject(4, Integer.class)))
                .list();
        return new FamilyWellbeing(FamilyWellbeing.Score.of(report.category()),
                FamilyWellbeing.Score.of(report.level()), published, transitions);
    }
}
