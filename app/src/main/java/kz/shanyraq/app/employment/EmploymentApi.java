package kz.shanyraq.app.employment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.shanyraq.app.security.ShanyraqUser;
import kz.shanyraq.ingest.ImportResult;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

@RestController
@Tag(name = "Employment", description = "The career centre: job seekers and the unemployed (refusals and "
        + "de-registration with the norm), vacancies and matching, referrals, active measures, the resettlement "
        + "quota of kandas and movers, monthly figures. Rules: kz.shanyraq.law.employment (employment.yaml). "
        + "A step the law, the state or the role does not allow is refused with 409 (403 for a role), a reason code "
        + "and the norm; nothing is changed.")
@SecurityRequirement(name = "basic")
class EmploymentApi {

    private final JobSeekers seekers;
    private final CareerCentreDay day;
    private final Vacancies vacancies;
    private final Matching matching;
    private final Referrals referrals;
    private final JobSeekerFiles files;
    private final ActiveMeasures measures;
    private final Resettlement resettlement;
    private final EmploymentFigures figures;
    private final MeasureCalls calls;
    private final MobilityCertificates certificates;

    EmploymentApi(JobSeekers seekers, CareerCentreDay day, Vacancies vacancies, Matching matching, Referrals referrals,
                  JobSeekerFiles files, ActiveMeasures measures, Resettlement resettlement, EmploymentFigures figures,
                  MeasureCalls calls, MobilityCertificates certificates) {
        this.calls = calls;
        this.certificates = certificates;
        this.seekers = seekers;
        this.day = day;
        this.vacancies = vacancies;
        this.matching = matching;
        this.referrals = referrals;
        this.files = files;
        this.measures = measures;
        this.resettlement = resettlement;
        this.figures = figures;
    }

    record Created(long id) {
    }

    record CheckInRequest(LocalDate checkedInOn, String place) {
    }

    record DeregistrationRequest(String ground, LocalDate on) {
    }

    record ReferralRequest(long vacancyId, LocalDate issuedOn) {
    }

    record AnswerRequest(String answer, LocalDate answeredOn, String note) {
    }

    record CallRequest(String measure, LocalDate calledOn) {
    }

    record CallAnswerRequest(LocalDate on, Boolean excused) {
    }

    @PostMapping("/api/employment/job-seekers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a job seeker (career-centre consultant, or the portal for a citizen)",
            description = "The person as the registry knows them on the day. Refused with 409, the ground and the "
                    + "norm when under 16, employed (the registry's rule), of pension age, giving false information, "
                    + "or within 30 days of a de-registration on art. 16 p. 1 pp. 1–3; the refusal is recorded.")
    @ApiResponse(responseCode = "201", description = "The registration id")
    @ApiResponse(responseCode = "400", description = "Invalid input (field named)")
    @ApiResponse(responseCode = "403", description = "Outside the caller's territory, or not the caller's role")
    @ApiResponse(responseCode = "409", description = "Refused by the law (reason, norm) or already registered")
    Created register(@AuthenticationPrincipal ShanyraqUser user, @RequestBody JobSeekers.NewJobSeeker body) {
        return new Created(seekers.register(user, "api", body));
    }

    @PostMapping("/api/portal/job-seekers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A citizen's registration filed through the e-government portal (role portal)")
    Created portal(@AuthenticationPrincipal ShanyraqUser user, @RequestBody JobSeekers.NewJobSeeker body) {
        return new Created(seekers.register(user, "api", body));
    }

    @GetMapping("/api/employment/job-seekers/{id}")
    @Operation(summary = "The registration file: person, work history and last wage from the registry, deadlines "
            + "with their norms, check-ins, referrals, measures (the read is audited)")
    JobSeekerFiles.JobSeekerFile file(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id) {
        return files.open(user, "api", id);
    }

    @GetMapping("/api/employment/job-seekers")
    @Operation(summary = "The consultant's worklist: open registrations of the territory with check-ins due, "
            + "offers due, and invitations after a job loss")
    JobSeekerFiles.Worklist worklist(@AuthenticationPrincipal ShanyraqUser user) {
        return files.worklist(user);
    }

    @PostMapping("/api/employment/job-seekers/{id}/check-ins")
    @Operation(summary = "Record a check-in; returns the day the next one is due (3 / 10 working days, monthly at "
            + "the rural akimat)")
    LocalDate checkIn(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id,
                      @RequestBody(required = false) CheckInRequest body) {
        return seekers.checkIn(user, id, body == null ? null : body.checkedInOn(), body == null ? null : body.place());
    }

