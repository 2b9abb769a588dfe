package kz.shanyraq.app.casework.internal;

import kz.shanyraq.app.casework.Correction;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Income;
import kz.shanyraq.law.family.IncomeType;
import kz.shanyraq.law.family.Member;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The registry's family as of the application day with the applicant's corrections applied (in order). */
public final class CorrectedFamily {

    private CorrectedFamily() {
    }

    public static Family of(Family registry, List<Correction> corrections) {
        Set<String> absent = corrections.stream().filter(c -> c.kind().equals("member-absent"))
                .map(Correction::memberId).collect(Collectors.toSet());
        List<Member> members = registry.members().stream().filter(m -> !absent.contains(m.id()))
                .map(m -> absent.isEmpty() ? m : withoutCareOf(m, absent)).toList();
        List<Income> incomes = new ArrayList<>(registry.incomes().stream()
                .filter(i -> !absent.contains(i.memberId())).toList());
        for (Correction c : corrections) {
            if (!c.kind().equals("income") || absent.contains(c.memberId())) {
                continue;
            }
            IncomeType type = incomeType(c.incomeType());
            incomes.removeIf(i -> i.memberId().equals(c.memberId()) && i.month().equals(c.month()) && i.type() == type);
            if (c.correctedValue() > 0) {
                incomes.add(new Income(c.memberId(), c.month(), type, c.correctedValue()));
            }
        }
        return new Family(registry.id(), registry.region(), registry.district(), registry.locality(), members, incomes,
                registry.loans().stream().filter(l -> !absent.contains(l.memberId())).toList(),
                registry.resettlement(), registry.breadwinnerLoss(), registry.assets());
    }

    public static IncomeType incomeType(String code) {
        for (IncomeType t : IncomeType.values()) {
            if (t.code().equals(code)) {
                return t;
            }
        }
        return null;
    }

    private static Member withoutCareOf(Member m, Set<String> absent) {
        List<String> cares = m.caresFor().stream().filter(id -> !absent.contains(id)).toList();
        return new Member(m.id(), m.iin(), m.birthDate(), m.sex(), m.relation(), m.status(), m.motherId(),
                m.birthOrder(), m.disability(), m.socialInsurance(), m.awards(), m.study(), m.employment(),
                m.maternity(), m.longIllness(), cares);
    }
}
