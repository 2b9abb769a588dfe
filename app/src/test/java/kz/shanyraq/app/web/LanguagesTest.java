package kz.shanyraq.app.web;

import kz.shanyraq.app.ServerTest;
import kz.shanyraq.app.security.AppUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Russian by default; Kazakh and English on request, remembered in a cookie. */
class LanguagesTest extends ServerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AppUsers users;

    @Test
    void theLoginPageIsRussianByDefault() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Вход</h1>")))
                .andExpect(content().string(containsString("lang=\"ru\"")));
    }

    @Test
    void kazakhAndEnglishAreOneClickAway() throws Exception {
        mvc.perform(get("/login").param("lang", "kk")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Кіру</h1>")))
                .andExpect(cookie().value("shanyraq-lang", "kk"));
        mvc.perform(get("/login").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Sign in</h1>")));
    }

    @Test
    void theFamilyCardSpeaksKazakh() throws Exception {
        mvc.perform(get("/families/1").param("purpose", "case-work").param("lang", "kk")
                        .with(user(users.loadUserByUsername("consultant.sko"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("№ 1 отбасы")))
                .andExpect(content().string(containsString("Бала тууына байланысты біржолғы жәрдемақы")))
                .andExpect(content().string(containsString("Солтүстік Қазақстан облысы")));
    }
}
