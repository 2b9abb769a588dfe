package kz.shanyraq.law.family;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A member of the family and the facts the measures read about them.
 *
 * @param motherId    for a child: the member id of the mother (or the carer who counts birth order)
 * @param birthOrder  for a child: 1 for the mother's first child, 2 for the second …
 * @param longIllness an illness with temporary incapacity for more than two months
 * @param caresFor    ids of members this member cares for (a child under 3, a person with disability, …)
 */
public record Member(
        String id,
        String iin,
        LocalDate birthDate,
        Sex sex,
        Relation relation,
        ResidenceStatus status,
        String motherId,
        Integer birthOrder,
        Disability disability,
        SocialInsurance socialInsurance,
        List<Award> awards,
        Study study,
        Employment employment,
        Maternity maternity,
        boolean longIllness,
        List<String> caresFor) {

    public Member {
        awards = awards == null ? List.of() : List.copyOf(awards);
        caresFor = caresFor == null ? List.of() : List.copyOf(caresFor);
        status = status == null ? ResidenceStatus.CITIZEN : status;
    }

    /** Age in whole years on a day. */
    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    /** Age in whole months on a day. */
    public long ageInMonthsOn(LocalDate day) {
        return Period.between(birthDate, day).toTotalMonths();
    }

    public boolean disabledOn(LocalDate day) {
        return disability != null && disability.activeOn(day);
    }

    public boolean studyingFullTimeOn(LocalDate day) {
        return study != null && study.activeOn(day);
    }

    /** Whether the member is permanently resident in the sense of the benefit laws. */
    public boolean permanentlyResident() {
        return status != ResidenceStatus.NON_RESIDENT;
    }
}
