package kz.shanyraq.bench;

import kz.shanyraq.law.family.Award;
import kz.shanyraq.law.family.AwardKind;
import kz.shanyraq.law.family.Contribution;
import kz.shanyraq.law.family.Disability;
import kz.shanyraq.law.family.DisabilityCause;
import kz.shanyraq.law.family.Employment;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Income;
import kz.shanyraq.law.family.IncomeType;
import kz.shanyraq.law.family.Loan;
import kz.shanyraq.law.family.LoanKind;
import kz.shanyraq.law.family.Locality;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.family.Relation;
import kz.shanyraq.law.family.ResidenceStatus;
import kz.shanyraq.law.family.Sex;
import kz.shanyraq.law.family.SocialInsurance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A family that exercises most measures at once: two parents (the mother insured and awarded), six children
 * (a newborn, a child with disability, a full-time student), monthly incomes, contributions and loans.
 * Evaluated on 2025-11-01.
 */
final class BenchmarkFamilies {

    static final LocalDate ON = LocalDate.of(2025, 11, 1);

    private BenchmarkFamilies() {
    }

    static Family large() {
        List<Contribution> contributions = new ArrayList<>();
        for (int i = 1; i <= 24; i++) {
            contributions.add(new Contribution(YearMonth.of(2025, 10).minusMonths(i - 1), 250_000 + i * 1_000L));
        }
        SocialInsurance insured = new SocialInsurance(70, contributions);
        Member mother = member("m1", "880315450012", LocalDate.of(1988, 3, 15), Sex.FEMALE, Relation.SPOUSE, null,
                null, null, insured, List.of(new Award(AwardKind.ALTYN_ALKA, LocalDate.of(2022, 5, 1))),
                new Employment(true, null, null));
        Member father = member("m2", "850101350015", LocalDate.of(1985, 1, 1), Sex.MALE, Relation.HEAD, null, null,
                null, null, List.of(), new Employment(false, LocalDate.of(2025, 8, 31), LocalDate.of(2025, 9, 5)));
        List<Member> members = new ArrayList<>(List.of(father, mother));
        LocalDate[] births = {LocalDate.of(2006, 9, 1), LocalDate.of(2010, 2, 2), LocalDate.of(2013, 4, 4),
                LocalDate.of(2017, 6, 6), LocalDate.of(2021, 8, 8), LocalDate.of(2025, 9, 20)};
        for (int i = 0; i < births.length; i++) {
            Disability disability = i == 3
                    ? new Disability(2, DisabilityCause.CHILDHOOD, LocalDate.of(2019, 1, 1), null, null) : null;
            members.add(member("c" + (i + 1), null, births[i], i % 2 == 0 ? Sex.FEMALE : Sex.MALE, Relation.CHILD,
                    "m1", i + 1, disability, null, List.of(), null));
        }
        List<Income> incomes = new ArrayList<>();
        for (int m = 1; m <= 10; m++) {
            incomes.add(new Income("m1", YearMonth.of(2025, m), IncomeType.WAGE, 260_000));
            incomes.add(new Income("m1", YearMonth.of(2025, m), IncomeType.MULTICHILD_ALLOWANCE, 94_565));
            if (m <= 8) {
                incomes.add(new Income("m2", YearMonth.of(2025, m), IncomeType.WAGE, 180_000));
            }
        }
        return new Family("bench-1", "KZ-61", "KZ-61-01", Locality.RURAL, members, incomes,
                List.of(new Loan("m2", LoanKind.CONSUMER, LocalDate.of(2024, 3, 1), null)), null, null);
    }

    private static Member member(String id, String iin, LocalDate birth, Sex sex, Relation relation, String motherId,
                                 Integer birthOrder, Disability disability, SocialInsurance insurance,
                                 List<Award> awards, Employment employment) {
        return new Member(id, iin, birth, sex, relation, ResidenceStatus.CITIZEN, motherId, birthOrder, disability,
                insurance, awards, null, employment, null, false, List.of());
    }
}
