package kz.shanyraq.app.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@RestController
@Tag(name = "АСП case work", description = "Targeted social assistance as a case: application, district commission, "
        + "decision (maker-checker), social contract with the family plan, monitoring, sanctions, appeals. "
        + "A step the case's state or the caller's role does not allow is refused with 409 and a reason code; "
        + "nothing is changed. Two officers approving the same decision at once: one wins, the other gets 409 "
        + "(reason concurrent-change).")
@SecurityRequirement(name = "basic")
class CaseApi {

    private final Applications applications;
    private final Decisions decisions;
    private final Contracts contracts;
    private final Sanctions sanctions;
    private final Appeals appeals;
    private final CaseFiles files;
    private final CaseWorklist worklist;
    private final CaseFigures figures;
    private final Recalculations recalculations;
    private final PovertyLineAfterContract afterContract;

    CaseApi(Applications applications, Decisions decisions, Contracts contracts, Sanctions sanctions, Appeals appeals,
            CaseFiles files, CaseWorklist worklist, CaseFigures figures, Recalculations recalculations,
            PovertyLineAfterContract afterContract) {
        this.afterContract = afterContract;
        this.figures = figures;
        this.recalculations = recalculations;
        this.applications = applications;
        this.decisions = decisions;
        this.contracts = contracts;
        this.sanctions = sanctions;
        this.appeals = appeals;
        this.files = files;
        this.worklist = worklist;
    }

    record Created(long id) {
    }

    record CaseStep(long caseId, String state) {
    }

    record PortalApplication(String applicantIin, LocalDate appliedOn, String account) {
    }

    record Check(Integer version, String note) {
    }

    record Fulfilment(String status, String note) {
    }

    record VisitRequest(LocalDate visitedOn, String note) {
    }

    record Prolongation(int months, String reason) {
    }

    record SanctionRequest(String ground, Long activityId, LocalDate establishedOn) {
    }

    record AppealRequest(String subject, Long sanctionId, LocalDate filedOn, String grounds) {
    }

    record AppealAnswer(boolean upheld, String answer) {
    }

    @PostMapping("/api/cases")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an application (consultant at the career centre or the akim's office)",
            description = "channel: career-centre or akimat. The family is the applicant's family on the application "
                    + "day (today when omitted), pre-filled from the registry as of that day. Deadlines of the survey "
                    + "and the decision are set in working days (casework.yaml).")
    @ApiResponse(responseCode = "201", description = "The case id")
    @ApiResponse(responseCode = "400", description = "Invalid input (field named)")
    @ApiResponse(responseCode = "403", description = "The family lives outside the caller's territory")
    @ApiResponse(responseCode = "409", description = "Role not allowed, or the family already has an open case")
    Created register(@AuthenticationPrincipal ShanyraqUser user, @RequestBody Applications.NewApplication a) {
        return new Created(applications.register(Officer.api(user), a));
    }

    @PostMapping("/api/portal/applications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A citizen's application filed by the e-government portal (role portal)",
            description = "The case is registered in the family's district and waits for a consultant and the "
                    + "district commission.")
    Created portal(@AuthenticationPrincipal ShanyraqUser user, @RequestBody PortalApplication a) {
        return new Created(applications.register(Officer.api(user),
                new Applications.NewApplication(a.applicantIin(), a.appliedOn(), "portal", a.account(), null)));
    }

    record FromInvitation(String account) {
    }

    @PostMapping("/api/cases/from-invitation/{offerId}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Turn a proactive АСП invitation (issue 5) into an application",
            description = "The invited recipient becomes the applicant, today the application day; the case keeps "
                    + "the offer's id. Consultants of the family's territory.")
    Created fromInvitation(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long offerId,
                           @RequestBody FromInvitation body) {
        return new Created(applications.fromInvitation(Officer.api(user), offerId, body.account()));
    }

