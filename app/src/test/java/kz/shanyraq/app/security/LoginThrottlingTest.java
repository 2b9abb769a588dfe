package kz.shanyraq.app.security;

import kz.shanyraq.app.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Password guessing is slowed down per account and per address, before any hash is computed, and audited. */
class LoginThrottlingTest extends ServerTest {

    static final String PASSWORD = "shanyraq-demo";

    @Autowired
    MockMvc mvc;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private long lastAuditId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
    }

    private List<Map<String, Object>> auditAfter(long id, String actor) {
        return jdbc.sql("select * from audit_event where id > :id and actor = :actor order by id")
                .param("id", id).param("actor", actor).query().listOfRows();
    }

    @Test
    void theTwoHundredAndFirstWrongPasswordIsThrottledAuditedAndTheRightOneWaitsForAnAdministrator() throws Exception {
        long before = lastAuditId();
        for (int i = 1; i <= 200; i++) {
            mvc.perform(get("/api/recompute/runs").with(httpBasic("inspector.sko", "guess-" + i)).with(from("10.13.0.1")))
                    .andExpect(i <= LoginThrottle.ACCOUNT_FREE_FAILURES ? status().isUnauthorized()
                            : status().isTooManyRequests());
        }
        mvc.perform(get("/api/recompute/runs").with(httpBasic("inspector.sko", "guess-201")).with(from("10.13.0.1")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.status").value(429));

        List<Map<String, Object>> rows = auditAfter(before, "inspector.sko");
        assertThat(rows).filteredOn(r -> "sign-in-failed".equals(r.get("action")))
                .hasSize(LoginThrottle.ACCOUNT_FREE_FAILURES)
                .allSatisfy(r -> assertThat(r).containsEntry("outcome", "denied").containsEntry("channel", "api"));
        assertThat(rows).filteredOn(r -> "sign-in-throttled".equals(r.get("action")))
                .hasSize(201 - LoginThrottle.ACCOUNT_FREE_FAILURES);
        assertThat(rows.get(rows.size() - 1)).containsEntry("action", "sign-in-throttled")
                .containsEntry("outcome", "denied");
        assertThat((String) rows.get(rows.size() - 1).get("reason")).contains("account locked until", "10.13.0.1");

        // The right password, from anywhere, is refused while the account is locked.
        mvc.perform(get("/api/recompute/runs").with(httpBasic("inspector.sko", PASSWORD)).with(from("10.13.0.2")))
                .andExpect(status().isTooManyRequests());

        // The administrator sees the lock and lifts it; the unlock is audited.
        mvc.perform(get("/api/admin/sign-in-locks").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.key == 'inspector.sko')].kind").value("ACCOUNT"));
        long beforeUnlock = lastAuditId();
        mvc.perform(delete("/api/admin/sign-in-locks/account/inspector.sko").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unlocked").value(true));
        assertThat(auditAfter(beforeUnlock, "admin")).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("action", "sign-in-unlocked").containsEntry("outcome", "granted")
                .containsEntry("reason", "account inspector.sko unlocked"));

        mvc.perform(get("/api/recompute/runs").with(httpBasic("inspector.sko", PASSWORD)).with(from("10.13.0.2")))
                .andExpect(status().isForbidden()); // signed in; an inspector simply may not read the runs
    }

    @Test
    void oneAddressGuessingAtManyAccountsIsLockedWithoutLockingThoseAccountsElsewhere() throws Exception {
        for (int i = 0; i < LoginThrottle.ADDRESS_FREE_FAILURES; i++) {
            mvc.perform(get("/api/recompute/runs").with(httpBasic("nobody-" + i, "x")).with(from("10.13.1.1")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/recompute/runs").with(httpBasic("operator", PASSWORD)).with(from("10.13.1.1")))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/api/recompute/runs").with(httpBasic("operator", PASSWORD)).with(from("10.13.1.2")))
                .andExpect(status().isOk());
        mvc.perform(delete("/api/admin/sign-in-locks/address/10.13.1.1").with(httpBasic("admin", PASSWORD)))
                .andExpect(jsonPath("$.unlocked").value(true));
        mvc.perform(get("/api/recompute/runs").with(httpBasic("operator", PASSWORD)).with(from("10.13.1.1")))
                .andExpect(status().isOk());
    }

    @Test
    void theFormLoginIsThrottledTooAndSaysSo() throws Exception {
        for (int i = 0; i < LoginThrottle.ACCOUNT_FREE_FAILURES; i++) {
            mvc.perform(post("/login").param("username", "analyst").param("password", "wrong").with(csrf())
                            .with(from("10.13.2.1")))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").param("username", "analyst").param("password", PASSWORD).with(csrf())
                        .with(from("10.13.2.1")))
                .andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(get("/login").param("throttled", "").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Too many wrong passwords")));
        assertThat(jdbc.sql("select channel from audit_event where actor = 'analyst' and action = 'sign-in-throttled'")
                .query(String.class).list()).contains("ui");
        mvc.perform(delete("/api/admin/sign-in-locks/account/analyst").with(httpBasic("admin", PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void onlyAdministratorsSeeAndLiftLocks() throws Exception {
        mvc.perform(get("/api/admin/sign-in-locks").with(httpBasic("operator", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/admin/sign-in-locks/account/operator").with(httpBasic("operator", PASSWORD)))
                .andExpect(status().isForbidden());
    }
}
