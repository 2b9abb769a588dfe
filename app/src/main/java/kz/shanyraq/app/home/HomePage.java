package kz.shanyraq.app.home;

import kz.shanyraq.app.audit.AuditEntry;
import kz.shanyraq.app.audit.AuditTrail;
import kz.shanyraq.app.audit.Purpose;
import kz.shanyraq.app.lifeevents.IntakeHealth;
import kz.shanyraq.app.proactive.OpenOffers;
import kz.shanyraq.app.recompute.CategoryDistribution;
import kz.shanyraq.app.recompute.RecomputeFromTheUi;
import kz.shanyraq.app.recompute.RecomputeRun;
import kz.shanyraq.app.recompute.RecomputeRuns;
import kz.shanyraq.app.registry.PlaceNames;
import kz.shanyraq.app.security.ShanyraqUser;
import kz.shanyraq.app.support.CaseWork;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where each role lands after sign-in. Staff who work with families: the search by IIN or name, and the families of
 * their territory with offers waiting for an answer and open hard-life-situation cases (theirs first), deadlines
 * first. The analyst: the published national run by region. The operator: imports, recompute runs, the event
 * intake. The administrator: users and the audit log. The inspector: the labour lists.
 */
@Controller
class HomePage {

    private final PlaceNames places;
    private final Clock clock;
    private final OpenOffers offers;
    private final CaseWork cases;
    private final AuditTrail audit;
    private final RecomputeRuns runs;
    private final CategoryDistribution distribution;
    private final IntakeHealth intake;
    private final Registers registers;
    private final RecomputeFromTheUi recompute;
    private final kz.shanyraq.app.registry.PersonNames people;

    HomePage(PlaceNames places, Clock clock, OpenOffers offers, CaseWork cases, AuditTrail audit, RecomputeRuns runs,
             CategoryDistribution distribution, IntakeHealth intake, Registers registers,
             RecomputeFromTheUi recompute, kz.shanyraq.app.registry.PersonNames people) {
        this.places = places;
        this.clock = clock;
        this.offers = offers;
        this.cases = cases;
        this.audit = audit;
        this.runs = runs;
        this.distribution = distribution;
        this.intake = intake;
        this.registers = registers;
        this.recompute = recompute;
        this.people = people;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal ShanyraqUser user, Model model, Locale locale,
                @RequestParam(name = "offers", defaultValue = "sent") String offerStatus,
                @RequestParam(name = "cases", defaultValue = "open") String caseFilter,
                @RequestParam(name = "family", required = false) Long family,
                @RequestParam(name = "sort", defaultValue = "expires") String sort) {
        Staff.frame(model, user, places, locale);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("role", user.role().code());
        // The search form (readers of personal data): a bookmarked card without a purpose comes back with its family.
        model.addAttribute("readsPersonalData", user.role().readsPersonalData());
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute("iin", "");
        model.addAttribute("on", today);
        model.addAttribute("purpose", "");
        model.addAttribute("errors", java.util.Map.of());
        model.addAttribute("family", family);
        switch (user.role()) {
            case CONSULTANT, ASSISTANT, FAMILY_SUPPORT -> desk(user, model, offerStatus, caseFilter, sort, today);
            case ANALYST -> analyst(user, model);
            case OPERATOR -> operator(model);
            case ADMIN -> admin(model);
            default -> {
            }
        }
        return "home/home";
    }

    private void desk(ShanyraqUser user, Model model, String offerStatus, String caseFilter, String sort,
                      LocalDate today) {
        if (user.scope() == null) {
            return;
        }
        List<OpenOffers.OfferLine> offerLines = offers.of(user.scope(), offerStatus, sort);
        model.addAttribute("sort", OpenOffers.SORTS.containsKey(sort) ? sort : "expires");
        List<CaseWork.CaseLine> caseLines = cases.list(user.scope(), caseFilter, user.getUsername());
        model.addAttribute("offerStatus", OpenOffers.STATUSES.contains(offerStatus) ? offerStatus : "sent");
        model.addAttribute("offerStatuses", OpenOffers.STATUSES);
        model.addAttribute("offerLines", offerLines);
        model.addAttribute("caseFilter", CaseWork.FILTERS.contains(caseFilter) ? caseFilter : "open");
        model.addAttribute("caseFilters", CaseWork.FILTERS);
        model.addAttribute("caseLines", caseLines);
        // The lists name families by id: each family listed is a read of personal data, audited like the worklist.
        Set<Long> families = new LinkedHashSet<>();
        offerLines.forEach(o -> families.add(o.familyId()));
        caseLines.forEach(c -> families.add(c.familyId()));
        List<AuditEntry> reads = new ArrayList<>();
        for (long f : families) {
            reads.add(new AuditEntry(user.getUsername(), user.role().code(), "ui", "worklist", "home", null, null,
                    f, today, "granted", "listed on the home page"));
        }
        if (!reads.isEmpty()) {
            audit.recordAll(reads);
        }
        model.addAttribute("heads", people.heads(families));
    }

    private void analyst(ShanyraqUser user, Model model) {
        Optional<RecomputeRun> published = runs.published();
        model.addAttribute("published", published.orElse(null));
        published.ifPresent(run -> model.addAttribute("distribution", distribution.of(run.id(), null, user)));
    }

    private void operator(Model model) {
        model.addAttribute("runs", runs.history().stream().limit(5).toList());
        model.addAttribute("imports", registers.imports());
        model.addAttribute("health", intake.now());
        model.addAttribute("recomputeFailure", recompute.lastFailure());
    }

    private void admin(Model model) {
        model.addAttribute("users", registers.users());
    }
}
