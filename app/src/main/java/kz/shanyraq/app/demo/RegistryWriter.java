package kz.shanyraq.app.demo;

import kz.shanyraq.law.family.Iin;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.YearMonth;

/** Plain SQL inserts into the registry tables (V1), one fact at a time: small, readable demo data. */
final class RegistryWriter {

    private final JdbcClient jdbc;
    private int serial = 100;

    RegistryWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void district(String id, String region, String ru, String kk, String en) {
        jdbc.sql("""
                        insert into district (id, region_code, name_ru, name_kk, name_en)
                        values (:id, :region, :ru, :kk, :en) on conflict (id) do nothing
                        """)
                .param("id", id).param("region", region).param("ru", ru).param("kk", kk).param("en", en).update();
    }

    /** A person with a valid IIN for the birth date and sex, and a residence status from birth (or arrival). */
    String person(long id, LocalDate birth, char sex, Long motherId, Integer birthOrder, String status,
                  LocalDate statusFrom) {
        String iin = iin(birth, sex);
        jdbc.sql("""
                        insert into person (id, iin, birth_date, sex, mother_id, birth_order)
                        values (:id, :iin, :birth, :sex, :mother, :order)
                        """)
                .param("id", id).param("iin", iin).param("birth", birth).param("sex", String.valueOf(sex))
                .param("mother", motherId).param("order", birthOrder).update();
        status(id, status, statusFrom, null);
        return iin;
    }

    void status(long person, String status, LocalDate from, LocalDate to) {
        jdbc.sql("insert into person_status (person_id, status, valid_from, valid_to) values (:p, :s, :f, :t)")
                .param("p", person).param("s", status).param("f", from).param("t", to).update();
    }

    void died(long person, LocalDate on) {
        jdbc.sql("update person set death_date = :d where id = :p").param("d", on).param("p", person).update();
    }

    void family(long id, LocalDate created) {
        jdbc.sql("insert into family (id, created_on) values (:id, :c)").param("id", id).param("c", created).update();
    }

    void address(long family, String region, String district, String locality, LocalDate from, LocalDate to) {
        jdbc.sql("""
                        insert into family_address (family_id, region_code, district_id, locality, valid_from, valid_to)
                        values (:f, :r, :d, :l, :from, :to)
                        """)
                .param("f", family).param("r", region).param("d", district).param("l", locality)
                .param("from", from).param("to", to).update();
    }

    void member(long family, long person, String relation, LocalDate from, LocalDate to) {
        jdbc.sql("""
                        insert into family_member (family_id, person_id, relation, valid_from, valid_to)
                        values (:f, :p, :r, :from, :to)
                        """)
                .param("f", family).param("p", person).param("r", relation).param("from", from).param("to", to)
                .update();
    }

    void relation(long person, long related, String kind, LocalDate from) {
        jdbc.sql("""
                        insert into person_relation (person_id, related_person_id, kind, valid_from)
                        values (:p, :r, :k, :f)
                        """)
                .param("p", person).param("r", related).param("k", kind).param("f", from).update();
    }

