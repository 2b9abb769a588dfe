package kz.shanyraq.synth.people;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Names, street addresses and phones of the synthetic country: every person without a name gets a Kazakh given name
 * by sex, a surname (‑ов/‑ова, ‑ев/‑ева …) and a patronymic in the Kazakh form (‑ұлы / ‑қызы); every family address
 * without a street gets one (a street of the place, a house, a flat in a town); every adult without a phone gets a
 * mobile number (flagged synthetic). Chosen from the person's or family's id by fixed arithmetic, so the same
 * registry always gets the same names. Set-based SQL in the caller's transaction; idempotent (fills only gaps).
 */
public final class SyntheticNames {

    private static final String MALE = "'Айдар','Ержан','Нурлан','Серик','Бауыржан','Даурен','Асхат','Ерлан','Марат',"
            + "'Тимур','Арман','Канат','Руслан','Бекзат','Алибек','Санжар','Еркебулан','Данияр','Азамат','Жандос'";
    private static final String FEMALE = "'Айгерим','Гульнара','Динара','Жанар','Асель','Салтанат','Айжан','Мадина',"
            + "'Камила','Сауле','Алия','Жулдыз','Индира','Аружан','Томирис','Дана','Айша','Малика','Гаухар','Ботагоз'";
    private static final String SURNAMES = "'Ахметов','Серикбаев','Нурланов','Жумабаев','Касымов','Омаров',"
            + "'Абдрахманов','Исмаилов','Бекмуханов','Тулегенов','Сагинтаев','Иманбаев','Мухамеджанов','Калиев',"
            + "'Садыков','Есенов','Байжанов','Кенжебаев','Муратов','Утегенов'";
    private static final String STREETS = "'ул. Абая','ул. Жамбыла','ул. Сатпаева','пр. Республики','ул. Кунаева',"
            + "'ул. Толе би','ул. Ауэзова','ул. Байтурсынова','ул. Момышулы','ул. Желтоксан','ул. Достык',"
            + "'ул. Казыбек би','ул. Мира','ул. Победы','ул. Бейбитшилик','ул. Шокана Валиханова'";

    private SyntheticNames() {
    }

    /** Fills the gaps; returns the number of names written. */
    public static int ensure(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            int names = s.executeUpdate("""
                    insert into person_name (person_id, surname, given_name, patronymic, valid_from, synthetic)
                    select p.id,
                           (array[%3$s])[1 + (p.id * 7 + p.id / 20) %% 20] || case when p.sex = 'F' then 'а' else '' end,
                           case when p.sex = 'F' then (array[%2$s])[1 + (p.id * 13 + 5) %% 20]
                                else (array[%1$s])[1 + (p.id * 13 + 5) %% 20] end,
                           (array[%1$s])[1 + (p.id * 17 + 3) %% 20] || case when p.sex = 'F' then 'қызы' else 'ұлы' end,
                           p.birth_date, true
                      from person p
                     where not exists (select 1 from person_name n where n.person_id = p.id)
                    """.formatted(MALE, FEMALE, SURNAMES));
            s.executeUpdate("""
                    update family_address a
                       set street_address = (array[%s])[1 + (a.family_id * 11 + 7) %% 16]
                           || ', д. ' || (1 + (a.family_id * 31) %% 120)
                           || case when a.locality = 'urban' then ', кв. ' || (1 + (a.family_id * 7) %% 90) else '' end
                     where a.street_address is null
                    """.formatted(STREETS));
            s.executeUpdate("""
                    insert into person_contact (person_id, phone, synthetic, updated_on)
                    select p.id, '+770' || (1 + p.id % 8) || lpad(((p.id * 7919) % 10000000)::text, 7, '0'),
                           true, current_date
                      from person p
                     where p.birth_date <= current_date - interval '16 years' and p.death_date is null
                       and not exists (select 1 from person_contact k where k.person_id = p.id)
                    """);
            return names;
        }
    }
}
