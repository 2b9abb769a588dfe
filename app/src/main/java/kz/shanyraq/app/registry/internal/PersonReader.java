package kz.shanyraq.app.registry.internal;

import kz.shanyraq.law.asof.RegistryCodes;
import kz.shanyraq.app.registry.PersonOnDate;
import kz.shanyraq.law.family.Relation;
import kz.shanyraq.law.family.ResidenceStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/** A person by IIN with the status and family membership in force on a date. */
@Component
public class PersonReader {

    private final JdbcClient jdbc;

    PersonReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PersonOnDate> byIin(String iin, LocalDate on) {
        return jdbc.sql("""
                        select p.id, p.iin, p.birth_date, p.sex, p.death_date,
                               (select s.status from person_status s
                                 where s.person_id = p.id and s.valid_from <= :on
                                   and (s.valid_to is null or s.valid_to >= :on)
                                 order by s.valid_from desc limit 1) as status,
                               m.family_id, m.relation
                          from person p
                          left join lateral (
                               select fm.family_id, fm.relation from family_member fm
                                where fm.person_id = p.id and fm.valid_from <= :on
                                  and (fm.valid_to is null or fm.valid_to >= :on)
                                order by fm.valid_from desc limit 1) m on true
                         where p.iin = :iin
                        """)
                .param("iin", iin)
                .param("on", on)
                .query((rs, n) -> new PersonOnDate(
                        rs.getLong("id"),
                        rs.getString("iin"),
                        rs.getObject("birth_date", LocalDate.class),
                        RegistryCodes.sex(rs.getString("sex")),
                        rs.getObject("death_date", LocalDate.class),
                        RegistryCodes.parse(ResidenceStatus.class, rs.getString("status")),
                        (Long) rs.getObject("family_id", Long.class),
                        RegistryCodes.parse(Relation.class, rs.getString("relation")),
                        on))
                .optional();
    }
}
