package kz.shanyraq.app.registry.internal;

import kz.shanyraq.law.family.Award;
import kz.shanyraq.law.family.Disability;
import kz.shanyraq.law.family.Employment;
import kz.shanyraq.law.family.Loan;
import kz.shanyraq.law.family.Maternity;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.family.ResidenceStatus;
import kz.shanyraq.law.family.SocialInsurance;
import kz.shanyraq.law.family.Study;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The facts of a family's members on one date, keyed by person id, ready to become the law's {@link Member}s. */
record MemberFacts(
        Map<Long, ResidenceStatus> statuses,
        Map<Long, Disability> disabilities,
        Map<Long, Study> studies,
        Set<Long> longIllness,
        Map<Long, List<Long>> caresFor,
        Map<Long, List<Award>> awards,
        Map<Long, Maternity> maternity,
        Map<Long, Employment> employment,
        Map<Long, SocialInsurance> insurance,
        List<Loan> loans) {

    /** No status row on the date: the law reads the person as a citizen, and the card says it was a gap. */
    boolean statusMissing(long personId) {
        return !statuses.containsKey(personId);
    }

    Member member(MemberRow row, List<Long> memberIds) {
        long id = row.personId();
        // A mother who is not in the family on the date is not a member the law could look up.
        String motherId = row.motherId() != null && memberIds.contains(row.motherId())
                ? Long.toString(row.motherId()) : null;
        List<String> cared = caresFor.getOrDefault(id, List.of()).stream()
                .filter(memberIds::contains).map(String::valueOf).toList();
        return new Member(
                row.id(),
                row.iin(),
                row.birthDate(),
                row.sex(),
                row.relation(),
                statuses.get(id),
                motherId,
                row.birthOrder(),
                disabilities.get(id),
                insurance.get(id),
                awards.getOrDefault(id, List.of()),
                studies.get(id),
                employment.getOrDefault(id, new Employment(false, null, null)),
                maternity.get(id),
                longIllness.contains(id),
                cared);
    }
}
