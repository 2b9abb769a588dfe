package kz.shanyraq.app.registry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * People by name, address and phone: the names of persons, the heads of families, a family's street address, and
 * the search by surname within a territory. Personal data: callers read them only after the role and territory
 * check and the audit (the card), or audit each family they list (the home, the search by name).
 */
@Service
public class PersonNames {

    public record Name(String surname, String givenName, String patronymic) {

        public String full() {
            return surname + " " + givenName + (patronymic == null ? "" : " " + patronymic);
        }
    }

    /** A person found by name: where, and who. */
    public record Found(long familyId, long personId, String fullName, LocalDate birthDate, String relation,
                        String street, String district) {
    }

    public static final int SEARCH_LIMIT = 50;

    private final JdbcClient jdbc;

    PersonNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Long, Name> names(Collection<Long> personIds) {
        Map<Long, Name> out = new HashMap<>();
        if (personIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select person_id, surname, given_name, patronymic from person_name where person_id = any(:ids)")
                .param("ids", personIds.toArray(Long[]::new))
                .query(rs -> {
                    out.put(rs.getLong(1), new Name(rs.getString(2), rs.getString(3), rs.getString(4)));
                });
        return out;
    }

    public Map<Long, String> phones(Collection<Long> personIds) {
        Map<Long, String> out = new HashMap<>();
        if (personIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select person_id, phone from person_contact where person_id = any(:ids)")
                .param("ids", personIds.toArray(Long[]::new))
                .query(rs -> {
                    out.put(rs.getLong(1), rs.getString(2));
                });
        return out;
    }

    /** The street address of the family's registered address on a day, or null. */
    public String street(long familyId, LocalDate on) {
        return jdbc.sql("""
                select street_address from family_address
                 where family_id = :f and valid_from <= :on and (valid_to is null or valid_to > :on)
                 order by valid_from desc limit 1""")
                .param("f", familyId).param("on", on).query(String.class).optional().orElse(null);
    }

    /** The full name of each family's head today (families without a named head are left out). */
    public Map<Long, String> heads(Collection<Long> familyIds) {
        Map<Long, String> out = new HashMap<>();
        if (familyIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                select m.family_id, n.surname || ' ' || n.given_name || coalesce(' ' || n.patronymic, '')
                  from family_member m join person_name n on n.person_id = m.person_id
                 where m.family_id = any(:ids) and m.relation = 'head' and m.valid_to is null""")
                .param("ids", familyIds.toArray(Long[]::new))
                .query(rs -> {
                    out.put(rs.getLong(1), rs.getString(2));
                });
        return out;
    }

    /**
     * Members of families living in the territory whose surname starts with the first word of the query and, when a
     * second word is given, whose given name starts with it (case-insensitive); at most {@link #SEARCH_LIMIT}.
     */
    public List<Found> search(Territory scope, String query, LocalDate on) {
        String[] words = query == null ? new String[0] : query.strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length == 0 || words[0].length() < 2) {
            return List.of();
        }
        return jdbc.sql("""
                select m.family_id, n.person_id, n.surname || ' ' || n.given_name || coalesce(' ' || n.patronymic, ''),
                       p.birth_date, m.relation, a.street_address, a.district_id
                  from person_name n
                  join person p on p.id = n.person_id
                  join family_member m on m.person_id = n.person_id and m.valid_from <= :on
                       and (m.valid_to is null or m.valid_to > :on)
                  join family_address a on a.family_id = m.family_id and a.valid_from <= :on
                       and (a.valid_to is null or a.valid_to > :on)
                 where lower(n.surname) like :surname escape '\\' and lower(n.given_name) like :given escape '\\'
                   and a.region_code = :region and (cast(:district as text) is null or a.district_id = :district)
                 order by n.surname, n.given_name, p.birth_date limit :n""")
                .param("surname", like(words[0])).param("given", words.length > 1 ? like(words[1]) : "%")
                .param("region", scope.region()).param("district", scope.district()).param("on", on)
                .param("n", SEARCH_LIMIT)
                .query((rs, n) -> new Found(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    private static String like(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
