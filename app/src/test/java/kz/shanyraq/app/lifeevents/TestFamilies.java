package kz.shanyraq.app.lifeevents;

import kz.shanyraq.law.family.Iin;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Families written straight into the registry for the life-event tests, with ids far from the demo population's: a
 * working father and mother (contracts, wages and social contributions for two years) and one child of three.
 */
public final class TestFamilies {

    /** The persons of one test family. */
    public record Family(long id, long father, String fatherIin, long mother, String motherIin, long child,
                         String childIin) {
    }

    /** An employer's BIN with a correct check digit. */
    public static final String EMPLOYER = bin("01014000555");

    private TestFamilies() {
    }

    private static String bin(String first11) {
        for (int i = 0; ; i++) {
            String digits = first11.substring(0, 10) + (char) ('0' + (first11.charAt(10) - '0' + i) % 10);
            int check = Iin.checkDigit(digits);
            if (check < 10) {
                return digits + check;
            }
        }
    }

    /** A valid IIN for a birth date, sex and serial (the first serial from {@code serial} with a computable check digit). */
    public static String iin(LocalDate birth, char sex, int serial) {
        int century = (birth.getYear() >= 2000 ? 5 : 3) + (sex == 'F' ? 1 : 0);
        for (int s = serial; ; s++) {
            String first = String.format("%02d%02d%02d%d%04d", birth.getYear() % 100, birth.getMonthValue(),
                    birth.getDayOfMonth(), century, s % 10000);
            int check = Iin.checkDigit(first);
            if (check < 10) {
                String iin = first + check;
                if (Iin.problem(iin) == null) {
                    return iin;
                }
            }
        }
    }

    /** {@code n} distinct IINs of persons born on a day, serials counted up from {@code from}. */
    public static List<String> iins(LocalDate birth, char sex, int from, int n) {
        List<String> out = new ArrayList<>();
        for (int s = from; out.size() < n; s++) {
            String iin = iin(birth, sex, s);
            if (out.isEmpty() || !out.get(out.size() - 1).equals(iin)) {
                out.add(iin);
            }
            s = Integer.parseInt(iin.substring(7, 11));
        }
        return out;
    }

    /**
     * Writes {@code count} families with ids {@code firstId, firstId+1, …} (persons {@code id*10+1..3}) in a district,
     * in bulk. IIN serials come from the family id, so different {@code firstId} ranges never collide.
     */
    public static List<Family> create(JdbcTemplate jdbc, long firstId, int count, String region, String district,
                                      LocalDate today) {
        List<Family> families = new ArrayList<>();
        List<Object[]> family = new ArrayList<>();
        List<Object[]> person = new ArrayList<>();
        List<Object[]> status = new ArrayList<>();
        List<Object[]> member = new ArrayList<>();
        List<Object[]> address = new ArrayList<>();
        List<Object[]> relation = new ArrayList<>();
        List<Object[]> contract = new ArrayList<>();
        List<Object[]> income = new ArrayList<>();
        List<Object[]> contribution = new ArrayList<>();
        LocalDate wed = today.minusYears(6);
        for (int i = 0; i < count; i++) {
            long id = firstId + i;
            long f = id * 10 + 1;
            long m = id * 10 + 2;
            long c = id * 10 + 3;
            // Birth dates spread over a year so that serials stay unique per date.
            LocalDate fb = today.minusYears(33).minusDays(id % 360);
            LocalDate mb = today.minusYears(30).minusDays(id % 360);
            LocalDate cb = today.minusYears(3).minusDays(id % 360);
            // Serials three apart: a serial skipped for an uncomputable check digit never meets the next one.
            int serial = (int) ((id / 360) % 3300) * 3;
            String fi = iin(fb, 'M', serial);
            String mi = iin(mb, 'F', serial);
            String ci = iin(cb, 'F', serial);
            families.add(new Family(id, f, fi, m, mi, c, ci));
            family.add(new Object[] {id, Date.valueOf(wed)});
            person.add(new Object[] {f, fi, Date.valueOf(fb), "M", null, null});
            person.add(new Object[] {m, mi, Date.valueOf(mb), "F", null, null});
            person.add(new Object[] {c, ci, Date.valueOf(cb), "F", m, 1});
            for (long p : new long[] {f, m}) {
                status.add(new Object[] {p, Date.valueOf(today.minusYears(30))});
            }
            status.add(new Object[] {c, Date.valueOf(cb)});
            member.add(new Object[] {id, f, "head", Date.valueOf(wed)});
            member.add(new Object[] {id, m, "spouse", Date.valueOf(wed)});
            member.add(new Object[] {id, c, "child", Date.valueOf(cb)});
            address.add(new Object[] {id, region, district, "urban", Date.valueOf(wed)});
            relation.add(new Object[] {c, f, "father", Date.valueOf(cb)});
            contract.add(new Object[] {f, f, EMPLOYER, Date.valueOf(today.minusYears(5))});
            contract.add(new Object[] {m, m, EMPLOYER, Date.valueOf(today.minusYears(5))});
            for (YearMonth month = YearMonth.from(today).minusMonths(24); month.isBefore(YearMonth.from(today));
                 month = month.plusMonths(1)) {
                income.add(new Object[] {f, Date.valueOf(month.atDay(1)), 350_000L});
                income.add(new Object[] {m, Date.valueOf(month.atDay(1)), 280_000L});
                contribution.add(new Object[] {f, Date.valueOf(month.atDay(1)), 350_000L});
                contribution.add(new Object[] {m, Date.valueOf(month.atDay(1)), 280_000L});
            }
        }
        jdbc.batchUpdate("insert into family (id, created_on) values (?, ?)", family);
        jdbc.batchUpdate("insert into person (id, iin, birth_date, sex, mother_id, birth_order) values (?, ?, ?, ?, ?, ?)",
                person);
        jdbc.batchUpdate("insert into person_status (person_id, status, valid_from) values (?, 'citizen', ?)", status);
        jdbc.batchUpdate("insert into family_member (family_id, person_id, relation, valid_from) values (?, ?, ?, ?)",
                member);
        jdbc.batchUpdate("insert into family_address (family_id, region_code, district_id, locality, valid_from) "
                + "values (?, ?, ?, ?, ?)", address);
        jdbc.batchUpdate("insert into person_relation (person_id, related_person_id, kind, valid_from) "
                + "values (?, ?, ?, ?)", relation);
        jdbc.batchUpdate("insert into employment_contract (id, person_id, employer_bin, started_on) values (?, ?, ?, ?)",
                contract);
        jdbc.batchUpdate("insert into income (person_id, month, type, source, amount) values (?, ?, 'wage', 'tax', ?)",
                income);
        jdbc.batchUpdate("insert into social_contribution (person_id, month, income) values (?, ?, ?)", contribution);
        return families;
    }
}
