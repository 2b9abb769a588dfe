package kz.shanyraq.app.casework;

import kz.shanyraq.app.registry.Territory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Everything on an АСП case, as the screens and the API show it. Registry values and the applicant's corrections
 * stand side by side; the law's answer is for the corrected family.
 */
public record CaseFile(
        long id, long familyId, long applicantId, LocalDate appliedOn, String channel, Territory territory,
        CaseState state, String consultant, String account, String registeredBy, LocalDate surveyDue,
        LocalDate decisionDue, LocalDate contractDue, int version,
        List<FamilyMember> members, List<RegistryIncome> incomes, List<Correction> corrections,
        Survey survey, List<Decision> decisions, List<Contracts.MemberDuty> duties,
        Contracts.ContractRow contract, List<Activity> plan, List<Visit> visits, Assignments.Assignment assignment,
        List<AmountChange> amountChanges, List<PaymentDifferences.Difference> paymentDifferences,
        List<Sanctions.Sanction> sanctions, List<Appeals.Appeal> appeals,
        List<HistoryLine> history) {

    public record FamilyMember(String memberId, String iin, LocalDate birthDate, String sex, String relation,
                               boolean absentByCorrection) {
    }

    public record RegistryIncome(String memberId, YearMonth month, String type, long amount) {
    }

    public record Survey(LocalDate surveyedOn, String livingConditions, String conclusion, String note,
                         String recordedBy) {
    }

    public record Share(String memberId, LocalDate birthDate, boolean fullTimeStudent, boolean ableBodied, long amount) {
    }

    public record Decision(long id, String outcome, String form, LocalDate periodFrom, LocalDate periodTo,
                           Integer members, Long monthlyAmount, Long childSupplement, BigDecimal perCapitaIncome,
                           Long povertyLine, String failedCondition, String reasonRu, String reasonKk,
                           String reasonEn, String explanation, String status, String preparedBy, Instant preparedAt,
                           String checkedBy, Instant checkedAt, String checkNote, int version, List<Share> shares) {
    }

    public record Activity(long id, String memberId, String measure, String kind, LocalDate dueOn, String responsible,
                           String status, boolean sanctioned) {
    }

    public record Visit(long id, LocalDate visitedOn, String assistant, String note) {
    }

    public record AmountChange(YearMonth fromMonth, YearMonth toMonth, long amount, String cause, String explanation,
                               boolean revoked) {
    }

    public record HistoryLine(Instant at, String actor, String action, String fromState, String toState, String norm,
                              String note) {
    }

    /** What the family owes back on months already paid (overpayments not yet recovered), in tenge. */
    public long toRecover() {
        return -paymentDifferences.stream().filter(d -> d.status().equals("to-recover"))
                .mapToLong(PaymentDifferences.Difference::amount).sum();
    }

    /** What is owed to the family on months already paid and not yet paid with a payroll, in tenge. */
    public long arrearsToPay() {
        return paymentDifferences.stream().filter(d -> d.status().equals("to-pay"))
                .mapToLong(PaymentDifferences.Difference::amount).sum();
    }

    /** The decision under consideration or in force, if any. */
    public Decision openDecision() {
        return decisions.stream().filter(d -> d.status().equals("prepared") || d.status().equals("approved"))
                .findFirst().orElse(null);
    }
}
