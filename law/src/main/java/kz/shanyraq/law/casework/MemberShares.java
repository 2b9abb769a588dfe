package kz.shanyraq.law.casework;

import java.util.ArrayList;
import java.util.List;

/**
 * A family's monthly amount of targeted social assistance shared among its members: the amount is
 * (poverty line − per-capita income) × members, so each member's share is the amount ÷ members; the whole tenge
 * left over by the division goes to the first member (the applicant), so the shares add up to the amount.
 */
public final class MemberShares {

    private MemberShares() {
    }

    public static List<Long> of(long familyAmount, int members) {
        if (members <= 0) {
            throw new IllegalArgumentException("a family has at least one member");
        }
        long each = familyAmount / members;
        long rest = familyAmount - each * members;
        List<Long> shares = new ArrayList<>(members);
        for (int i = 0; i < members; i++) {
            shares.add(i == 0 ? each + rest : each);
        }
        return shares;
    }
}
