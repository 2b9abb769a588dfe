package kz.shanyraq.app.employment;

import jakarta.servlet.http.HttpServletResponse;
import kz.shanyraq.app.familycard.AccessRefusedException;
import kz.shanyraq.app.registry.PlaceNames;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The career centre's screens: the consultant's job seekers (registration form, check-ins due, offers due,
 * invitations after a job loss, the day's decisions), a job seeker's file with the vacancies matched and the
 * referrals, the vacancies of the territory (employer relations), and the resettlement quota and its use by region.
 * A refused step comes back with the reason and the norm; nothing was changed.
 */
@Controller
class EmploymentPages {

    private static final List<Role> CAREER_CENTRE = List.of(Role.CONSULTANT, Role.ASSISTANT);

    private final JobSeekers seekers;
    private final JobSeekerFiles files;
    private final CareerCentreDay day;
    private final Matching matching;
    private final Referrals referrals;
    private final Vacancies vacancies;
    private final Resettlement resettlement;
    private final EmploymentLaw law;
    private final PlaceNames places;
    private final JdbcClient jdbc;
    private final MeasureCalls calls;
    private final MobilityCertificates certificates;

    EmploymentPages(JobSeekers seekers, JobSeekerFiles files, CareerCentreDay day, Matching matching,
                    Referrals referrals, Vacancies vacancies, Resettlement resettlement, EmploymentLaw law,
                    PlaceNames places, JdbcClient jdbc, MeasureCalls calls, MobilityCertificates certificates) {
        this.calls = calls;
        this.certificates = certificates;
        this.seekers = seekers;
        this.files = files;
        this.day = day;
        this.matching = matching;
        this.referrals = referrals;
        this.vacancies = vacancies;
        this.resettlement = resettlement;
        this.law = law;
        this.places = places;
        this.jdbc = jdbc;
    }

    @GetMapping("/employment")
    String worklist(@AuthenticationPrincipal ShanyraqUser user, Model model, Locale locale, HttpServletResponse response) {
        if (!CAREER_CENTRE.contains(user.role())) {
            return refused(model, response);
        }
        chrome(user, model, locale);
        model.addAttribute("w", files.worklist(user));
        model.addAttribute("today", law.today());
        return "employment/worklist";
    }

    @PostMapping("/employment/job-seekers")
    String register(@AuthenticationPrincipal ShanyraqUser user, @RequestParam String iin,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registeredOn,
                    @RequestParam(required = false) String occupationCode, @RequestParam(required = false) String skills,
                    RedirectAttributes flash) {
        try {
            long id = seekers.register(user, "ui", new JobSeekers.NewJobSeeker(iin.trim(), registeredOn,
                    occupationCode, skills, null, null));
            return "redirect:/employment/job-seekers/" + id;
        } catch (InvalidEmploymentInputException | EmploymentRefusedException | AccessRefusedException e) {
            flash.addFlashAttribute("error", message(e));
            return "redirect:/employment";
        }
    }

    @PostMapping("/employment/day")
    String runDay(@AuthenticationPrincipal ShanyraqUser user,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                  RedirectAttributes flash) {
        try {
            CareerCentreDay.Result r = files.runDay(user, on, day);
            flash.addFlashAttribute("done", r);
        } catch (InvalidEmploymentInputException | EmploymentRefusedException e) {
            flash.addFlashAttribute("error", message(e));
        }
        return "redirect:/employment";
    }

    @GetMapping("/employment/job-seekers/{id}")
    String file(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id, Model model, Locale locale,
                HttpServletResponse response) {
        if (!CAREER_CENTRE.contains(user.role())) {
            return refused(model, response);
        }
        JobSeekerFiles.JobSeekerFile f = files.open(user, "ui", id);
        chrome(user, model, locale);
        model.addAttribute("f", f);
        model.addAttribute("today", law.today());
        model.addAttribute("matches", f.registration().closed() ? List.of() : matching.vacanciesFor(user, "ui", id));
        model.addAttribute("measureCodes", java.util.Arrays.stream(kz.shanyraq.law.employment.ActiveMeasure.values())
                .map(kz.shanyraq.law.employment.ActiveMeasure::code).toList());
        return "employment/job-seeker";
    }

    @PostMapping("/employment/job-seekers/{id}/check-ins")
    String checkIn(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                   RedirectAttributes flash) {
        return step(id, flash, () -> seekers.checkIn(user, id, on, null));
    }

    @PostMapping("/employment/job-seekers/{id}/referrals")
    String refer(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id, @RequestParam long vacancyId,
                 RedirectAttributes flash) {
        return step(id, flash, () -> referrals.refer(user, id, vacancyId, null));
    }

    @PostMapping("/employment/referrals/{ref}/answer")
    String answer(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long ref, @RequestParam long jobSeekerId,
                  @RequestParam String answer, RedirectAttributes flash) {
        return step(jobSeekerId, flash, () -> referrals.answer(user, ref, answer, null, null));
    }

    @PostMapping("/employment/job-seekers/{id}/calls")
    String call(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id, @RequestParam String measure,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                RedirectAttributes flash) {
        return step(id, flash, () -> calls.call(user, id, measure, on));
    }

    @PostMapping("/employment/calls/{call}/answer")
    String callAnswered(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long call,
                        @RequestParam long jobSeekerId, @RequestParam(defaultValue = "false") boolean excused,
                        RedirectAttributes flash) {
        return step(jobSeekerId, flash, () -> {
            calls.answered(user, call, null, excused);
            return null;
        });
    }

    @PostMapping("/employment/job-seekers/{id}/deregistration")
    String deregister(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id, @RequestParam String ground,
                      RedirectAttributes flash) {
        return step(id, flash, () -> {
            seekers.deregister(user, id, ground, null);
            return null;
        });
    }

    @GetMapping("/employment/vacancies")
    String vacancies(@AuthenticationPrincipal ShanyraqUser user, Model model, Locale locale,
                     HttpServletResponse response) {
        if (!java.util.Arrays.asList(Vacancies.EMPLOYER_RELATIONS).contains(user.role())) {
            return refused(model, response);
        }
        chrome(user, model, locale);
        String region = user.scope() == null ? "KZ-59" : user.scope().region();
        String district = user.scope() == null ? null : user.scope().district();
        model.addAttribute("vacancies", vacancies.openOf(user, region, 200));
        model.addAttribute("occupations", occupations());
        model.addAttribute("region", region);
        model.addAttribute("district", district);
        return "employment/vacancies";
    }

    @PostMapping("/employment/vacancies")
    String addVacancy(@AuthenticationPrincipal ShanyraqUser user, @RequestParam String employerBin,
                      @RequestParam String employerName, @RequestParam String occupationCode,
                      @RequestParam String title, @RequestParam(required = false) String requirements,
                      @RequestParam String regionCode, @RequestParam(required = false) String districtId,
                      @RequestParam Long wage, @RequestParam(required = false) Boolean socialJob,
                      RedirectAttributes flash) {
        try {
            vacancies.create(user, new Vacancies.NewVacancy(employerBin.trim(), employerName, occupationCode, title,
                    requirements, regionCode, districtId == null || districtId.isBlank() ? null : districtId, wage,
                    false, socialJob, 1, null));
        } catch (InvalidEmploymentInputException | EmploymentRefusedException | AccessRefusedException e) {
            flash.addFlashAttribute("error", message(e));
        }
        return "redirect:/employment/vacancies";
    }

    @PostMapping("/employment/vacancies/{id}/close")
    String closeVacancy(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id, RedirectAttributes flash) {
        try {
            vacancies.close(user, id);
        } catch (InvalidEmploymentInputException | EmploymentRefusedException | AccessRefusedException
                 | EmploymentNotFoundException e) {
            flash.addFlashAttribute("error", message(e));
        }
        return "redirect:/employment/vacancies";
    }

    @GetMapping("/employment/resettlement")
    String quotas(@AuthenticationPrincipal ShanyraqUser user, @RequestParam(required = false) Integer year,
                  Model model, Locale locale) {
        chrome(user, model, locale);
        int y = year == null ? law.today().getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("quotas", resettlement.use(y));
        model.addAttribute("certificates", certificates.byRegion(y));
        model.addAttribute("mayApply", user.role() == Role.CONSULTANT || user.role() == Role.OPERATOR);
        model.addAttribute("purposes", MobilityCertificates.PURPOSES);
        model.addAttribute("regions", jdbc.sql("select code, name_ru, name_kk, name_en from region order by code")
                .query().listOfRows());
        model.addAttribute("today", law.today());
        return "employment/resettlement";
    }

    @PostMapping("/employment/resettlement/mobility-certificates")
    String certificate(@AuthenticationPrincipal ShanyraqUser user, @RequestParam String headIin,
                       @RequestParam String regionCode, @RequestParam String employerBin,
                       @RequestParam(defaultValue = "false") boolean participatingEmployer,
                       @RequestParam String purpose, @RequestParam(required = false) String housingCost,
                       RedirectAttributes flash) {
        try {
            Long cost;
            try {
                cost = housingCost == null || housingCost.isBlank() ? null
                        : Long.valueOf(housingCost.replaceAll("[\\s\u00a0]", ""));
            } catch (NumberFormatException e) {
                throw new InvalidEmploymentInputException("housingCost", "housingCost must be a whole number of tenge");
            }
            MobilityCertificates.Certificate c = certificates.apply(user, new MobilityCertificates.NewCertificate(
                    headIin.trim(), regionCode, employerBin.trim(), participatingEmployer, purpose, cost, null, null));
            flash.addFlashAttribute("certificate", c);
        } catch (InvalidEmploymentInputException | EmploymentRefusedException | AccessRefusedException e) {
            flash.addFlashAttribute("error", message(e));
        }
        return "redirect:/employment/resettlement";
    }

    List<Map<String, Object>> occupations() {
        return jdbc.sql("select code, name_ru, name_kk, name_en from occupation order by code").query().listOfRows();
    }

    private String step(long id, RedirectAttributes flash, Supplier<Object> action) {
        try {
            action.get();
        } catch (InvalidEmploymentInputException | EmploymentRefusedException | AccessRefusedException e) {
            flash.addFlashAttribute("error", message(e));
        }
        return "redirect:/employment/job-seekers/" + id;
    }

    private static String message(RuntimeException e) {
        if (e instanceof EmploymentRefusedException r && r.norm() != null) {
            return r.getMessage() + " — " + r.norm();
        }
        return e.getMessage();
    }

    private static String refused(Model model, HttpServletResponse response) {
        response.setStatus(403);
        model.addAttribute("messageKey", "emp.refused.role");
        model.addAttribute("status", 403);
        return "problem";
    }

    private void chrome(ShanyraqUser user, Model model, Locale locale) {
        model.addAttribute("user", user);
        model.addAttribute("scopeName", user.scope() == null ? null : places.of(user.scope(), locale));
    }
}
