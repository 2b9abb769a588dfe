package kz.shanyraq.app.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

/** The decision as a PDF in Russian or Kazakh, for the family: from the API and from the case's page. */
@RestController
@Tag(name = "АСП case work")
class DecisionDocumentApi {

    private final CaseFiles files;
    private final DecisionPdf pdf;

    DecisionDocumentApi(CaseFiles files, DecisionPdf pdf) {
        this.files = files;
        this.pdf = pdf;
    }

    @GetMapping("/api/cases/{id}/decision.pdf")
    @Operation(summary = "The decision as a PDF the family can be given", description = "The approved decision (or "
            + "the one under consideration) in Russian (lang=ru) or Kazakh (lang=kk): form, period, members and their "
            + "monthly amounts, the child supplement, the basis, how it is paid, or the refusal's reason; how to "
            + "appeal. Every member read is audited, as when the case is opened.")
    ResponseEntity<byte[]> api(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id,
                               @Parameter(description = "ru or kk") @RequestParam(defaultValue = "ru") String lang) {
        return document(Officer.api(user), id, lang);
    }

    @GetMapping("/casework/cases/{id}/decision.pdf")
    ResponseEntity<byte[]> page(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id,
                                @RequestParam(defaultValue = "ru") String lang) {
        return document(Officer.ui(user), id, lang);
    }

    private ResponseEntity<byte[]> document(Officer officer, long id, String lang) {
        if (!lang.equals("ru") && !lang.equals("kk")) {
            throw new InvalidCaseInputException("lang", "the decision is given in ru or kk");
        }
        byte[] body = pdf.render(files.open(officer, id), Locale.forLanguageTag(lang));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("decision-" + id + "-" + lang + ".pdf").build().toString())
                .body(body);
    }
}
