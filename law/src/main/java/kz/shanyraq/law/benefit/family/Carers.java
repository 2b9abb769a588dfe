package kz.shanyraq.law.benefit.family;

import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Member;

import java.util.Optional;

/** Who in the family cares for a child: a member who declares the care, otherwise the child's mother. */
public final class Carers {

    private Carers() {
    }

    public static Optional<Member> of(Family family, Member child) {
        Optional<Member> declared = family.members().stream()
                .filter(m -> !m.id().equals(child.id()) && m.caresFor().contains(child.id()))
                .findFirst();
        if (declared.isPresent()) {
            return declared;
        }
        return child.motherId() == null ? Optional.empty() : family.member(child.motherId());
    }
}
