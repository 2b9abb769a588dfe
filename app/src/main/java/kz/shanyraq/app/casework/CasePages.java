package kz.shanyraq.app.casework;

import jakarta.servlet.http.HttpServletResponse;
import kz.shanyraq.app.familycard.AccessRefusedException;
import kz.shanyraq.app.registry.PlaceNames;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The case-work screens: each role's work list (with the consultant's application form), the case file with the
 * steps the reader's role may take in the case's state, and the decision document (Russian or Kazakh) to print.
 * A refused step comes back to the case page with the reason; nothing was changed.
 */
@Controller
class CasePages {

    static final List<Role> CASE_ROLES = List.of(Role.CONSULTANT, Role.ASSISTANT, Role.COMMISSION,
            Role.DEPARTMENT_OFFICER);

    private final Applications applications;
    private final Decisions decisions;
    private final Contracts contracts;
    private final Sanctions sanctions;
    private final Appeals appeals;
    private final CaseFiles files;
    private final CaseWorklist worklist;
    private final PlaceNames places;
    private final Clock clock;

    CasePages(Applications applications, Decisions decisions, Contracts contracts, Sanctions sanctions,
              Appeals appeals, CaseFiles files, CaseWorklist worklist, PlaceNames places, Clock clock) {
        this.applications = applications;
        this.decisions = decisions;
        this.contracts = contracts;
        this.sanctions = sanctions;
        this.appeals = appeals;
        this.files = files;
        this.worklist = worklist;
        this.places = places;
        this.clock = clock;
    }

    @GetMapping("/casework")
    String worklist(@AuthenticationPrincipal ShanyraqUser user, Model model, Locale locale,
                    HttpServletResponse response) {
        if (!CASE_ROLES.contains(user.role())) {
            response.setStatus(403);
            model.addAttribute("messageKey", "cw.refused.role");
            model.addAttribute("status", 403);
            return "problem";
        }
        chrome(user, model, locale);
        model.addAttribute("items", worklist.of(user));
        model.addAttribute("today", LocalDate.now(clock));
        return "casework/worklist";
    }

    @PostMapping("/casework/applications")
    String register(@AuthenticationPrincipal ShanyraqUser user, @RequestParam String iin,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate appliedOn,
                    @RequestParam String channel, @RequestParam String account, RedirectAttributes flash) {
        try {
            long id = applications.register(Officer.ui(user),
                    new Applications.NewApplication(iin.trim(), appliedOn, channel, account, null));
            return "redirect:/casework/cases/" + id;
        } catch (InvalidCaseInputException | CaseRefusedException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/casework";
        }
    }

    @GetMapping("/casework/cases/{id}")
    String file(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id, Model model, Locale locale) {
        CaseFile f = files.open(Officer.ui(user), id);
        chrome(user, model, locale);
        model.addAttribute("f", f);
        model.addAttribute("role", user.role().code());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("measures", Arrays.asList(PlanMeasure.values()));
        return "casework/case";
    }

    @GetMapping("/casework/cases/{id}/decision-document")
    String document(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id, Model model, Locale locale) {
        CaseFile f = files.open(Officer.ui(user), id);
        model.addAttribute("f", f);
        model.addAttribute("d", f.decisions().stream().filter(x -> x.status().equals("approved")).findFirst()
                .orElse(f.openDecision()));
        model.addAttribute("place", places.of(f.territory(), locale));
        return "casework/decision";
    }

    @PostMapping("/casework/cases/{id}/corrections")
    String correct(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id, @RequestParam String kind,
                   @RequestParam String memberId, @RequestParam(required = false) String month,
                   @RequestParam(required = false) String incomeType,
                   @RequestParam(required = false) Long correctedValue, @RequestParam String reason,
                   RedirectAttributes flash) {
        return step(id, flash, () -> applications.correct(Officer.ui(user), id, new Applications.NewCorrection(kind,
                memberId, month == null || month.isBlank() ? null : java.time.YearMonth.parse(month), incomeType,
                correctedValue, reason)));
    }

    @PostMapping("/casework/cases/{id}/survey")
    String survey(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate surveyedOn,
                  @RequestParam String livingConditions, @RequestParam String conclusion,
                  @RequestParam(required = false) String note, RedirectAttributes flash) {
        return step(id, flash, () -> {
            decisions.recordSurvey(Officer.ui(user), id, new Decisions.Survey(surveyedOn, livingConditions,
                    "means-confirmed".equals(conclusion), note));
            return null;
        });
    }

    @PostMapping("/casework/cases/{id}/decision")
    String prepare(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id, RedirectAttributes flash) {
        return step(id, flash, () -> decisions.prepare(Officer.ui(user), id));
    }

