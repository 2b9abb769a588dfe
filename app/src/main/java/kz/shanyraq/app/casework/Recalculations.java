package kz.shanyraq.app.casework;

import kz.shanyraq.app.casework.internal.AspLaw;
import kz.shanyraq.app.casework.internal.CaseAccess;
import kz.shanyraq.app.casework.internal.CaseRow;
import kz.shanyraq.app.casework.internal.CaseRows;
import kz.shanyraq.app.casework.internal.CorrectedFamily;
import kz.shanyraq.app.registry.FamilyRegistry;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.measure.Undetermined;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A change of the family during an assignment (a birth, a death, a new job, a new income — a life event of issue 5
 * the consultant learns of) recalculates the amount through the same law, from the month after the change, with the
 * explanation of the change. A refusal on the new facts ends the payment from that month.
 */
@Service
public class Recalculations {

    private final CaseAccess access;
    private final CaseRows rows;
    private final FamilyRegistry registry;
    private final Applications applications;
    private final Assignments assignments;
    private final Sanctions sanctions;
    private final AspLaw law;
    private final Clock clock;

    Recalculations(CaseAccess access, CaseRows rows, FamilyRegistry registry, Applications applications,
                   Assignments assignments, Sanctions sanctions, AspLaw law, Clock clock) {
        this.access = access;
        this.rows = rows;
        this.registry = registry;
        this.applications = applications;
        this.assignments = assignments;
        this.sanctions = sanctions;
        this.law = law;
        this.clock = clock;
    }

    /** The new monthly amount from {@code from}, the one before, and why. */
    public record Recalculation(YearMonth from, long before, long after, String explanation) {
    }

    @Transactional
    public Recalculation recalculate(Officer officer, long caseId, LocalDate changedOn, String change) {
        access.requireRole(officer, "recalculate an assignment", Role.CONSULTANT);
        CaseRow c = rows.load(caseId);
        access.requireTerritory(officer, caseId, c.familyId(), c.territory());
        rows.requireState(c, "recalculate the assignment", CaseState.ASSIGNED, CaseState.UNDER_CONTRACT);
        LocalDate on = changedOn == null ? LocalDate.now(clock) : changedOn;
        if (on.isAfter(LocalDate.now(clock)) || on.isBefore(c.appliedOn())) {
            throw new InvalidCaseInputException("changedOn", "the change must lie between the application day "
                    + c.appliedOn() + " and today");
        }
        if (change == null || change.isBlank()) {
            throw new InvalidCaseInputException("change", "say what changed in the family");
        }
        return recalculate(c, officer.name(), on, change.trim());
    }

    /**
     * The recalculation itself, for a consultant's step and for a change learnt from a life event
     * ({@link ChangesOfTheFamilyWorker}): the family in the registry as of {@code on} with the application's
     * corrections, through the same law, from the month after {@code on}. Refused (nothing written) when the
     * assignment ends before that month, a sanction is in force then, or the law cannot decide.
     */
    Recalculation recalculate(CaseRow c, String actor, LocalDate on, String change) {
        long caseId = c.id();
        Assignments.Assignment a = assignments.ofCase(caseId).orElseThrow();
        YearMonth from = YearMonth.from(on).plusMonths(1);
        if (from.isAfter(a.lastMonth())) {
            throw new CaseRefusedException("assignment-ends", "The assignment ends in " + a.lastMonth()
                    + ": nothing is left to recalculate from " + from + ".");
        }
        if (!sanctions.inForce(caseId).isEmpty() && sanctions.inForce(caseId).stream()
                .anyMatch(s -> s.lastMonth() == null || !s.lastMonth().isBefore(from))) {
            throw new CaseRefusedException("sanction-in-force", "A sanction is in force from " + from
                    + ": recalculate after it, or after its appeal.");
        }
        Family family = CorrectedFamily.of(registry.family(c.familyId(), on).orElseThrow().family(),
                applications.corrections(caseId));
        AspLaw.Answer answer = law.evaluate(family, on);
        if (answer.assessment().decision() instanceof Undetermined) {
            throw new CaseRefusedException("law-undetermined", "The law cannot decide yet: " + answer.reason().en());
        }
        long before = assignments.amountFor(a.id(), from);
        long after = answer.entitled() ? answer.entitlement().amount() + answer.childSupplement() : 0;
        String explanation = change + " (" + on + "): " + before + " ₸ → " + after + " ₸ from " + from
                + (answer.entitled() ? "; members " + family.size() + ", per-capita income "
                + answer.assessment().perCapitaIncome() + " ₸, poverty line " + answer.assessment().povertyLine()
                + " ₸, child supplement " + answer.childSupplement() + " ₸"
                : "; no longer entitled: " + answer.reason().en());
        assignments.change(a.id(), from, null, after, "recalculation", null, explanation);
        rows.history(caseId, actor, "recalculate", c.state(), c.state(),
                "Закон РК № 246-II (пересчёт при изменении состава семьи или дохода)", explanation);
        return new Recalculation(from, before, after, explanation);
    }
}