    @PostMapping("/api/employment/job-seekers/{id}/deregistration")
    @Operation(summary = "Close a registration on a ground established from a document",
            description = "ground: convicted, art-15-ground, false-documents, left-active-measure, employed. Missed "
                    + "check-ins, refused offers and no-shows are established by the centre's records.")
    void deregister(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id,
                    @RequestBody DeregistrationRequest body) {
        seekers.deregister(user, id, body.ground(), body.on());
    }

    @PostMapping("/api/employment/day")
    @Operation(summary = "Run the law's own decisions for a day (today when omitted): unemployed after 10 working "
            + "days without suitable work, closing for missed check-ins and for no-shows after a referral")
    CareerCentreDay.Result runDay(@AuthenticationPrincipal ShanyraqUser user,
                                  @RequestParam(required = false) LocalDate on) {
        return files.runDay(user, on, day);
    }

    @GetMapping("/api/employment/job-seekers/{id}/vacancies")
    @Operation(summary = "The top 20 open vacancies for the person, each with the reasons of its rank")
    List<Matching.Ranked> match(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id) {
        return matching.vacanciesFor(user, "api", id);
    }

    @PostMapping("/api/employment/job-seekers/{id}/referrals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Refer the person to a vacancy")
    Created refer(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id, @RequestBody ReferralRequest body) {
        return new Created(referrals.refer(user, id, body.vacancyId(), body.issuedOn()));
    }

    @PostMapping("/api/employment/referrals/{id}/answer")
    @Operation(summary = "The employer's answer: hired (closes the registration with «employed»), not-hired, "
            + "refused-by-person (a refused offer), no-show")
    String answer(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id, @RequestBody AnswerRequest body) {
        return referrals.answer(user, id, body.answer(), body.answeredOn(), body.note());
    }

    @PostMapping("/api/employment/vacancies")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enter a vacancy (employer-relations specialist or consultant of the territory, operator)")
    Created vacancy(@AuthenticationPrincipal ShanyraqUser user, @RequestBody Vacancies.NewVacancy body) {
        return new Created(vacancies.create(user, body));
    }

    @PostMapping(path = "/api/employment/vacancies/import", consumes = {"text/csv", "application/json"})
    @Operation(summary = "Import a labour-exchange file of vacancies (operator)",
            description = "Columns: source_ref, employer_bin, employer_name, occupation_code, title, requirements, "
                    + "region_code, district_id, wage, quota_job, social_job, places, opened_on. Validated in full: "
                    + "any error refuses the file with every error by line and field (422) and nothing is written. "
                    + "Idempotent by batchId.")
    ImportResult importVacancies(@AuthenticationPrincipal ShanyraqUser user, @RequestParam String batchId,
                                 @RequestParam(defaultValue = "csv") String format, InputStream body) {
        return vacancies.importFile(user, batchId, format, body);
    }

    @GetMapping("/api/employment/vacancies")
    @Operation(summary = "The open vacancies of the caller's territory, newest first (employer-relations specialist, "
            + "consultant; a national operator names the region)")
    List<Vacancies.Vacancy> openVacancies(@AuthenticationPrincipal ShanyraqUser user,
                                          @RequestParam(required = false) String region,
                                          @RequestParam(defaultValue = "200") int limit) {
        return vacancies.openOf(user, region, limit);
    }

    @PostMapping("/api/employment/vacancies/{id}/close")
    @Operation(summary = "The employer withdrew the vacancy (employer-relations specialist or consultant of the "
            + "territory, operator): no longer matched or referred to")
    void closeVacancy(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id) {
        vacancies.close(user, id);
    }

    @GetMapping("/api/employment/vacancies/{id}")
    @Operation(summary = "A vacancy")
    Vacancies.Vacancy getVacancy(@PathVariable long id) {
        return vacancies.get(id);
    }

    @GetMapping("/api/employment/vacancies/{id}/job-seekers")
    @Operation(summary = "The top 20 registered persons for a vacancy, with the reasons (each read audited)")
    List<Matching.Ranked> candidates(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id) {
        return matching.jobSeekersFor(user, "api", id, vacancies);
    }