    @PostMapping("/casework/cases/{id}/decision/approve")
    String approve(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id, @RequestParam int version,
                   @RequestParam(required = false) String note, RedirectAttributes flash) {
        return step(id, flash, () -> decisions.approve(Officer.ui(user), id, version, note));
    }

    @PostMapping("/casework/cases/{id}/decision/return")
    String returnDecision(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id,
                          @RequestParam int version, @RequestParam String note, RedirectAttributes flash) {
        return step(id, flash, () -> {
            decisions.returnDecision(Officer.ui(user), id, version, note);
            return null;
        });
    }

    @PostMapping("/casework/cases/{id}/contract")
    String conclude(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate concludedOn,
                    @RequestParam String paymentMode, @RequestParam List<String> memberId,
                    @RequestParam List<String> measure, @RequestParam List<String> dueOn,
                    @RequestParam List<String> responsible, RedirectAttributes flash) {
        return step(id, flash, () -> {
            List<Contracts.NewActivity> plan = new ArrayList<>();
            for (int i = 0; i < memberId.size(); i++) {
                if (i < measure.size() && !measure.get(i).isBlank()) {
                    plan.add(new Contracts.NewActivity(memberId.get(i), measure.get(i),
                            i < dueOn.size() && !dueOn.get(i).isBlank() ? LocalDate.parse(dueOn.get(i)) : null,
                            i < responsible.size() ? responsible.get(i) : null));
                }
            }
            return contracts.conclude(Officer.ui(user), id, new Contracts.Conclusion(concludedOn, paymentMode, plan));
        });
    }

    @PostMapping("/casework/cases/{id}/activities/{activity}/fulfilment")
    String fulfilment(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id, @PathVariable long activity,
                      @RequestParam String status, RedirectAttributes flash) {
        return step(id, flash, () -> {
            contracts.recordFulfilment(Officer.ui(user), id, activity, status, null);
            return null;
        });
    }

    @PostMapping("/casework/cases/{id}/visits")
    String visit(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
                 @RequestParam String note, RedirectAttributes flash) {
        return step(id, flash, () -> contracts.recordVisit(Officer.ui(user), id, visitedOn, note));
    }

    @PostMapping("/casework/cases/{id}/sanctions")
    String sanction(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id, @RequestParam String ground,
                    @RequestParam(required = false) Long activityId,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate establishedOn,
                    RedirectAttributes flash) {
        return step(id, flash, () -> sanctions.establish(Officer.ui(user), id, ground, activityId, establishedOn));
    }

    @PostMapping("/casework/cases/{id}/appeals")
    String appeal(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id, @RequestParam String subject,
                  @RequestParam(required = false) Long sanctionId, @RequestParam String grounds,
                  RedirectAttributes flash) {
        return step(id, flash, () -> appeals.file(Officer.ui(user), id, subject, sanctionId, null, grounds));
    }

    @PostMapping("/casework/cases/{id}/appeals/{appeal}/answer")
    String answer(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id, @PathVariable long appeal,
                  @RequestParam String outcome, @RequestParam String answer, RedirectAttributes flash) {
        return step(id, flash, () -> {
            appeals.answer(Officer.ui(user), appeal, "upheld".equals(outcome), answer);
            return null;
        });
    }

    @ExceptionHandler(AccessRefusedException.class)
    String refused(AccessRefusedException e, Model model, HttpServletResponse response) {
        response.setStatus(403);
        model.addAttribute("messageKey", "access.refused." + e.reason());
        model.addAttribute("status", 403);
        return "problem";
    }

    @ExceptionHandler(CaseNotFoundException.class)
    String notFound(CaseNotFoundException e, Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("messageKey", "cw.not-found");
        model.addAttribute("status", 404);
        return "problem";
    }

    private String step(long id, RedirectAttributes flash, Supplier<Object> action) {
        try {
            action.get();
        } catch (CaseRefusedException e) {
            flash.addFlashAttribute("errorKey", "cw.refused." + e.reason());
            flash.addFlashAttribute("error", e.getMessage());
        } catch (ConcurrentChangeException e) {
            flash.addFlashAttribute("errorKey", "cw.refused.concurrent-change");
            flash.addFlashAttribute("error", e.getMessage());
        } catch (InvalidCaseInputException e) {
            flash.addFlashAttribute("errorKey", "cw.refused.invalid");
            flash.addFlashAttribute("error", e.field() + ": " + e.getMessage());
        }
        return "redirect:/casework/cases/" + id;
    }

    private void chrome(ShanyraqUser user, Model model, Locale locale) {
        model.addAttribute("user", user);
        model.addAttribute("scopeName", user.scope() == null ? null : places.of(user.scope(), locale));
    }
}
