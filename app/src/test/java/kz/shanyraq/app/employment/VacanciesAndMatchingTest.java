package kz.shanyraq.app.employment;

import kz.shanyraq.ingest.BatchRejectedException;
import kz.shanyraq.ingest.ImportResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VacanciesAndMatchingTest extends EmploymentTestSupport {

    @BeforeEach
    void anotherDistrictOfTurkestan() {
        jdbc.sql("""
                insert into district (id, region_code, name_ru, name_kk, name_en)
                values ('KZ-61-02', 'KZ-61', 'Толебийский район', 'Төле би ауданы', 'Tole Bi District')
                on conflict do nothing""").update();
    }

    @Test
    void a_vacancy_with_an_unknown_occupation_names_the_field_and_writes_nothing() {
        long before = jdbc.sql("select count(*) from vacancy").query(Long.class).single();
        assertThatThrownBy(() -> vacancy("0001", "Сварщик", "KZ-61-01", 200_000))
                .isInstanceOfSatisfying(InvalidEmploymentInputException.class,
                        e -> assertThat(e.field()).isEqualTo("occupationCode"));
        assertThatThrownBy(() -> vacancies.create(CONSULTANT, new Vacancies.NewVacancy("15034000111", "X", "7212",
                "Сварщик", null, "KZ-61", null, 100L, null, null, null, null)))
                .isInstanceOfSatisfying(InvalidEmploymentInputException.class,
                        e -> assertThat(e.field()).isEqualTo("employerBin"));
        assertThat(jdbc.sql("select count(*) from vacancy").query(Long.class).single()).isEqualTo(before);
    }

    static final String CSV_BIN = BIN;

    @Test
    void a_labour_exchange_file_with_one_bad_row_is_refused_whole_with_the_line_and_field() {
        String csv = """
                source_ref,employer_bin,employer_name,occupation_code,title,requirements,region_code,district_id,wage,quota_job,social_job,places,opened_on
                enbek-1001,%1$s,ТОО Ромашка,5120,Повар,горячий цех,KZ-61,KZ-61-01,180000,false,false,2,2026-01-15
                enbek-1002,%1$s,ТОО Ромашка,9999,Официант,,KZ-61,KZ-61-01,150000,false,false,1,2026-01-15
                """.formatted(BIN);
        assertThatThrownBy(() -> vacancies.importFile(OPERATOR, "vac-bad-1", "csv", stream(csv)))
                .isInstanceOfSatisfying(BatchRejectedException.class, e -> assertThat(e.errors())
                        .anySatisfy(x -> {
                            assertThat(x.line()).isEqualTo(3);
                            assertThat(x.field()).isEqualTo("occupation_code");
                        }));
        assertThat(jdbc.sql("select count(*) from vacancy where source_ref like 'enbek-100%'").query(Long.class).single())
                .isZero();

        ImportResult ok = vacancies.importFile(OPERATOR, "vac-ok-1", "csv", stream(csv.replace(",9999,", ",5131,")));
        assertThat(ok.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
        assertThat(jdbc.sql("select count(*) from vacancy where source_ref like 'enbek-100%'").query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void a_consultant_may_not_import_files() {
        assertThatThrownBy(() -> vacancies.importFile(CONSULTANT, "vac-x", "csv", stream("a")))
                .isInstanceOfSatisfying(EmploymentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo("role-not-allowed"));
    }

    @Test
    void matching_puts_the_same_occupation_in_the_same_district_first_and_says_why() {
        String iin = person(today().minusYears(35), 'M', "urban");
        long seeker = register(iin, today(), "7212", "сварка аргоном, монтаж");
        long other = vacancy("7212", "Электрогазосварщик", "KZ-61-02", 260_000);
        long near = vacancy("7212", "Электрогазосварщик 5 разряда", "KZ-61-01", 250_000);
        long cook = vacancy("5120", "Повар", "KZ-61-01", 300_000);

        List<Matching.Ranked> top = matching.vacanciesFor(CONSULTANT, "api", seeker);

        List<Long> ids = top.stream().map(Matching.Ranked::id).toList();
        assertThat(ids).contains(near, other).doesNotContain(cook);
        assertThat(ids.indexOf(near)).isLessThan(ids.indexOf(other));
        Matching.Ranked first = top.stream().filter(r -> r.id() == near).findFirst().orElseThrow();
        assertThat(first.reasons()).anySatisfy(r -> assertThat(r).startsWith("occupation 7212"))
                .contains("same district");
        assertThat(top.stream().filter(r -> r.id() == other).findFirst().orElseThrow().reasons())
                .contains("same region, another district");
    }

    @Test
    void job_seekers_are_ranked_for_a_vacancy_and_each_read_is_audited() {
        String iin = person(today().minusYears(29), 'F', "urban");
        long seeker = register(iin, today(), "5120", "повар горячего цеха");
        long v = vacancy("5120", "Повар горячего цеха", "KZ-61-01", 200_000);
        long before = auditRows();

        List<Matching.Ranked> top = matching.jobSeekersFor(CONSULTANT, "api", v, vacancies);

        assertThat(top).anySatisfy(r -> assertThat(r.id()).isEqualTo(seeker));
        assertThat(auditRows()).isGreaterThanOrEqualTo(before + top.size());
    }

    @Test
    void referred_and_hired_closes_the_registration_as_employed_and_fills_the_vacancy() {
        String iin = person(today().minusYears(35), 'M', "urban");
        long seeker = register(iin, today(), "7212", null);
        long v = vacancy("7212", "Сварщик", "KZ-61-01", 250_000);

        long ref = referrals.refer(CONSULTANT, seeker, v, today());
        assertThat(referrals.answer(CONSULTANT, ref, "hired", today(), "приказ о приёме")).isEqualTo("employed");

        assertThat(standing(seeker)).isEqualTo("closed");
        assertThat(closedReason(seeker)).isEqualTo("employed");
        assertThat(vacancies.get(v).status()).isEqualTo("filled");
    }

    @Test
    void two_refused_offers_of_suitable_work_close_the_registration_art_16_p_1_pp_1() {
        String iin = person(today().minusYears(35), 'M', "urban");
        long seeker = register(iin, today(), "7212", null);
        long v1 = vacancy("7212", "Сварщик", "KZ-61-01", 250_000);
        long v2 = vacancy("7212", "Сварщик-монтажник", "KZ-61-01", 240_000);

        referrals.answer(CONSULTANT, referrals.refer(CONSULTANT, seeker, v1, today()), "refused-by-person", today(), null);
        assertThat(standing(seeker)).isEqualTo("job-seeker");
        String result = referrals.answer(CONSULTANT, referrals.refer(CONSULTANT, seeker, v2, today()),
                "refused-by-person", today(), null);

        assertThat(result).isEqualTo("refused-two-offers");
        assertThat(closedReason(seeker)).isEqualTo("refused-two-offers");
    }

    @Test
    void no_show_within_5_working_days_of_a_referral_closes_the_registration_art_16_p_1_pp_2() {
        String iin = person(today().minusYears(35), 'M', "urban");
        LocalDateRange r = new LocalDateRange(workingDaysAgo(7));
        long seeker = register(iin, r.from(), "7212", null);
        seekers.checkIn(CONSULTANT, seeker, DAYS.after(r.from(), 3), null);
        seekers.checkIn(CONSULTANT, seeker, DAYS.after(r.from(), 6), null);
        long v = vacancy("7212", "Сварщик", "KZ-61-01", 250_000);
        long ref = referrals.refer(CONSULTANT, seeker, v, r.from());
        referrals.answer(CONSULTANT, ref, "no-show", DAYS.after(r.from(), 6), null);

        day.run(DAYS.after(r.from(), 5));
        assertThat(standing(seeker)).isEqualTo("job-seeker");
        day.run(DAYS.after(r.from(), 6));

        assertThat(closedReason(seeker)).isEqualTo("no-show-after-referral");
    }

    record LocalDateRange(java.time.LocalDate from) {
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