    @PostMapping("/api/employment/job-seekers/{id}/calls")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record the centre's call of the person for an active measure",
            description = "Not answered within 3 working days (employment.deregistration.no-show-after-call), the "
                    + "day's run closes the registration with no-show-after-call (Law 482-V art. 16 p. 1 pp. 2). "
                    + "A referral to the measure called for answers the call.")
    Created call(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id, @RequestBody CallRequest body) {
        return new Created(calls.call(user, id, body == null ? null : body.measure(),
                body == null ? null : body.calledOn()));
    }

    @PostMapping("/api/employment/calls/{id}/answer")
    @Operation(summary = "The person came on the day (or had a good reason: excused = true)")
    void callAnswered(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id,
                      @RequestBody(required = false) CallAnswerRequest body) {
        calls.answered(user, id, body == null ? null : body.on(), body != null && Boolean.TRUE.equals(body.excused()));
    }

    @PostMapping("/api/employment/measures")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Refer a person to an active employment measure (eligibility checked with the norm)")
    Created refer(@AuthenticationPrincipal ShanyraqUser user, @RequestBody ActiveMeasures.NewParticipation body) {
        return new Created(measures.refer(user, body));
    }

    @PostMapping("/api/employment/measures/{id}/start")
    @Operation(summary = "Participation began")
    void start(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id, @RequestParam LocalDate on) {
        measures.start(user, id, on);
    }

    @PostMapping("/api/employment/measures/{id}/end")
    @Operation(summary = "Participation ended: completed, or dropped-out (closes an open registration, art. 16 "
            + "p. 1 pp. 2)")
    void end(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id, @RequestParam LocalDate on,
             @RequestParam String outcome) {
        measures.end(user, id, on, outcome);
    }

    @GetMapping("/api/employment/measures/{id}/outcome")
    @Operation(summary = "Employed 3, 6 and 12 months after the end, by the registry's rule of «employed on a date»")
    ActiveMeasures.Outcome outcome(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id) {
        return measures.outcome(user, id);
    }

    @GetMapping("/api/employment/measures/terms")
    @Operation(summary = "The seven active measures with their duration and payment on a day, or unknown")
    List<ActiveMeasures.MeasureTerms> terms(@RequestParam(required = false) LocalDate on) {
        return measures.terms(on);
    }

    @PostMapping("/api/employment/resettlement/quotas")
    @Operation(summary = "Load the year's regional quota of kandas and movers (operator): region, persons")
    void quotas(@AuthenticationPrincipal ShanyraqUser user, @RequestBody Resettlement.QuotaOrder body) {
        resettlement.loadQuota(user, body);
    }

    @GetMapping("/api/employment/resettlement/quotas")
    @Operation(summary = "The quota of a year and its use by region")
    List<Resettlement.QuotaUse> quotaUse(@RequestParam int year) {
        return resettlement.use(year);
    }

    @PostMapping("/api/employment/resettlement/applications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A kandas or mover family applies: relocation subsidy and rent subsidy by the law engine; "
            + "refused with 409 (quota-exhausted) when the region's quota has no room — never exceeded")
    Created apply(@AuthenticationPrincipal ShanyraqUser user, @RequestBody Resettlement.NewApplication body) {
        return new Created(resettlement.apply(user, body));
    }

    @PostMapping("/api/employment/resettlement/applications/{id}/arrival")
    @Operation(summary = "The family arrived")
    void arrived(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id, @RequestParam LocalDate on) {
        resettlement.arrived(user, id, on);
    }

    @PostMapping("/api/employment/resettlement/applications/{id}/employment")
    @Operation(summary = "The head of the family took a permanent job")
    void employed(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id, @RequestParam LocalDate on) {
        resettlement.employed(user, id, on);
    }

    @PostMapping("/api/employment/resettlement/mobility-certificates")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A family moving to a region of settlement with a participating employer applies for the "
            + "economic-mobility certificate",
            description = "The amount is the law's (law.employment.MobilityCertificate): 50 % of the cost of housing "
                    + "bought or built, or of a mortgage's first payment, at most the cap per family "
                    + "(employment.mobility-certificate.*); once per family. Refused with 409, the reason and the "
                    + "norms (the refusal is recorded); bad input 400 naming the field; nothing partial is written.")
    MobilityCertificates.Certificate certificate(@AuthenticationPrincipal ShanyraqUser user,
                                                 @RequestBody MobilityCertificates.NewCertificate body) {
        return certificates.apply(user, body);
    }

    @GetMapping("/api/employment/resettlement/mobility-certificates")
    @Operation(summary = "Certificates granted in a year by region: number and total amount (aggregates only; "
            + "cells of 1–4 hidden)")
    List<MobilityCertificates.RegionTotal> certificates(@RequestParam int year) {
        return certificates.byRegion(year);
    }

    @GetMapping("/api/employment/figures")
    @Operation(summary = "Monthly figures by region (aggregates only; cells of 1–4 hidden)")
    List<EmploymentFigures.RegionMonth> figures(@RequestParam String month) {
        return figures.month(month);
    }
}
