package kz.shanyraq.app.home;

import kz.shanyraq.app.audit.AuditEntry;
import kz.shanyraq.app.audit.AuditTrail;
import kz.shanyraq.app.proactive.OpenOffers;
import kz.shanyraq.app.security.ShanyraqUser;
import kz.shanyraq.app.support.CaseWork;
import kz.shanyraq.app.web.Wording;
import kz.shanyraq.app.web.XlsxTable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The home page's lists as XLSX, with the same filter, headings in the reader's language, and the same audit. */
@Controller
class HomeExports {

    private final OpenOffers offers;
    private final CaseWork cases;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Wording say;
    private final Clock clock;

    HomeExports(OpenOffers offers, CaseWork cases, AuditTrail audit, MessageSource messages, Wording say,
                Clock clock) {
        this.offers = offers;
        this.cases = cases;
        this.audit = audit;
        this.messages = messages;
        this.say = say;
        this.clock = clock;
    }

    @GetMapping("/home/offers.xlsx")
    ResponseEntity<byte[]> offers(@AuthenticationPrincipal ShanyraqUser user, Locale locale,
                                  @RequestParam(name = "offers", defaultValue = "sent") String status) {
        if (!user.role().readsPersonalData() || user.scope() == null) {
            return ResponseEntity.status(403).build();
        }
        List<OpenOffers.OfferLine> lines = offers.of(user.scope(), status);
        List<List<Object>> rows = new ArrayList<>();
        Set<Long> families = new LinkedHashSet<>();
        for (OpenOffers.OfferLine o : lines) {
            families.add(o.familyId());
            rows.add(List.of(o.familyId(), say.measure(o.measure()), o.amount(),
                    msg("payment." + o.payment().toLowerCase(Locale.ROOT).replace('_', '-'), locale), o.expiresOn(),
                    msg("offer.status." + o.status(), locale)));
        }
        audited(user, families, "xlsx of offers");
        return XlsxTable.download("offers-" + LocalDate.now(clock), "offers",
                headings(locale, "worklist.family", "home.measure", "income.amount", "home.payment", "home.expires",
                        "worklist.status"), rows);
    }

    @GetMapping("/home/cases.xlsx")
    ResponseEntity<byte[]> cases(@AuthenticationPrincipal ShanyraqUser user, Locale locale,
                                 @RequestParam(name = "cases", defaultValue = "open") String filter) {
        if (!user.role().readsPersonalData() || user.scope() == null) {
            return ResponseEntity.status(403).build();
        }
        List<CaseWork.CaseLine> lines = cases.list(user.scope(), filter, user.getUsername());
        List<List<Object>> rows = new ArrayList<>();
        Set<Long> families = new LinkedHashSet<>();
        for (CaseWork.CaseLine c : lines) {
            families.add(c.familyId());
            rows.add(java.util.Arrays.asList(c.id(), c.title().in(locale), c.familyId(), c.deadline(),
                    msg("case.status." + c.status(), locale),
                    c.outcome() == null ? null : msg("case.outcome." + c.outcome(), locale), c.assignedTo()));
        }
        audited(user, families, "xlsx of cases");
        return XlsxTable.download("cases-" + LocalDate.now(clock), "cases",
                headings(locale, "worklist.case", "worklist.situation", "worklist.family", "worklist.deadline",
                        "worklist.status", "case.outcome", "case.assigned-to"), rows);
    }

    private void audited(ShanyraqUser user, Set<Long> families, String how) {
        List<AuditEntry> reads = new ArrayList<>();
        for (long f : families) {
            reads.add(new AuditEntry(user.getUsername(), user.role().code(), "ui", "worklist", "home", null, null, f,
                    LocalDate.now(clock), "granted", how));
        }
        if (!reads.isEmpty()) {
            audit.recordAll(reads);
        }
    }

    private List<String> headings(Locale locale, String... keys) {
        return java.util.Arrays.stream(keys).map(k -> msg(k, locale)).toList();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
