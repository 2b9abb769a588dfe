package kz.shanyraq.app.web;

import kz.shanyraq.app.ServerTest;
import kz.shanyraq.app.security.AppUsers;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every table of the UI exports to XLSX the same way: the page's own table, as its reader may see it. */
class TableExportsTest extends ServerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AppUsers users;

    private Sheet xlsx(String url, String user) throws Exception {
        byte[] bytes = mvc.perform(get(url).with(user(users.loadUserByUsername(user))))
                .andExpect(status().isOk())
                .andExpect(content().contentType(XlsxTable.XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(bytes)).getSheetAt(0);
    }

    private static List<String> column(Sheet sheet, int column) {
        List<String> out = new ArrayList<>();
        for (Row r : sheet) {
            if (r.getRowNum() > 0) {
                out.add(r.getCell(column).toString());
            }
        }
        return out;
    }

    @Test
    void the_administrators_list_of_users_exports_with_russian_headings_every_user_and_the_pages_sorting()
            throws Exception {
        Sheet sheet = xlsx("/?xlsx=users&lang=ru", "admin");
        long users = jdbc.sql("select count(*) from app_user").query(Long.class).single();
        assertThat(sheet.getLastRowNum()).isEqualTo((int) users);
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).matches("[А-Яа-яЁё ]+");
        assertThat(column(sheet, 0)).contains("admin", "consultant.sko");

        List<String> sorted = column(xlsx("/?xlsx=users&xlsx-sort=0:desc", "admin"), 0);
        assertThat(sorted).isSortedAccordingTo(java.util.Comparator.<String>reverseOrder());
        assertThat(column(xlsx("/?xlsx=users&xlsx-filter=consultant", "admin"), 0))
                .isNotEmpty().allMatch(u -> u.contains("consultant"));
    }

    @Test
    void an_export_of_a_list_of_people_is_recorded_in_the_audit_trail() throws Exception {
        mvc.perform(get("/admin/audit").with(user(users.loadUserByUsername("admin")))); // a first line to list
        long before = exports("admin");
        xlsx("/admin/audit?xlsx=audit-lines", "admin");
        assertThat(exports("admin")).isEqualTo(before + 1);
        long usersBefore = exports("admin");
        xlsx("/?xlsx=users", "admin");
        assertThat(exports("admin")).as("the staff list is not personal data of citizens").isEqualTo(usersBefore);
    }

    @Test
    void a_page_the_reader_may_not_see_gives_no_file_and_an_unknown_table_is_not_found() throws Exception {
        mvc.perform(get("/admin/audit").param("xlsx", "audit-lines")
                        .with(user(users.loadUserByUsername("consultant.sko"))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("text/html"));
        mvc.perform(get("/").param("xlsx", "no-such-table").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/").param("xlsx", "<script>").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void every_list_of_a_page_offers_the_shared_tools_with_its_export_link() throws Exception {
        String home = mvc.perform(get("/").with(user(users.loadUserByUsername("admin"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(home).contains("data-export=\"users\"").contains("?xlsx=users");
    }

    private long exports(String actor) {
        return jdbc.sql("""
                select count(*) from audit_event where actor = :a and reason like 'xlsx export of %'""")
                .param("a", actor).query(Long.class).single();
    }
}
