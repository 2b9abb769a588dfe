package kz.shanyraq.app.support;

import kz.shanyraq.app.registry.Territory;
import kz.shanyraq.law.explain.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Hard-life-situation cases of a territory, most urgent first (the specialist's worklist). */
@Service
public class Worklist {

    public record Case(long id, long familyId, String ruleCode, Text title, int priority, String region,
                       String district, OffsetDateTime openedAt, LocalDate deadline, String status, Long personId) {

        public boolean overdueOn(LocalDate today) {
            return !"closed".equals(status) && deadline.isBefore(today);
        }
    }

    private final JdbcClient jdbc;

    Worklist(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open and in-work cases of families whose case was opened in the territory (a region, or one district). */
    public List<Case> openCases(Territory scope) {
        return jdbc.sql("""
                select c.id, c.family_id, c.rule_code, r.title_ru, r.title_kk, r.title_en, r.priority, c.region_code,
                       c.district_id, c.opened_at, c.deadline, c.status, c.person_id
                  from support_case c join hard_situation_rule r on r.code = c.rule_code
                 where c.status <> 'closed' and c.region_code = :region
                   and (cast(:district as text) is null or c.district_id = :district)
                 order by c.deadline, r.priority, c.id limit 500""")
                .param("region", scope.region()).param("district", scope.district())
                .query((rs, n) -> new Case(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        Text.of(rs.getString(4), rs.getString(5), rs.getString(6)), rs.getInt(7), rs.getString(8),
                        rs.getString(9), rs.getObject(10, OffsetDateTime.class), rs.getObject(11, LocalDate.class),
                        rs.getString(12), (Long) rs.getObject(13, Long.class)))
                .list();
    }

    /** Cases of one family (for its card), newest first. */
    public List<Case> ofFamily(long familyId) {
        return jdbc.sql("""
                select c.id, c.family_id, c.rule_code, r.title_ru, r.title_kk, r.title_en, r.priority, c.region_code,
                       c.district_id, c.opened_at, c.deadline, c.status, c.person_id
                  from support_case c join hard_situation_rule r on r.code = c.rule_code
                 where c.family_id = :f order by c.id desc""").param("f", familyId)
                .query((rs, n) -> new Case(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        Text.of(rs.getString(4), rs.getString(5), rs.getString(6)), rs.getInt(7), rs.getString(8),
                        rs.getString(9), rs.getObject(10, OffsetDateTime.class), rs.getObject(11, LocalDate.class),
                        rs.getString(12), (Long) rs.getObject(13, Long.class)))
                .list();
    }
}
