package kz.shanyraq.synth.labour;

import kz.shanyraq.db.RegistrySchema;
import kz.shanyraq.law.casework.WorkingDays;
import kz.shanyraq.law.asof.EmploymentOnDate;
import kz.shanyraq.law.employment.ActiveMeasure;
import kz.shanyraq.law.employment.CheckIns;
import kz.shanyraq.law.employment.Deregistration;
import kz.shanyraq.law.employment.MeasureEligibility;
import kz.shanyraq.law.employment.Registration;
import kz.shanyraq.law.family.Sex;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.synth.country.Draw;
import kz.shanyraq.synth.country.LawAmounts;
import kz.shanyraq.synth.country.SyntheticCalendar;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The career centres of the synthetic country (issue 17, docs/synthetic-country.md "Employment"): vacancies of the
 * synthetic enterprises, job seekers and unemployed drawn from the registry's people, their check-ins and closings,
 * and participations in the seven active measures, over the {@value #HISTORY_MONTHS} months before the day.
 * Deterministic by the registry's synthetic load (scale, seed) and the day; written by COPY in one transaction into
 * empty employment tables (nothing is written when a vacancy or a job seeker exists).
 * <p>
 * Every rule comes from the law module, not a copy: who may register ({@link Registration#refusal}), the days a
 * registration sets ({@link Registration#timeline}), when the next check-in is due ({@link CheckIns#due}), the grounds
 * and norms of closing ({@link Deregistration}), who may take part in a measure ({@link MeasureEligibility#check}).
 * "Employed on a day" is the law's {@link EmploymentOnDate} (a running contract, or entrepreneurial income that month
 * or the month before), fed the registry's contracts and incomes as the server's reader feeds it.
 */
public final class SyntheticEmployment {

    /** Months of history before the day: as the enterprises' (their vacancies are opened over the same months). */
    public static final int HISTORY_MONTHS = SyntheticEnterprises.HISTORY_MONTHS;

    /**
     * New vacancies a month at the labour exchange at scale 1.0, spread over enterprises by size. No seed gives the
     * exchange's count: our assumption (≈ 0.5 M vacancies a year), so that ≈ 50–60 k are open on a day.
     */
    static final double NEW_VACANCIES_A_MONTH_AT_SCALE_1 = 42_000;

    /**
     * Registrations closed as employed a year at scale 1.0: seed 002, the employment measures of 2017 "reached more
     * than 614.5 thousand people, 461.7 thousand employed".
     */
    static final double EMPLOYED_A_YEAR_AT_SCALE_1 = 461_700;

    /**
     * Registrations closed on another ground a year at scale 1.0: the 614.5 k reached less the 461.7 k employed
     * (seed 002), ≈ 152.8 k.
     */
    static final double CLOSED_OTHERWISE_A_YEAR_AT_SCALE_1 = 614_500 - 461_700;

    /** The first person hash bucket (of 1 024) of the sample closed otherwise; the employed take those below. */
    static final int OTHER_FROM = 900;

    /** Share of the unemployed referred to an active measure while registered: our assumption, 40 %. */
    static final double MEASURE_SHARE = 0.40;

    /**
     * Share of the participations that end in their term dropped out: our assumption, 5 %. Closings for leaving a
     * measure and closings on other grounds during one add to it: 24 % dropped out in all at scale 0.05 (seed 002:
     * 75 % of the 614.5 k reached in 2017 were employed; it gives no completion rate).
     */
    static final double DROP_OUT_SHARE = 0.05;

    /**
     * Measure weights among the measures a person is eligible for, and their months: our assumption, except that
     * entrepreneurship and resettlement are weighted to come near seed 002's 2017 figures (15 000 trained in
     * entrepreneurship and 7 227 micro-credits, 1 577 persons moved from labour-surplus regions); the seeds give no
     * split of the others.
     */
    private static final ActiveMeasure[] MEASURES = ActiveMeasure.values();
    private static final Map<ActiveMeasure, double[]> WEIGHT_AND_MONTHS = Map.of(
            ActiveMeasure.PUBLIC_WORKS, new double[]{35, 3},
            ActiveMeasure.VOCATIONAL_TRAINING, new double[]{20, 3},
            ActiveMeasure.SOCIAL_JOBS, new double[]{15, 6},
            ActiveMeasure.YOUTH_PRACTICE, new double[]{12, 6},
            ActiveMeasure.ENTREPRENEURSHIP, new double[]{9, 1},
            ActiveMeasure.SPECIAL_JOBS, new double[]{3, 6},
            ActiveMeasure.VOLUNTARY_RESETTLEMENT, new double[]{0.7, 1});

    /** Grounds of the registrations closed otherwise than employed, with weights (our assumption). */
    private static final Deregistration.Ground[] OTHER_GROUNDS = {Deregistration.Ground.MISSED_CHECK_IN,
            Deregistration.Ground.REFUSED_TWO_OFFERS, Deregistration.Ground.NO_SHOW_AFTER_REFERRAL,
            Deregistration.Ground.LEFT_ACTIVE_MEASURE};
    private static final double[] OTHER_WEIGHTS = {60, 15, 12, 13};

    /** Occupation codes (the classifier of V70) an enterprise of an ОКЭД division hires for. */
    private static final Map<String, String[]> HIRES = new HashMap<>();

    static {
        String[][] m = {
                {"47", "5223", "4321", "9333", "2411", "9112"}, {"46", "4321", "9333", "8332", "2411", "4110"},
                {"41", "7112", "7115", "9313", "8342", "7411"}, {"42", "7112", "8342", "9313", "7212"},
                {"43", "7126", "7411", "7212", "9313"}, {"10", "5120", "9333", "3115", "4321"},
                {"25", "7212", "3115", "7231"}, {"24", "7212", "3115", "9333"}, {"01", "6111", "8322", "9313"},
                {"49", "8322", "8332", "7231"}, {"52", "4321", "9333", "8332"}, {"05", "8342", "3115", "7212", "7411"},
                {"06", "8342", "3115", "7411"}, {"07", "8342", "7212", "9313"}, {"35", "7411", "3115"},
                {"68", "9112", "5414", "4110"}, {"69", "2411", "4110"}, {"71", "3115", "2512"},
                {"85", "2330", "2342", "9112"}, {"86", "2221", "5322", "9112"}, {"56", "5120", "5131"},
                {"55", "5131", "9112", "5414"}, {"96", "7531", "9112"}, {"81", "9112", "5414"},
                {"36", "7126", "8322"}, {"62", "2512", "4110"}};
        for (String[] row : m) {
            String[] codes = new String[row.length - 1];
            System.arraycopy(row, 1, codes, 0, codes.length);
            HIRES.put(row[0], codes);
        }
    }

    private static final String[] SUFFIX = {"", " 4 разряда", "-стажёр", " (вахта)", " старший"};
    private static final String[] REQUIREMENTS = {"опыт работы от 1 года", "без опыта", "среднее специальное образование",
            "водительские права категории B", "знание 1С", "сменный график", "удостоверение сварщика",
            "уход за пожилыми"};
    private static final String[] SKILLS = {"сварка", "кухня", "продажи", "уход", "склад", "вождение", "стройка", "учёт"};

    /** What was written. */
    public record Report(int vacancies, int openVacancies, int jobSeekers, int openRegistrations, int checkIns,
                         int participations, Map<String, Integer> rows) {
    }

    private SyntheticEmployment() {
    }

    /**
     * The day a synthetic job seeker finished vocational or higher education, for youth practice: at 22 (our
     * assumption; the registry holds no diplomas). One definition, used by the generator and its test.
     */
    public static LocalDate assumedGraduation(LocalDate birthDate) {
        return birthDate.plusYears(22);
    }

    /** As of the synthetic country's reference day. */
    public static Report load(DataSource dataSource) {
        return load(dataSource, SyntheticCalendar.REFERENCE_DATE);
    }

    /**
     * @param on the day the histories run up to; the scale and seed are the registry's synthetic load's
     * @return what was written, or null when the registry holds no synthetic country or employment data exists
     */
    public static Report load(DataSource dataSource, LocalDate on) {
        RegistrySchema.migrate(dataSource);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            double scale;
            long seed;
            try (Statement s = c.createStatement()) {
                s.execute("select pg_advisory_xact_lock(7316200017)");
                try (ResultSet rs = s.executeQuery("select exists (select 1 from vacancy) or exists (select 1 from job_seeker)")) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        c.rollback();
                        return null;
                    }
                }
                try (ResultSet rs = s.executeQuery("select scale, seed from synthetic_load")) {
                    if (!rs.next()) {
                        c.rollback();
                        return null;
                    }
                    scale = rs.getDouble(1);
                    seed = rs.getLong(2);
                }
            }
            Generator g = new Generator(c, scale, seed, on);
            Report r = g.run();
            c.commit();
            return r;
        } catch (SQLException e) {
            throw new IllegalStateException("synthetic employment not loaded: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One registration at the centre, as generated. */
    static final class Seeker {
        long id;
        long personId;
        String iin;
        long familyId;
        String region;
        String district;
        boolean rural;
        LocalDate birth;
        LocalDate registered;
        LocalDate offerDue;
        LocalDate informOn;
        LocalDate unemployedOn;
        LocalDate closedOn;
        Deregistration.Closing closing;
        String occupation;
        String skills;
        Long lastWage;
        LocalDate checkInDue;
        int[] checkIns = new int[0];
        final List<String> participations = new ArrayList<>();
    }

    private static final class Generator {
        final Connection c;
        final double scale;
        final long seed;
        final LocalDate on;
        final LocalDate from;
        final ParameterBook book = ParameterBook.standard();
        final WorkingDays days = new WorkingDays(book);
        final Map<String, String> occupationNames = new LinkedHashMap<>();
        final Map<String, Integer> rows = new LinkedHashMap<>();
        final List<String> occupations = new ArrayList<>();

        Generator(Connection c, double scale, long seed, LocalDate on) {
            this.c = c;
            this.scale = scale;
            this.seed = seed;
            this.on = on;
            this.from = on.minusMonths(HISTORY_MONTHS);
        }

        Report run() throws SQLException, IOException {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select code, name_ru from occupation order by code")) {
                while (rs.next()) {
                    occupationNames.put(rs.getString(1), rs.getString(2));
                    occupations.add(rs.getString(1));
                }
            }
            int[] vac = vacancies();
            List<Seeker> seekers = new ArrayList<>();
            openUnemployed(seekers);
            int open = seekers.size();
            employed(seekers);
            closedOtherwise(seekers);
            long id = 0;
            for (Seeker s : seekers) {
                s.id = ++id;
            }
            int participations = measures(seekers);
            int checkIns = write(seekers);
            try (Statement s = c.createStatement()) {
                s.execute("select setval(pg_get_serial_sequence('job_seeker', 'id'), greatest(1, (select max(id) from job_seeker)))");
                s.execute("select setval(pg_get_serial_sequence('vacancy', 'id'), greatest(1, (select max(id) from vacancy)))");
            }
            int openRegistrations = (int) seekers.stream().filter(x -> x.closedOn == null).count();
            return new Report(vac[0], vac[1], seekers.size(), openRegistrations, checkIns, participations, rows);
        }

        // ---- vacancies ------------------------------------------------------------------------------------------

        int[] vacancies() throws SQLException, IOException {
            // The districts first: no other statement may run on the connection while the COPY is open.
            List<String[]> districts = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select id, region_code from district order by id")) {
                while (rs.next()) {
                    districts.add(new String[]{rs.getString(1), rs.getString(2)});
                }
            }
            int n = 0;
            int open = 0;
            record Enterprise(String bin, String name, String oked, String region, String district, double weight,
                              LocalDate registered, LocalDate liquidated) {
            }
            List<Enterprise> list = new ArrayList<>();
            double total = 0;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "select bin, name, oked, region_code, district_id, size, registered_on, liquidated_on from enterprise order by bin")) {
                while (rs.next()) {
                    double w = switch (rs.getString(6)) {
                        case "micro" -> 0.4;
                        case "small" -> 1.5;
                        case "medium" -> 8;
                        default -> 40;
                    };
                    Date liq = rs.getDate(8);
                    list.add(new Enterprise(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), w, rs.getDate(7).toLocalDate(), liq == null ? null : liq.toLocalDate()));
                    total += w;
                }
            }
            // Per enterprise and month, so that the flow scales with the enterprises (their count is the scale's).
            double perWeight = NEW_VACANCIES_A_MONTH_AT_SCALE_1 / (SyntheticEnterprises.ENTERPRISES_AT_SCALE_1
                    * (list.isEmpty() ? 1 : total / list.size()));
            Map<String, Integer> openByDistrict = new HashMap<>();
            Map<String, Enterprise> firstOfRegion = new HashMap<>();
            try (CopyStream out = new CopyStream("vacancy (id, employer_bin, employer_name, occupation_code, title, "
                    + "requirements, region_code, district_id, wage, quota_job, social_job, places, opened_on, status, "
                    + "source_ref, created_by)")) {
            for (Enterprise e : list) {
                firstOfRegion.putIfAbsent(e.region(), e);
                SplittableRandom r = new SplittableRandom(seed * 31 + e.bin().hashCode());
                String[] hires = HIRES.getOrDefault(e.oked().substring(0, 2), new String[]{"9313", "4110"});
                for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(on); month = month.plusMonths(1)) {
                    int count = poisson(r, e.weight() * perWeight);
                    for (int k = 0; k < count; k++) {
                        LocalDate opened = month.plusDays(r.nextInt(month.lengthOfMonth()));
                        if (opened.isAfter(on) || opened.isBefore(e.registered())
                                || (e.liquidated() != null && !opened.isBefore(e.liquidated()))) {
                            continue;
                        }
                        // Filled within 1–10 weeks (80 %), or withdrawn within 2–12 weeks (our assumption).
                        boolean filled = r.nextDouble() < 0.8;
                        LocalDate closes = opened.plusDays(filled ? 7 + r.nextInt(63) : 14 + r.nextInt(70));
                        String status = closes.isAfter(on) ? "open" : filled ? "filled" : "withdrawn";
                        if (e.liquidated() != null && !e.liquidated().isAfter(on) && status.equals("open")) {
                            status = "withdrawn";
                        }
                        String occupation = hires[r.nextInt(hires.length)];
                        n++;
                        vacancy(out, n, e.bin(), e.name(), occupation, e.region(), e.district(), r, opened, status);
                        if (status.equals("open")) {
                            open++;
                            if (e.district() != null) {
                                openByDistrict.merge(e.district(), 1, Integer::sum);
                            }
                        }
                    }
                }
            }
            // Every district shows open vacancies: where its own enterprises have none, three of the region's first
            // enterprise (a branch in the district) are opened in the last month.
            for (String[] district : districts) {
                String d = district[0];
                Enterprise e = firstOfRegion.get(district[1]);
                if (openByDistrict.containsKey(d) || e == null) {
                    continue;
                }
                SplittableRandom r = new SplittableRandom(seed * 31 + d.hashCode());
                for (int k = 0; k < 3; k++) {
                    n++;
                    open++;
                    String[] hires = HIRES.getOrDefault(e.oked().substring(0, 2), new String[]{"9313", "4110"});
                    vacancy(out, n, e.bin(), e.name(), hires[r.nextInt(hires.length)], district[1], d, r,
                            on.minusDays(r.nextInt(30)), "open");
                }
            }
            out.end();
            }
            return new int[]{n, open};
        }

        void vacancy(CopyStream copy, int id, String bin, String name, String occupation, String region,
                     String district, SplittableRandom r, LocalDate opened, String status) throws SQLException {
            StringBuilder out = copy.out();
            // Wages by the classifier's major group, ×0.8–1.4, never below the minimum wage of the year (law).
            long base = switch (occupation.charAt(0)) {
                case '2' -> 320_000;
                case '3' -> 270_000;
                case '7', '8' -> 260_000;
                case '4' -> 200_000;
                case '5' -> 180_000;
                case '6' -> 160_000;
                default -> 150_000;
            };
            long wage = Math.max(LawAmounts.minimumWageIn(opened.getYear()),
                    Math.round(base * (0.8 + 0.6 * r.nextDouble()) / 1000) * 1000);
            out.append(id).append('\t').append(bin).append('\t').append(esc(name)).append('\t').append(occupation)
                    .append('\t').append(occupationNames.get(occupation)).append(SUFFIX[r.nextInt(SUFFIX.length)])
                    .append('\t').append(REQUIREMENTS[r.nextInt(REQUIREMENTS.length)]).append('\t').append(region)
                    .append('\t').append(district == null ? "\\N" : district).append('\t').append(wage)
                    // Quota jobs for persons with disability 3 %, social jobs 4 % (our assumption).
                    .append('\t').append(r.nextDouble() < 0.03).append('\t').append(r.nextDouble() < 0.04)
                    .append('\t').append(1 + r.nextInt(3)).append('\t').append(opened).append('\t').append(status)
                    .append("\tSYN-").append(seed).append('-').append(id).append("\tsynthetic\n");
            copy.row();
        }

        // ---- job seekers ----------------------------------------------------------------------------------------

        /** The person's facts the centre reads. */
        private record Person(long id, String iin, LocalDate birth, Sex sex, long family, String region, String district,
                              boolean rural, LocalDate[] contracts, int[] entrepreneurialMonths, LocalDate disabledFrom,
                              LocalDate disabledTo, Long lastWage, LocalDate registryUnemployed) {
            /** The law's rule of "employed on a day" ({@link EmploymentOnDate}), fed the registry's facts. */
            boolean employedOn(LocalDate day) {
                EmploymentOnDate rule = new EmploymentOnDate(day);
                for (int i = 0; i < contracts.length; i += 2) {
                    rule.contract(contracts[i], contracts[i + 1]);
                }
                for (int m : entrepreneurialMonths) {
                    rule.income(m, true, 1);
                }
                return rule.employed();
            }

            boolean disabledOn(LocalDate day) {
                return disabledFrom != null && !disabledFrom.isAfter(day) && (disabledTo == null || !disabledTo.isBefore(day));
            }
        }

        private static final String PERSON = """
                select p.id, p.iin, p.birth_date, p.sex, m.family_id, a.region_code, a.district_id, a.locality = 'rural',
                       array(select array[c.started_on, c.ended_on] from employment_contract c where c.person_id = p.id
                             order by c.started_on),
                       array(select (extract(year from i.month) * 12 + extract(month from i.month) - 1)::int
                               from income i where i.person_id = p.id and i.type = 'entrepreneurial' and i.amount > 0),
                       (select min(d.valid_from) from disability d where d.person_id = p.id),
                       (select max(coalesce(d.valid_to, date '9999-12-31')) from disability d where d.person_id = p.id),
                       (select s.income from social_contribution s where s.person_id = p.id order by s.month desc limit 1),
                       %s
                  from %s
                  join family_member m on m.person_id = p.id and m.valid_to is null
                  join family_address a on a.family_id = m.family_id and a.valid_to is null
                 where p.death_date is null and %s
                 order by p.id""";

        List<Person> people(String registered, String source, String where, Object... params) throws SQLException {
            List<Person> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(String.format(PERSON, registered, source, where))) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                ps.setFetchSize(10_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Object[] arr = (Object[]) rs.getArray(9).getArray();
                        LocalDate[] contracts = new LocalDate[arr.length * 2];
                        for (int i = 0; i < arr.length; i++) {
                            Object[] pair = (Object[]) arr[i];
                            contracts[2 * i] = ((Date) pair[0]).toLocalDate();
                            contracts[2 * i + 1] = pair[1] == null ? null : ((Date) pair[1]).toLocalDate();
                        }
                        Object[] months = (Object[]) rs.getArray(10).getArray();
                        int[] entrepreneurial = new int[months.length];
                        for (int i = 0; i < months.length; i++) {
                            entrepreneurial[i] = ((Number) months[i]).intValue();
                        }
                        Date df = rs.getDate(11);
                        Date dt = rs.getDate(12);
                        long wage = rs.getLong(13);
                        Long lastWage = rs.wasNull() ? null : wage;
                        Date reg = rs.getDate(14);
                        out.add(new Person(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                                "M".equals(rs.getString(4)) ? Sex.MALE : Sex.FEMALE, rs.getLong(5), rs.getString(6),
                                rs.getString(7), rs.getBoolean(8), contracts, entrepreneurial, df == null ? null : df.toLocalDate(),
                                dt == null ? null : dt.toLocalDate(), lastWage, reg == null ? null : reg.toLocalDate()));
                    }
                }
            }
            return out;
        }

        Law law(LocalDate day) {
            return book.on(day);
        }

        /** Whether the law registers the person on the day (never on a day the registry shows a running contract). */
        boolean registrable(Person p, LocalDate day) {
            return !p.employedOn(day) && Registration.refusal(new Registration.Applicant(p.birth(), p.sex(), false,
                    false, null, null), law(day)).isEmpty();
        }

        Seeker seeker(Person p, LocalDate registered, SplittableRandom r) {
            Seeker s = new Seeker();
            s.personId = p.id();
            s.iin = p.iin();
            s.familyId = p.family();
            s.region = p.region();
            s.district = p.district();
            s.rural = p.rural();
            s.birth = p.birth();
            s.registered = registered;
            Registration.Timeline t = Registration.timeline(registered, days, law(registered));
            s.offerDue = t.offerDue().due();
            s.informOn = t.informOn();
            s.occupation = occupations.get(r.nextInt(occupations.size()));
            s.skills = SKILLS[r.nextInt(SKILLS.length)] + " " + SKILLS[r.nextInt(SKILLS.length)];
            s.lastWage = p.lastWage();
            return s;
        }

        /**
         * Check-ins from registration to the end (the closing day, or the day): each a few working days before the
         * law's due day; the next due day after the last is kept. With {@code miss}, the schedule stops at the end and
         * the registration closes the day after the due day missed (returned).
         */
        LocalDate checkIns(Seeker s, LocalDate end, SplittableRandom r, boolean miss) {
            List<Integer> out = new ArrayList<>();
            LocalDate last = s.registered;
            while (true) {
                CheckIns.Standing standing = s.unemployedOn != null && !last.isBefore(s.unemployedOn)
                        ? CheckIns.Standing.UNEMPLOYED : CheckIns.Standing.JOB_SEEKER;
                CheckIns.Due due = CheckIns.due(standing, s.rural, last, days, law(last));
                if (!due.due().isBefore(end)) {
                    s.checkInDue = due.due();
                    break;
                }
                if (miss && due.due().plusMonths(1).isAfter(end)) {
                    s.checkInDue = due.due();
                    s.checkIns = out.stream().mapToInt(Integer::intValue).toArray();
                    return due.due().plusDays(1);
                }
                LocalDate at = due.due().minusDays(r.nextInt(3));
                if (!at.isAfter(last)) {
                    at = due.due();
                }
                out.add((int) at.toEpochDay());
                last = at;
            }
            s.checkIns = out.stream().mapToInt(Integer::intValue).toArray();
            return null;
        }

        /** The registry's registered unemployed (an open unemployment registration): open at the centre. */
        void openUnemployed(List<Seeker> out) throws SQLException {
            for (Person p : people("u.registered_on", "unemployment_registration u join person p on p.id = u.person_id",
                    "u.ended_on is null and u.registered_on <= ?", Date.valueOf(on))) {
                SplittableRandom r = new SplittableRandom(seed * 7 + p.id());
                LocalDate unemployed = p.registryUnemployed();
                // Registered as a job seeker so that the 10 working days for an offer end before that day, but not
                // before the job the registry shows ended: then the registry's day of unemployment wins and the
                // offer period runs past it (the registry registers some persons days after the job loss).
                LocalDate registered = unemployed.minusDays(14);
                while (registered.isAfter(unemployed.minusDays(40))
                        && !Registration.timeline(registered, days, law(registered)).offerDue().due().isBefore(unemployed)) {
                    registered = registered.minusDays(1);
                }
                while (p.employedOn(registered) && registered.isBefore(unemployed)) {
                    registered = registered.plusDays(1);
                }
                if (!registrable(p, registered) || !registrable(p, unemployed)) {
                    continue;
                }
                Seeker s = seeker(p, registered, r);
                s.unemployedOn = unemployed;
                checkIns(s, on.plusDays(1), r, false);
                out.add(s);
            }
        }

        /**
         * Person hash buckets (of 1 024) sampled from a base of candidates, at most {@code cap}. The employed take
         * buckets from 0, the closed otherwise from {@link #OTHER_FROM}: the two samples never share a person. The
         * employed sample reaches its cap at every scale: the registry's hires of the history are fewer than the
         * seed's employed would need (at scale 0.05, 52.6 k contracts began in the 18 months, 34.6 k employed
         * registrations were wanted, and about two thirds of the sampled hires can be registered before the job).
         */
        int share(double wanted, long candidates, int cap) {
            return (int) Math.max(1, Math.min(cap, Math.round(1024 * wanted / Math.max(1, candidates))));
        }

        /**
         * Registrations closed as employed: people whose employment contract began in the history, registered before
         * it while not employed (the contract is the registry's; the person "found work through the centre").
         */
        void employed(List<Seeker> out) throws SQLException {
            long candidates;
            try (PreparedStatement ps = c.prepareStatement(
                    "select count(*) from employment_contract where started_on > ? and started_on <= ?")) {
                ps.setDate(1, Date.valueOf(from));
                ps.setDate(2, Date.valueOf(on));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    candidates = rs.getLong(1);
                }
            }
            int bucket = share(EMPLOYED_A_YEAR_AT_SCALE_1 * scale * HISTORY_MONTHS / 12.0, candidates, OTHER_FROM);
            for (Person p : people("j.started_on", "(select distinct on (person_id) person_id, started_on from employment_contract"
                            + " where started_on > ? and started_on <= ? order by person_id, started_on) j join person p on p.id = j.person_id",
                    "(hashint8(p.id + ?) & 1023) < ?", Date.valueOf(from), Date.valueOf(on), seed, bucket)) {
                SplittableRandom r = new SplittableRandom(seed * 11 + p.id());
                LocalDate job = p.registryUnemployed();
                LocalDate registered = job.minusDays(20 + r.nextInt(120));
                if (registered.isBefore(from) || !registrable(p, registered)) {
                    continue;
                }
                Seeker s = seeker(p, registered, r);
                if (s.offerDue.isBefore(job)) {
                    s.unemployedOn = s.offerDue.plusDays(1);
                }
                if (checkIns(s, job, r, false) != null) {
                    continue;
                }
                s.closedOn = job;
                s.closing = Deregistration.established(Deregistration.Ground.EMPLOYED, job, law(job));
                out.add(s);
            }
        }

        /** Registrations closed on a ground of art. 16 p. 1: people of working age not employed when registering. */
        void closedOtherwise(List<Seeker> out) throws SQLException {
            long candidates;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from person where death_date is null")) {
                rs.next();
                candidates = rs.getLong(1);
            }
            // ×3.1: about a third of all persons are of the sample's ages, registrable on the drawn day and closed
            // within the history (measured at scale 0.05).
            int bucket = share(CLOSED_OTHERWISE_A_YEAR_AT_SCALE_1 * scale * HISTORY_MONTHS / 12.0 * 3.1, candidates,
                    1024 - OTHER_FROM);
            LocalDate oldest = on.minusYears(63);
            LocalDate youngest = on.minusYears(18);
            for (Person p : people("null::date", "person p", "p.birth_date between ? and ? and (hashint8(p.id + ?) & 1023) >= " + OTHER_FROM
                            + " and (hashint8(p.id + ?) & 1023) < " + OTHER_FROM + " + ? "
                            + "and not exists (select 1 from unemployment_registration u where u.person_id = p.id and u.ended_on is null)",
                    Date.valueOf(oldest), Date.valueOf(youngest), seed, seed, bucket)) {
                SplittableRandom r = new SplittableRandom(seed * 13 + p.id());
                LocalDate registered = from.plusDays(r.nextInt((int) (on.toEpochDay() - from.toEpochDay())));
                if (!registrable(p, registered)) {
                    continue;
                }
                Seeker s = seeker(p, registered, r);
                LocalDate end = registered.plusDays(30 + r.nextInt(150));
                LocalDate firstJob = null;
                for (int i = 0; i < p.contracts().length; i += 2) {
                    if (p.contracts()[i].isAfter(registered) && firstJob == null) {
                        firstJob = p.contracts()[i];
                    }
                }
                Deregistration.Ground ground = OTHER_GROUNDS[pick(r, OTHER_WEIGHTS)];
                if (firstJob != null && firstJob.isBefore(end)) {
                    end = firstJob; // a job the registry shows ends it sooner: closed as employed
                    ground = Deregistration.Ground.EMPLOYED;
                }
                if (end.isAfter(on)) {
                    if (!s.offerDue.isBefore(on)) {
                        // Still a job seeker on the day (within the 10 working days for an offer).
                        checkIns(s, on.plusDays(1), r, false);
                        out.add(s);
                        continue;
                    }
                    // The registry's open unemployment registrations are the centre's unemployed, no others: a
                    // registration of this sample that would still run is closed before the day.
                    end = on.minusDays(1 + r.nextInt(10));
                    if (!end.isAfter(registered.plusDays(5))) {
                        continue;
                    }
                }
                if (s.offerDue.isBefore(end)) {
                    s.unemployedOn = s.offerDue.plusDays(1);
                }
                LocalDate closed;
                if (ground == Deregistration.Ground.MISSED_CHECK_IN) {
                    closed = checkIns(s, end, r, true);
                    if (closed == null || closed.isAfter(on)) {
                        continue;
                    }
                } else {
                    checkIns(s, end, r, false);
                    closed = end;
                }
                if (ground == Deregistration.Ground.LEFT_ACTIVE_MEASURE && s.unemployedOn == null) {
                    ground = Deregistration.Ground.MISSED_CHECK_IN;
                    closed = checkIns(s, end, r, true);
                    if (closed == null || closed.isAfter(on)) {
                        continue;
                    }
                }
                s.closedOn = closed;
                s.closing = Deregistration.established(ground, closed, law(closed));
                out.add(s);
            }
        }

        // ---- active measures ------------------------------------------------------------------------------------

        /**
         * Participations: a share of the unemployed is referred, after becoming unemployed, to a measure it is
         * eligible for on the day ({@link MeasureEligibility#check}); those closed for leaving a measure dropped out on
         * the closing day; those closed as employed finished before the job.
         */
        int measures(List<Seeker> seekers) throws SQLException {
            Map<Long, Boolean> disabledFrom = new HashMap<>();
            int n = 0;
            for (Seeker s : seekers) {
                if (s.unemployedOn == null) {
                    continue;
                }
                SplittableRandom r = new SplittableRandom(seed * 17 + s.personId * 3 + s.id);
                boolean left = s.closing != null && s.closing.ground() == Deregistration.Ground.LEFT_ACTIVE_MEASURE;
                if (!left && r.nextDouble() >= MEASURE_SHARE) {
                    continue;
                }
                LocalDate end = s.closedOn == null ? on : s.closedOn;
                long span = end.toEpochDay() - s.unemployedOn.toEpochDay();
                if (span < 10) {
                    if (left) {
                        s.closing = Deregistration.established(Deregistration.Ground.MISSED_CHECK_IN, s.closedOn, law(s.closedOn));
                    }
                    continue;
                }
                LocalDate referred = s.unemployedOn.plusDays(r.nextInt((int) Math.min(span - 5, 60)) + 1);
                ActiveMeasure m = measureFor(s, referred, r);
                if (m != null && !left && s.closedOn != null) {
                    // Referred early enough that the measure ends before the registration closes, where it can.
                    long room = span - 30L * (long) WEIGHT_AND_MONTHS.get(m)[1] - 10;
                    if (room > 1) {
                        LocalDate earlier = s.unemployedOn.plusDays(r.nextInt((int) Math.min(room, 60)) + 1);
                        if (MeasureEligibility.check(m, participant(s, earlier), law(earlier)).isEmpty()) {
                            referred = earlier;
                        }
                    }
                }
                if (m == null) {
                    if (left) {
                        s.closing = Deregistration.established(Deregistration.Ground.MISSED_CHECK_IN, s.closedOn, law(s.closedOn));
                    }
                    continue;
                }
                LocalDate started = referred.plusDays(r.nextInt(5));
                LocalDate ends = started.plusMonths((long) WEIGHT_AND_MONTHS.get(m)[1]);
                String outcome;
                LocalDate ended;
                if (left) {
                    outcome = "dropped-out";
                    ended = s.closedOn;
                    if (!started.isBefore(ended)) {
                        started = referred;
                    }
                } else if (s.closedOn != null && ends.isAfter(s.closedOn)) {
                    // Ends by the closing: completed as employed, or cut short by the closing's ground.
                    ended = s.closedOn;
                    outcome = s.closing.ground() == Deregistration.Ground.EMPLOYED ? "completed" : "dropped-out";
                } else if (ends.isAfter(on)) {
                    ended = null;
                    outcome = null;
                } else {
                    ended = ends;
                    outcome = r.nextDouble() < DROP_OUT_SHARE ? "dropped-out" : "completed";
                    if (outcome.equals("dropped-out")) {
                        ended = started.plusDays(r.nextInt((int) Math.max(1, ends.toEpochDay() - started.toEpochDay())));
                    }
                }
                if (started.isAfter(on)) {
                    started = null;
                }
                s.participations.add(String.join("\t", s.id + "", s.personId + "", s.region, s.district == null ? "\\N" : s.district,
                        m.code(), referred.toString(), started == null ? "\\N" : started.toString(),
                        ended == null ? "\\N" : ended.toString(), outcome == null ? "\\N" : outcome, "synthetic"));
                n++;
            }
            return n;
        }

        /** A measure the person is eligible for on the referral day, by weight; null when none. */
        ActiveMeasure measureFor(Seeker s, LocalDate day, SplittableRandom r) throws SQLException {
            MeasureEligibility.Participant p = participant(s, day);
            Law l = law(day);
            double[] w = new double[MEASURES.length];
            double total = 0;
            for (int i = 0; i < MEASURES.length; i++) {
                Optional<MeasureEligibility.NotEligible> no = MeasureEligibility.check(MEASURES[i], p, l);
                w[i] = no.isPresent() ? 0 : WEIGHT_AND_MONTHS.get(MEASURES[i])[0];
                total += w[i];
            }
            return total == 0 ? null : MEASURES[pick(r, w)];
        }

        /** What the centre knows of an unemployed person on the day (graduation: {@link #assumedGraduation}). */
        MeasureEligibility.Participant participant(Seeker s, LocalDate day) throws SQLException {
            return new MeasureEligibility.Participant(s.birth, true, false, false, false, assumedGraduation(s.birth),
                    disabled(s.personId, day));
        }

        PreparedStatement disabledQuery;

        boolean disabled(long person, LocalDate day) throws SQLException {
            if (disabledQuery == null) {
                disabledQuery = c.prepareStatement("select exists (select 1 from disability where person_id = ? "
                        + "and valid_from <= ? and (valid_to is null or valid_to >= ?))");
            }
            disabledQuery.setLong(1, person);
            disabledQuery.setDate(2, Date.valueOf(day));
            disabledQuery.setDate(3, Date.valueOf(day));
            try (ResultSet rs = disabledQuery.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }

        // ---- writing --------------------------------------------------------------------------------------------

        int write(List<Seeker> seekers) throws SQLException {
            try (CopyStream copy = new CopyStream("job_seeker (id, person_id, iin, family_id, region_code, district_id, "
                    + "rural, channel, registered_on, offer_due, inform_on, standing, unemployed_on, occupation_code, "
                    + "skills, last_wage, check_in_due, closed_on, closed_reason, closed_norm, registered_by)")) {
                for (Seeker s : seekers) {
                    String standing = s.closedOn != null ? "closed" : s.unemployedOn != null ? "unemployed" : "job-seeker";
                    copy.out().append(s.id).append('\t').append(s.personId).append('\t').append(s.iin).append('\t')
                            .append(s.familyId).append('\t').append(s.region).append('\t')
                            .append(s.district == null ? "\\N" : s.district).append('\t').append(s.rural)
                            .append("\tcareer-centre\t").append(s.registered).append('\t').append(s.offerDue).append('\t')
                            .append(s.informOn).append('\t').append(standing).append('\t')
                            .append(s.unemployedOn == null ? "\\N" : s.unemployedOn.toString()).append('\t')
                            .append(s.occupation).append('\t').append(s.skills).append('\t')
                            .append(s.lastWage == null ? "\\N" : s.lastWage.toString()).append('\t')
                            .append(s.checkInDue == null ? s.offerDue : s.checkInDue).append('\t')
                            .append(s.closedOn == null ? "\\N" : s.closedOn.toString()).append('\t')
                            .append(s.closing == null ? "\\N" : s.closing.ground().code()).append('\t')
                            .append(s.closing == null ? "\\N" : esc(s.closing.norm().citation())).append("\tsynthetic\n");
                    copy.row();
                }
                copy.end();
            }
            try (CopyStream copy = new CopyStream("measure_participation (job_seeker_id, person_id, region_code, "
                    + "district_id, measure, referred_on, started_on, ended_on, outcome, referred_by)")) {
                for (Seeker s : seekers) {
                    for (String p : s.participations) {
                        copy.out().append(p).append('\n');
                        copy.row();
                    }
                }
                copy.end();
            }
            // The largest table: ≈ two check-ins a month per unemployed person.
            try (CopyStream copy = new CopyStream("job_seeker_check_in (job_seeker_id, checked_in_on, place, recorded_by)")) {
                for (Seeker s : seekers) {
                    for (int d : s.checkIns) {
                        LocalDate day = LocalDate.ofEpochDay(d);
                        boolean unemployed = s.unemployedOn != null && !day.isBefore(s.unemployedOn);
                        copy.out().append(s.id).append('\t').append(day).append('\t')
                                .append(s.rural && unemployed ? "akimat" : "career-centre").append("\tsynthetic\n");
                        copy.row();
                    }
                }
                return copy.end();
            }
        }

        /** A COPY sent in slices of about 1 MB, so that no table is held whole in memory (scale 1.0: millions of rows). */
        final class CopyStream implements AutoCloseable {
            private final CopyIn in;
            private final String table;
            private final StringBuilder buffer = new StringBuilder(1 << 21);
            private int count;

            CopyStream(String target) throws SQLException {
                this.in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + target + " from stdin");
                this.table = target.substring(0, target.indexOf(' '));
            }

            StringBuilder out() {
                return buffer;
            }

            void row() throws SQLException {
                count++;
                if (buffer.length() > 1 << 20) {
                    flush();
                }
            }

            private void flush() throws SQLException {
                byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
                in.writeToCopy(bytes, 0, bytes.length);
                buffer.setLength(0);
            }

            int end() throws SQLException {
                flush();
                in.endCopy();
                rows.put(table, count);
                return count;
            }

            @Override
            public void close() throws SQLException {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        }
    }

    static int poisson(SplittableRandom r, double mean) {
        return new Draw(r).poisson(mean);
    }

    static int pick(SplittableRandom r, double[] weights) {
        return new Draw(r).pick(weights);
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ");
    }
}