    /** The same income every month from {@code from} to {@code to} inclusive. */
    void income(long person, String type, String source, long amount, YearMonth from, YearMonth to) {
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            jdbc.sql("""
                            insert into income (person_id, month, type, source, amount)
                            values (:p, :m, :t, :s, :a)
                            """)
                    .param("p", person).param("m", m.atDay(1)).param("t", type).param("s", source)
                    .param("a", amount).update();
        }
    }

    /** Social contributions paid on {@code income} every month from {@code from} to {@code to}. */
    void contributions(long person, long income, YearMonth from, YearMonth to) {
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            jdbc.sql("insert into social_contribution (person_id, month, income) values (:p, :m, :i)")
                    .param("p", person).param("m", m.atDay(1)).param("i", income).update();
        }
    }

    void participation(long person, LocalDate asOf, int months) {
        jdbc.sql("insert into insurance_participation (person_id, as_of, months) values (:p, :a, :m)")
                .param("p", person).param("a", asOf).param("m", months).update();
    }

    void contract(long id, long person, String employerBin, LocalDate started, LocalDate ended, String reason) {
        jdbc.sql("""
                        insert into employment_contract (id, person_id, employer_bin, started_on, ended_on, end_reason)
                        values (:id, :p, :b, :s, :e, :r)
                        """)
                .param("id", id).param("p", person).param("b", employerBin).param("s", started).param("e", ended)
                .param("r", reason).update();
    }

    void unemployed(long person, LocalDate registered) {
        jdbc.sql("insert into unemployment_registration (person_id, registered_on) values (:p, :r)")
                .param("p", person).param("r", registered).update();
    }

    void disability(long person, Integer group, String cause, Integer lossPercent, LocalDate from, LocalDate to) {
        jdbc.sql("""
                        insert into disability (person_id, grp, cause, work_capacity_loss_percent, valid_from, valid_to)
                        values (:p, :g, :c, :l, :f, :t)
                        """)
                .param("p", person).param("g", group).param("c", cause).param("l", lossPercent)
                .param("f", from).param("t", to).update();
    }

    void study(long person, LocalDate from, LocalDate to) {
        jdbc.sql("insert into study (person_id, full_time, valid_from, valid_to) values (:p, true, :f, :t)")
                .param("p", person).param("f", from).param("t", to).update();
    }

    void care(long carer, long cared, LocalDate from) {
        jdbc.sql("insert into care_duty (carer_id, cared_id, valid_from) values (:c, :d, :f)")
                .param("c", carer).param("d", cared).param("f", from).update();
    }

    void award(long person, String kind, LocalDate on) {
        jdbc.sql("insert into award (person_id, kind, awarded_on) values (:p, :k, :o)")
                .param("p", person).param("k", kind).param("o", on).update();
    }

    void maternityLeave(long person, LocalDate starts, int days) {
        jdbc.sql("insert into maternity_leave (person_id, starts_on, days) values (:p, :s, :d)")
                .param("p", person).param("s", starts).param("d", days).update();
    }

    void loan(long id, long person, String kind, long principal, LocalDate opened, LocalDate closed) {
        jdbc.sql("""
                        insert into loan (id, person_id, kind, principal, opened_on, closed_on)
                        values (:id, :p, :k, :a, :o, :c)
                        """)
                .param("id", id).param("p", person).param("k", kind).param("a", principal).param("o", opened)
                .param("c", closed).update();
    }

    void dwelling(long id, long person, String region, double area, LocalDate from) {
        jdbc.sql("""
                        insert into real_estate (id, person_id, kind, region_code, area_m2, valid_from)
                        values (:id, :p, 'dwelling', :r, :a, :f)
                        """)
                .param("id", id).param("p", person).param("r", region).param("a", area).param("f", from).update();
    }

    void vehicle(long id, long person, String kind, int madeYear, LocalDate from) {
        jdbc.sql("insert into vehicle (id, person_id, kind, made_year, valid_from) values (:id, :p, :k, :y, :f)")
                .param("id", id).param("p", person).param("k", kind).param("y", madeYear).param("f", from).update();
    }

    void livestock(long person, String species, int head, LocalDate asOf) {
        jdbc.sql("insert into livestock (person_id, species, head, as_of) values (:p, :s, :h, :a)")
                .param("p", person).param("s", species).param("h", head).param("a", asOf).update();
    }

    void resettlement(long family, String kind, boolean quota, String fromRegion, LocalDate settled, int rentMrp) {
        jdbc.sql("""
                        insert into resettlement (family_id, kind, in_regional_quota, from_region, settled_on, rent_rate_mrp)
                        values (:f, :k, :q, :r, :s, :m)
                        """)
                .param("f", family).param("k", kind).param("q", quota).param("r", fromRegion).param("s", settled)
                .param("m", rentMrp).update();
    }

    void breadwinnerLoss(long family, long deceased, LocalDate died, boolean bothParents) {
        jdbc.sql("""
                        insert into breadwinner_loss (family_id, deceased_id, died_on, both_parents_lost)
                        values (:f, :d, :o, :b)
                        """)
                .param("f", family).param("d", deceased).param("o", died).param("b", bothParents).update();
    }

    /**
     * A valid IIN: YYMMDD, century-and-sex digit (3/4 for the 1900s, 5/6 for the 2000s; odd = male), a serial and
     * the check digit; serials whose check digit cannot be computed are skipped, as the civil registry does.
     */
    private String iin(LocalDate birth, char sex) {
        int centuryBase = birth.getYear() >= 2000 ? 5 : 3;
        int centuryDigit = centuryBase + (sex == 'F' ? 1 : 0);
        while (true) {
            String first11 = String.format("%02d%02d%02d%d%04d", birth.getYear() % 100, birth.getMonthValue(),
                    birth.getDayOfMonth(), centuryDigit, serial++);
            int check = Iin.checkDigit(first11);
            if (check < 10) {
                return new Iin(first11 + check).value();
            }
        }
    }
}