    @GetMapping("/api/cases/{id}")
    @Operation(summary = "The case file", description = "Members, the registry's incomes of the quarter before the "
            + "application beside the corrections, survey, decisions with shares and the law's explanation, "
            + "exemptions from employment measures with the reason, contract and plan, visits, assignment and amount "
            + "changes, sanctions, appeals, history. Every member read is audited.")
    CaseFile open(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id) {
        return files.open(Officer.api(user), id);
    }

    @PostMapping("/api/cases/{id}/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A correction of the pre-filled application (kept beside the registry value; the registry "
            + "is not changed)")
    Created correct(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id,
                    @RequestBody Applications.NewCorrection c) {
        return new Created(applications.correct(Officer.api(user), id, c));
    }

    @PostMapping("/api/cases/{id}/survey")
    @Operation(summary = "The district commission's survey (акт обследования) and conclusion (role commission)")
    CaseStep survey(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id,
                    @RequestBody Decisions.Survey s) {
        decisions.recordSurvey(Officer.api(user), id, s);
        return new CaseStep(id, CaseState.SURVEYED.code());
    }

    @PostMapping("/api/cases/{id}/decision")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The consultant prepares the decision through the law (needs the commission's conclusion)")
    Created prepare(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id) {
        return new Created(decisions.prepare(Officer.api(user), id));
    }

    @PostMapping("/api/cases/{id}/decision/approve")
    @Operation(summary = "A department officer other than the preparer approves the decision",
            description = "version: the decision's version the officer saw; a decision changed meanwhile gives 409.")
    CaseStep approve(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id, @RequestBody(required = false)
                     Check check) {
        CaseState s = decisions.approve(Officer.api(user), id, check == null ? null : check.version(),
                check == null ? null : check.note());
        return new CaseStep(id, s.code());
    }

    @PostMapping("/api/cases/{id}/decision/return")
    @Operation(summary = "A department officer returns the decision to the consultant, saying why")
    CaseStep returnDecision(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id,
                            @RequestBody Check check) {
        decisions.returnDecision(Officer.api(user), id, check.version(), check.note());
        return new CaseStep(id, CaseState.SURVEYED.code());
    }

    @GetMapping("/api/cases/{id}/duties")
    @Operation(summary = "Who must take part in employment measures, and who is exempt and why (the law decides)")
    List<Contracts.MemberDuty> duties(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id) {
        CaseFile f = files.open(Officer.api(user), id);
        return contracts.duties(id, f.appliedOn());
    }

    @PostMapping("/api/cases/{id}/contract")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Conclude the social contract with the individual family plan (conditional aid)")
    Created conclude(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id,
                     @RequestBody Contracts.Conclusion k) {
        return new Created(contracts.conclude(Officer.api(user), id, k));
    }

    @PostMapping("/api/cases/{id}/plan")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an activity to the family plan")
    Created addActivity(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id,
                        @RequestBody Contracts.NewActivity a) {
        return new Created(contracts.addActivity(Officer.api(user), id, a));
    }

    @PostMapping("/api/cases/{id}/plan/{activityId}/fulfilment")
    @Operation(summary = "The assistant records an activity as done or missed")
    CaseStep fulfilment(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id,
                        @PathVariable long activityId, @RequestBody Fulfilment f) {
        contracts.recordFulfilment(Officer.api(user), id, activityId, f.status(), f.note());
        return new CaseStep(id, CaseState.UNDER_CONTRACT.code());
    }

    @PostMapping("/api/cases/{id}/visits")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The assistant's monitoring visit")
    Created visit(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id, @RequestBody VisitRequest v) {
        return new Created(contracts.recordVisit(Officer.api(user), id, v.visitedOn(), v.note()));
    }

    @PostMapping("/api/cases/{id}/prolongation")
    @Operation(summary = "Prolong the contract (up to 6 more months in all) on the employment commission's "
            + "recommendation: social-adaptation, vocational-training, youth-practice or social-job")
    CaseStep prolong(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id, @RequestBody Prolongation p) {
        contracts.prolong(Officer.api(user), id, p.months(), p.reason());
        return new CaseStep(id, CaseState.UNDER_CONTRACT.code());
    }

    @PostMapping("/api/cases/{id}/sanctions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Establish a non-fulfilment (of a missed activity) or false information",
            description = "ground: non-fulfilment (activityId required; the first cuts adults by 50 % for one month, "
                    + "a repeated one after that month ends the payment except for minors and full-time students "
                    + "under 23) or false-information (contract terminated, overpayment recorded as a debt). "
                    + "Refused on unconditional aid.")
    Sanctions.Sanction sanction(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id,
                                @RequestBody SanctionRequest s) {
        return sanctions.establish(Officer.api(user), id, s.ground(), s.activityId(), s.establishedOn());
    }

    record Change(LocalDate changedOn, String change) {
    }

    @PostMapping("/api/cases/{id}/recalculation")
    @Operation(summary = "Recalculate the assignment after a change of the family (birth, death, new job, new income)",
            description = "Through the same law on the registry as of the change day (with the application's "
                    + "corrections), from the month after the change, with the explanation of the change.")
    Recalculations.Recalculation recalculate(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id,
                                             @RequestBody Change change) {
        return recalculations.recalculate(Officer.api(user), id, change.changedOn(), change.change());
    }

    @PostMapping("/api/cases/{id}/appeals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an appeal of the refusal (subject decision) or of a sanction (subject sanction)")
    Created appeal(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id, @RequestBody AppealRequest a) {
        return new Created(appeals.file(Officer.api(user), id, a.subject(), a.sanctionId(), a.filedOn(), a.grounds()));
    }

    @PostMapping("/api/appeals/{id}/answer")
    @Operation(summary = "The department answers an appeal: upheld (re-decided through the same law) or dismissed")
    Map<String, Object> answer(@AuthenticationPrincipal ShanyraqUser user, @PathVariable long id,
                               @RequestBody AppealAnswer a) {
        appeals.answer(Officer.api(user), id, a.upheld(), a.answer());
        return Map.of("appealId", id, "status", a.upheld() ? "upheld" : "dismissed");
    }

    @GetMapping("/api/casework/figures")
    @Operation(summary = "Published figures by region and month of application (aggregates, counts of 1–4 hidden)",
            description = "Applications, assigned, refused (and by failed condition), average days to the approved "
                    + "decision, families and persons assisted, contracts concluded, prolonged, terminated, sanctions "
                    + "in force. Analysts, operators, administrators (national), department officers (their region).")
    List<CaseFigures.Row> figures(@AuthenticationPrincipal ShanyraqUser user,
                                  @org.springframework.web.bind.annotation.RequestParam String from,
                                  @org.springframework.web.bind.annotation.RequestParam String to) {
        try {
            return figures.of(Officer.api(user), java.time.YearMonth.parse(from), java.time.YearMonth.parse(to));
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidCaseInputException("from/to", "months are written YYYY-MM");
        }
    }

    @GetMapping("/api/casework/figures/poverty-line-after-contract")
    @Operation(summary = "Families above the poverty line 6 and 12 months after their social contract ended",
            description = "By region and month the contract ended (from–to): contracts ended, families the law could "
                    + "compare 6 and 12 months later and those whose per-capita income (registry) is above the poverty "
                    + "line (the law's own comparison). Counts of 1–4 hidden (null).")
    List<PovertyLineAfterContract.Row> povertyLineAfterContract(@AuthenticationPrincipal ShanyraqUser user,
            @org.springframework.web.bind.annotation.RequestParam String from,
            @org.springframework.web.bind.annotation.RequestParam String to) {
        try {
            return afterContract.of(Officer.api(user), java.time.YearMonth.parse(from), java.time.YearMonth.parse(to));
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidCaseInputException("from/to", "months are written YYYY-MM");
        }
    }

    @GetMapping("/api/cases/worklist")
    @Operation(summary = "The caller's own queue, by role, within the caller's territory, with deadlines")
    List<CaseWorklist.Item> worklist(@AuthenticationPrincipal ShanyraqUser user) {
        return worklist.of(user);
    }
}
