package kz.shanyraq.app.labour;

import jakarta.servlet.http.HttpServletResponse;
import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The inspectors' screens (ru/kk/en): the work list, the preventive-control list, inspections with their checklist,
 * wage arrears, accidents, conflicts; the operational reports are linked from them. A refused form comes back to
 * its page with the field named; nothing is written.
 */
@Controller
class InspectoratePages {

    private final Inspectorate inspectorate;
    private final LabourFigures figures;
    private final LabourMap map;
    private final Clock clock;

    InspectoratePages(Inspectorate inspectorate, LabourFigures figures, LabourMap map, Clock clock) {
        this.inspectorate = inspectorate;
        this.figures = figures;
        this.map = map;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static String half(LocalDate day) {
        return day.getYear() + "-H" + (day.getMonthValue() <= 6 ? 1 : 2);
    }

    static String nextHalf(LocalDate day) {
        return half(day.getMonthValue() <= 6 ? day.withMonth(7) : day.plusYears(1).withMonth(1));
    }

    @GetMapping("/labour/work-list")
    String workList(@AuthenticationPrincipal ShanyraqUser user, Model model, HttpServletResponse response) {
        return page(model, response, user, "labour/work-list", () -> {
            model.addAttribute("work", inspectorate.workList(user, today(), "ui"));
            model.addAttribute("today", today());
        });
    }

    @GetMapping("/labour/preventive-control")
    String preventiveControl(@AuthenticationPrincipal ShanyraqUser user, @RequestParam(required = false) String half,
                             Model model, HttpServletResponse response) {
        return page(model, response, user, "labour/preventive-control", () -> {
            String h = half == null ? half(today()) : half;
            model.addAttribute("list", map.preventiveControl(user, h, "ui"));
            model.addAttribute("current", half(today()));
            model.addAttribute("next", nextHalf(today()));
            LocalDate[] days = LabourMap.halfYear(h);
            model.addAttribute("planDay", today().isAfter(days[0]) ? today() : days[0]);
            model.addAttribute("schedulable", !today().isAfter(days[1]));
        });
    }

    @PostMapping("/labour/inspections")
    String open(@AuthenticationPrincipal ShanyraqUser user, @RequestParam String bin, @RequestParam String kind,
                @RequestParam(required = false) String reason,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                @RequestParam(required = false) String half, @RequestParam(required = false) String prescriptionRef,
                @RequestParam(required = false) String complaintRef, @RequestParam(required = false) String accidentRef,
                @RequestParam(required = false) String conclusion, @RequestParam(required = false) String back,
                RedirectAttributes flash, Model model, HttpServletResponse response) {
        try {
            Inspectorate.InspectionView v = inspectorate.open(user, new Inspectorate.NewInspection(bin, kind,
                    blank(reason), on, blank(half), blank(prescriptionRef), blank(complaintRef), blank(accidentRef),
                    blank(conclusion)), today(), "ui");
            return "redirect:/labour/inspections/" + v.inspection().ref();
        } catch (LabourRefusedException e) {
            return formRefused(e, flash, model, response, back == null || !back.startsWith("/labour") ? "/labour/inspections" : back);
        }
    }

    @GetMapping("/labour/inspections")
    String register(@AuthenticationPrincipal ShanyraqUser user,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    Model model, HttpServletResponse response) {
        return page(model, response, user, "labour/inspections", () -> {
            LocalDate t = to == null ? today() : to;
            LocalDate f = from == null ? t.withDayOfYear(1) : from;
            LabourFigures.checkPeriod(f, t);
            model.addAttribute("register", inspectorate.register(user, f, t, "ui"));
            model.addAttribute("today", today());
        });
    }

    @GetMapping("/labour/inspections/{ref}")
    String inspection(@AuthenticationPrincipal ShanyraqUser user, @PathVariable String ref, Model model,
                      HttpServletResponse response) {
        return page(model, response, user, "labour/inspection", () -> {
            model.addAttribute("view", inspectorate.read(user, ref, today(), "ui"));
            model.addAttribute("checklist", inspectorate.checklist());
            model.addAttribute("today", today());
        });
    }

    @PostMapping("/labour/inspections/{ref}/start")
    String start(@AuthenticationPrincipal ShanyraqUser user, @PathVariable String ref,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                 RedirectAttributes flash, Model model, HttpServletResponse response) {
        try {
            inspectorate.start(user, ref, on, today(), "ui");
        } catch (LabourRefusedException e) {
            return formRefused(e, flash, model, response, "/labour/inspections/" + ref);
        }
        return "redirect:/labour/inspections/" + ref;
    }

    /** The checklist form: for each item {@code c.<code>} = yes / no / (blank: not checked), {@code fine.<code>} МРП. */
    @PostMapping("/labour/inspections/{ref}/result")
    String finish(@AuthenticationPrincipal ShanyraqUser user, @PathVariable String ref,
                  @RequestParam Map<String, String> form, RedirectAttributes flash, Model model, HttpServletResponse response) {
        try {
            List<Inspectorate.ChecklistAnswer> answers = new ArrayList<>();
            for (var item : inspectorate.checklist().items()) {
                String a = form.get("c." + item.code());
                if (a == null || a.isBlank()) {
                    continue;
                }
                String fine = form.get("fine." + item.code());
                BigDecimal mrp;
                try {
                    mrp = fine == null || fine.isBlank() ? null : new BigDecimal(fine.strip().replace(',', '.'));
                } catch (NumberFormatException e) {
                    throw LabourRefusedException.invalid("fine." + item.code(), "a number of МРП");
                }
                answers.add(new Inspectorate.ChecklistAnswer(item.code(), "yes".equals(a), blank(form.get("note." + item.code())), mrp));
            }
            inspectorate.finish(user, ref, new Inspectorate.Result(date(form.get("finishedOn"), "finishedOn"), answers,
                    date(form.get("prescriptionDeadline"), "prescriptionDeadline")), today(), "ui");
        } catch (LabourRefusedException e) {
            return formRefused(e, flash, model, response, "/labour/inspections/" + ref);
        }
        return "redirect:/labour/inspections/" + ref;
    }

    @PostMapping("/labour/prescriptions/{ref}/execution")
    String execute(@AuthenticationPrincipal ShanyraqUser user, @PathVariable String ref,
                   @RequestParam(required = false) String executedOn, @RequestParam(required = false) String back,
                   RedirectAttributes flash, Model model, HttpServletResponse response) {
        String target = back == null || !back.startsWith("/labour") ? "/labour/work-list" : back;
        try {
            inspectorate.execute(user, ref, date(executedOn, "executedOn"), today(), "ui");
        } catch (LabourRefusedException e) {
            return formRefused(e, flash, model, response, target);
        }
        return "redirect:" + target;
    }

    @GetMapping("/labour/arrears")
    String arrears(@AuthenticationPrincipal ShanyraqUser user, Model model, HttpServletResponse response,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return page(model, response, user, "labour/arrears", () -> {
            LocalDate day = on == null ? today() : on;
            model.addAttribute("arrears", figures.arrears(user, day, "ui"));
            model.addAttribute("analyst", LabourFigures.analyst(user));
            model.addAttribute("day", day);
        });
    }

    @GetMapping("/labour/accidents")
    String accidents(@AuthenticationPrincipal ShanyraqUser user, Model model, HttpServletResponse response,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return page(model, response, user, "labour/accidents", () -> {
            LocalDate t = to == null ? today() : to;
            model.addAttribute("accidents", figures.accidents(user, from == null ? t.minusYears(1).plusDays(1) : from, t, "ui"));
            model.addAttribute("analyst", LabourFigures.analyst(user));
            model.addAttribute("today", today());
        });
    }

    @PostMapping("/labour/accidents/{ref}/commission")
    String commission(@AuthenticationPrincipal ShanyraqUser user, @PathVariable String ref,
                      @RequestParam(required = false) String formedOn, @RequestParam(required = false) String chair,
                      @RequestParam(required = false) String members, RedirectAttributes flash, Model model,
                      HttpServletResponse response) {
        try {
            List<String> list = members == null ? List.of() : java.util.Arrays.stream(members.split("[\\n;]"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            figures.formCommission(user, ref, date(formedOn, "formedOn"), chair, list, today(), "ui");
        } catch (LabourRefusedException e) {
            return formRefused(e, flash, model, response, "/labour/accidents");
        }
        return "redirect:/labour/accidents";
    }

    @PostMapping("/labour/accidents/{ref}/act-n1")
    String actN1(@AuthenticationPrincipal ShanyraqUser user, @PathVariable String ref,
                 @RequestParam(required = false) String signedOn, @RequestParam(required = false) String number,
                 @RequestParam(required = false) String cause, @RequestParam(required = false) String employerAtFault,
                 RedirectAttributes flash, Model model, HttpServletResponse response) {
        try {
            figures.recordActN1(user, ref, date(signedOn, "signedOn"), number, cause,
                    employerAtFault == null ? null : "yes".equals(employerAtFault), today(), "ui");
        } catch (LabourRefusedException e) {
            return formRefused(e, flash, model, response, "/labour/accidents");
        }
        return "redirect:/labour/accidents";
    }

    @GetMapping("/labour/conflicts")
    String conflicts(@AuthenticationPrincipal ShanyraqUser user, Model model, HttpServletResponse response,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return page(model, response, user, "labour/conflicts", () -> {
            LocalDate t = to == null ? today() : to;
            model.addAttribute("conflicts", figures.conflicts(user, from == null ? t.minusYears(1).plusDays(1) : from, t, "ui"));
            model.addAttribute("analyst", LabourFigures.analyst(user));
        });
    }

    private static LocalDate date(String s, String field) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw LabourRefusedException.invalid(field, "a date YYYY-MM-DD");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private String page(Model model, HttpServletResponse response, ShanyraqUser user, String view, Runnable fill) {
        try {
            model.addAttribute("user", user);
            model.addAttribute("inspector", user.role().code().equals("inspector"));
            model.addAttribute("reportDay", today());
            fill.run();
            return view;
        } catch (LabourRefusedException e) {
            if (e.status() == 400) {
                model.addAttribute("error", e.getMessage());
                response.setStatus(400);
                return "labour/refused";
            }
            response.setStatus(e.status());
            model.addAttribute("messageKey", "labour.refused." + e.reason());
            model.addAttribute("status", e.status());
            return "problem";
        }
    }

    private static String formRefused(LabourRefusedException e, RedirectAttributes flash, Model model,
                                      HttpServletResponse response, String back) {
        if (e.status() != 400) {
            response.setStatus(e.status());
            model.addAttribute("messageKey", "labour.refused." + e.reason());
            model.addAttribute("status", e.status());
            return "problem";
        }
        flash.addFlashAttribute("error", e.getMessage());
        flash.addFlashAttribute("errorField", e.reason().substring("invalid-".length()));
        return "redirect:" + back;
    }
}
