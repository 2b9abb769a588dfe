package kz.shanyraq.app.casework;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The decision as a PDF the family is given, read back with OpenPDF's own text extractor. */
class DecisionPdfTest extends CaseworkTestSupport {

    @Autowired
    MockMvc mvc;

    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder s = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                s.append(extractor.getTextFromPage(page)).append('\n');
            }
            return s.toString();
        } finally {
            reader.close();
        }
    }

    byte[] pdf(long caseId, String lang) throws Exception {
        return mvc.perform(get("/api/cases/{id}/decision.pdf", caseId).param("lang", lang)
                        .with(httpBasic("consultant.turkestan", "shanyraq-demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void the_kazakh_decision_to_assign_states_the_monthly_amount_and_how_it_is_paid_in_kazakh_letters() throws Exception {
        LocalDate on = applied();
        long id = approvedConditional(on);
        CaseFile.Decision d = files.open(CONSULTANT, id).decisions().get(0);

        String kk = text(pdf(id, "kk"));

        assertThat(kk).contains("ШЕШІМ").contains("әлеуметтік көмек")
                .contains("Айына сома: " + DecisionPdf.tenge(d.monthlyAmount()) + " ₸")
                .contains("үш айға бір реттік")
                .contains("қосымша");
    }

    @Test
    void the_russian_decision_names_the_amount_the_period_and_how_to_appeal() throws Exception {
        LocalDate on = applied();
        long id = underContract(on);
        CaseFile.Decision d = files.open(CONSULTANT, id).decisions().get(0);

        String ru = text(pdf(id, "ru"));

        assertThat(ru).contains("РЕШЕНИЕ о назначении")
                .contains("Сумма в месяц: " + DecisionPdf.tenge(d.monthlyAmount()) + " ₸")
                .contains("По социальному контракту помощь выплачивается: ежемесячно")
                .contains("обжаловать");
    }

    @Test
    void a_language_other_than_russian_or_kazakh_is_refused_naming_the_field() throws Exception {
        long id = approvedConditional(applied());
        mvc.perform(get("/api/cases/{id}/decision.pdf", id).param("lang", "de")
                        .with(httpBasic("consultant.turkestan", "shanyraq-demo")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("lang"));
    }
}
