package kz.shanyraq.app.employment;

import kz.shanyraq.app.demo.DemoUsers;
import kz.shanyraq.app.familycard.AccessRefusedException;
import kz.shanyraq.app.registry.Territory;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.app.security.ShanyraqUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The career centre's employer-relations specialist: the vacancies of its territory, never a family's data. */
class EmployerRelationsTest extends EmploymentTestSupport {

    static final ShanyraqUser EMPLOYER = new ShanyraqUser("employer.sko", null, Role.EMPLOYER_RELATIONS,
            Territory.region("KZ-59"), true);

    @Autowired
    MockMvc mvc;
    @Autowired
    kz.shanyraq.app.security.AppUsers users;

    private Vacancies.NewVacancy inPetropavl(String title) {
        return new Vacancies.NewVacancy(BIN, "ТОО «Кызылжар Агро»", "8322", title, "категория C", "KZ-59", "KZ-59-01",
                280_000L, false, false, 2, today());
    }

    @Test
    void the_specialist_enters_lists_and_closes_the_vacancies_of_its_region() {
        long id = vacancies.create(EMPLOYER, inPetropavl("Водитель грузовика (специалист)"));
        assertThat(vacancies.openOf(EMPLOYER, null, 1000)).extracting(Vacancies.Vacancy::id).contains(id);

        vacancies.close(EMPLOYER, id);

        assertThat(vacancies.get(id).status()).isEqualTo("withdrawn");
        assertThat(vacancies.openOf(EMPLOYER, null, 1000)).extracting(Vacancies.Vacancy::id).doesNotContain(id);
        assertThatThrownBy(() -> vacancies.close(EMPLOYER, id))
                .isInstanceOfSatisfying(EmploymentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo("vacancy-not-open"));
    }

    @Test
    void a_vacancy_of_another_region_is_refused_to_the_specialist() {
        long turkestan = vacancy("7212", "Сварщик (чужой регион)", "KZ-61-01", 250_000);
        assertThatThrownBy(() -> vacancies.create(EMPLOYER, new Vacancies.NewVacancy(BIN, "ТОО «Сайрам»", "7212",
                "Сварщик", "", "KZ-61", "KZ-61-01", 250_000L, false, false, 1, today())))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> vacancies.close(EMPLOYER, turkestan)).isInstanceOf(AccessRefusedException.class);
        assertThat(vacancies.get(turkestan).status()).isEqualTo("open");
    }

    @Test
    void the_specialist_may_not_read_job_seekers_or_rank_persons_for_a_vacancy() {
        String iin = person(today().minusYears(30), 'M', "urban");
        long seeker = register(iin, today(), null, null);
        long v = vacancies.create(EMPLOYER, inPetropavl("Водитель"));
        assertThatThrownBy(() -> files.open(EMPLOYER, "api", seeker))
                .isInstanceOfSatisfying(EmploymentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo("role-not-allowed"));
        assertThatThrownBy(() -> matching.jobSeekersFor(EMPLOYER, "api", v, vacancies))
                .isInstanceOfSatisfying(EmploymentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo("role-not-allowed"));
        assertThatThrownBy(() -> files.worklist(EMPLOYER)).isInstanceOf(EmploymentRefusedException.class);
    }

    @Test
    void the_demo_specialist_cannot_read_a_family_card_but_manages_vacancies_over_the_api() throws Exception {
        // The consultant of the same region reads family 1's card; the employer-relations specialist may not.
        mvc.perform(get("/api/families/1").header("X-Purpose", "entitlement-check")
                        .with(httpBasic("consultant.sko", DemoUsers.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/families/1").header("X-Purpose", "entitlement-check")
                        .with(httpBasic("employer.sko", DemoUsers.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/employment").with(user(users.loadUserByUsername("employer.sko"))))
                .andExpect(status().isForbidden());

        mvc.perform(post("/api/employment/vacancies").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"employerBin": "%s", "employerName": "ТОО «Север»", "occupationCode": "5120",
                                 "title": "Повар", "regionCode": "KZ-59", "districtId": "KZ-59-01", "wage": 210000}"""
                                .formatted(BIN))
                        .with(httpBasic("employer.sko", DemoUsers.PASSWORD)))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/employment/vacancies").with(httpBasic("employer.sko", DemoUsers.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/employment/vacancies").with(user(users.loadUserByUsername("employer.sko"))))
                .andExpect(status().isOk());
    }
}
