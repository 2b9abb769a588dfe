package kz.shanyraq.app.casework;

import jakarta.servlet.http.HttpServletResponse;
import kz.shanyraq.app.registry.PlaceNames;
import kz.shanyraq.app.registry.Territory;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The published case-work figures as a screen ({@code /casework/figures}, ru/kk/en): applications, decisions,
 * processing time, families assisted, contracts and sanctions by region and month of application, and the families
 * above the poverty line 6 and 12 months after their contract ended. Aggregates only, counts of 1–4 shown as hidden.
 */
@Controller
class FigurePages {

    static final List<Role> READERS = List.of(Role.ANALYST, Role.OPERATOR, Role.ADMIN, Role.DEPARTMENT_OFFICER);

    private final CaseFigures figures;
    private final PovertyLineAfterContract afterContract;
    private final PlaceNames places;
    private final Clock clock;

    FigurePages(CaseFigures figures, PovertyLineAfterContract afterContract, PlaceNames places, Clock clock) {
        this.figures = figures;
        this.afterContract = afterContract;
        this.places = places;
        this.clock = clock;
    }

    @GetMapping("/casework/figures")
    String figures(@AuthenticationPrincipal ShanyraqUser user, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, Model model, Locale locale,
                   HttpServletResponse response) {
        if (!READERS.contains(user.role())) {
            response.setStatus(403);
            model.addAttribute("messageKey", "cw.refused.role");
            model.addAttribute("status", 403);
            return "problem";
        }
        YearMonth last = YearMonth.now(clock);
        YearMonth first = last.minusMonths(11);
        try {
            if (from != null && !from.isBlank()) {
                first = YearMonth.parse(from);
            }
            if (to != null && !to.isBlank()) {
                last = YearMonth.parse(to);
            }
        } catch (DateTimeParseException e) {
            model.addAttribute("error", "from/to: YYYY-MM");
        }
        if (last.isBefore(first)) {
            YearMonth swap = first;
            first = last;
            last = swap;
        }
        Officer officer = Officer.ui(user);
        List<CaseFigures.Row> rows = figures.of(officer, first, last);
        List<PovertyLineAfterContract.Row> after = afterContract.of(officer, first.minusMonths(12), last);
        Map<String, String> regions = new LinkedHashMap<>();
        rows.forEach(r -> regions.computeIfAbsent(r.region(), c -> places.of(new Territory(c, null), locale)));
        after.forEach(r -> regions.computeIfAbsent(r.region(), c -> places.of(new Territory(c, null), locale)));
        model.addAttribute("user", user);
        model.addAttribute("scopeName", user.scope() == null ? null : places.of(user.scope(), locale));
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("afterFrom", first.minusMonths(12));
        model.addAttribute("rows", rows);
        model.addAttribute("after", after);
        model.addAttribute("regions", regions);
        return "casework/figures";
    }
}
