package kz.shanyraq.app.casework;

import kz.shanyraq.app.casework.internal.AspLaw;
import kz.shanyraq.app.casework.internal.CaseAccess;
import kz.shanyraq.app.registry.FamilyOnDate;
import kz.shanyraq.app.registry.FamilyRecord;
import kz.shanyraq.app.registry.FamilyRegistry;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.law.assistance.AspAssessment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The figure the ministry publishes on the social contract's lasting effect: of the families whose contract ended in a
 * month, how many have a per-capita income above the poverty line 6 and 12 months later. One definition: the family as
 * the registry holds it on that day ({@link FamilyRegistry#familiesForLaw}, the reading every evaluation uses), the
 * law's АСП assessment on that day ({@code TargetedSocialAssistance}, with the registry's regional figures) and its own
 * comparison of the per-capita income with the poverty line ({@link AspAssessment#aboveThePovertyLine()}). A family
 * the law cannot compare (another condition failed first, a figure unknown) is not counted as assessed.
 *
 * <p>A contract ends on its last day, or, when the payment ended early (termination), the day before the month the
 * payment ended from. By region of the case and month the contract ended; counts of 1–4 hidden, as every case-work
 * figure ({@link CaseFigures#shown}).
 */
@Service
public class PovertyLineAfterContract {

    static final int[] AFTER_MONTHS = {6, 12};

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final FamilyRegistry registry;
    private final AspLaw law;
    private final Clock clock;

    PovertyLineAfterContract(JdbcClient jdbc, CaseAccess access, FamilyRegistry registry, AspLaw law, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.registry = registry;
        this.law = law;
        this.clock = clock;
    }

    /**
     * One region and month the contracts ended in. {@code assessedAfter6}: families whose day 6 months after the end
     * has come and whom the law could compare; {@code aboveAfter6}: those above the line. Null when hidden (1–4).
     */
    public record Row(String region, YearMonth endedIn, Long contractsEnded, Long assessedAfter6, Long aboveAfter6,
                      Long assessedAfter12, Long aboveAfter12) {
    }

    private record Ended(String region, long familyId, LocalDate endedOn) {
    }

    @Transactional(readOnly = true)
    public List<Row> of(Officer officer, YearMonth from, YearMonth to) {
        access.requireRole(officer, "read the case-work figures", Role.ANALYST, Role.OPERATOR, Role.ADMIN,
                Role.DEPARTMENT_OFFICER);
        String region = officer.user().scope() == null ? null : officer.user().scope().region();
        List<Row> rows = new ArrayList<>();
        counts(region, from, to).forEach((k, c) -> {
            String[] parts = k.split("\\|");
            rows.add(new Row(parts[0], YearMonth.parse(parts[1]), CaseFigures.shown(c[0]), CaseFigures.shown(c[1]),
                    CaseFigures.shown(c[2]), CaseFigures.shown(c[3]), CaseFigures.shown(c[4])));
        });
        return rows;
    }

    /**
     * The counts before any is hidden, by "region|YYYY-MM" of the contract's end: ended, assessed after 6 months,
     * above after 6, assessed after 12, above after 12.
     */
    Map<String, long[]> counts(String region, YearMonth from, YearMonth to) {
        LocalDate today = LocalDate.now(clock);
        List<Ended> ended = jdbc.sql("""
                        select x.region_code, x.family_id, x.ended_on from (
                            select c.region_code, c.family_id,
                                   case when a.ended_from is not null and a.ended_from <= k.valid_to
                                        then (a.ended_from - 1) else k.valid_to end as ended_on
                            from social_contract k join aid_case c on c.id = k.case_id
                            join aid_assignment a on a.case_id = c.id
                            where (cast(:region as text) is null or c.region_code = :region)) x
                        where x.ended_on < :today and x.ended_on >= :from and x.ended_on < :to
                        order by 1, 3""")
                .param("region", region).param("today", today).param("from", from.atDay(1))
                .param("to", to.plusMonths(1).atDay(1))
                .query((rs, n) -> new Ended(rs.getString(1), rs.getLong(2), rs.getObject(3, LocalDate.class)))
                .list();
        // Every family on each day that has come: read together, then assessed one by one.
        List<FamilyOnDate> requests = new ArrayList<>();
        List<int[]> whose = new ArrayList<>();
        for (int i = 0; i < ended.size(); i++) {
            for (int j = 0; j < AFTER_MONTHS.length; j++) {
                LocalDate day = ended.get(i).endedOn().plusMonths(AFTER_MONTHS[j]);
                if (!day.isAfter(today)) {
                    requests.add(new FamilyOnDate(ended.get(i).familyId(), day));
                    whose.add(new int[] {i, j});
                }
            }
        }
        List<Optional<FamilyRecord>> families = registry.familiesForLaw(requests);
        Map<String, long[]> counts = new TreeMap<>();
        for (Ended e : ended) {
            counts.computeIfAbsent(key(e), k -> new long[5])[0]++;
        }
        for (int r = 0; r < requests.size(); r++) {
            Optional<FamilyRecord> family = families.get(r);
            if (family.isEmpty()) {
                continue;
            }
            Boolean above = law.assess(family.get().family(), requests.get(r).on()).aboveThePovertyLine();
            if (above == null) {
                continue;
            }
            long[] c = counts.get(key(ended.get(whose.get(r)[0])));
            int j = whose.get(r)[1];
            c[1 + 2 * j]++;
            if (above) {
                c[2 + 2 * j]++;
            }
        }
        return counts;
    }

    private static String key(Ended e) {
        return e.region() + "|" + YearMonth.from(e.endedOn());
    }
}
