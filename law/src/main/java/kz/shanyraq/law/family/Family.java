package kz.shanyraq.law.family;

import java.util.List;
import java.util.Optional;

/**
 * A family as the measures see it: its members and the facts about them, as of the evaluation date.
 * The JSON form is documented by {@code schema/family.schema.json}.
 *
 * @param region ISO 3166-2:KZ code of the region of residence (KZ-10 … KZ-79)
 * @param assets property of the members (never null; {@link Assets#NONE} when the document has none)
 */
public record Family(
        String id,
        String region,
        String district,
        Locality locality,
        List<Member> members,
        List<Income> incomes,
        List<Loan> loans,
        Resettlement resettlement,
        BreadwinnerLoss breadwinnerLoss,
        Assets assets) {

    public Family {
        members = members == null ? List.of() : List.copyOf(members);
        incomes = incomes == null ? List.of() : List.copyOf(incomes);
        loans = loans == null ? List.of() : List.copyOf(loans);
        assets = assets == null ? Assets.NONE : assets;
    }

    /** A family without recorded property (the form used before assets were part of the document). */
    public Family(String id, String region, String district, Locality locality, List<Member> members,
                  List<Income> incomes, List<Loan> loans, Resettlement resettlement, BreadwinnerLoss breadwinnerLoss) {
        this(id, region, district, locality, members, incomes, loans, resettlement, breadwinnerLoss, Assets.NONE);
    }

    /** The same family with its property. */
    public Family withAssets(Assets newAssets) {
        return new Family(id, region, district, locality, members, incomes, loans, resettlement, breadwinnerLoss,
                newAssets);
    }

    public Optional<Member> member(String memberId) {
        return members.stream().filter(m -> m.id().equals(memberId)).findFirst();
    }

    public int size() {
        return members.size();
    }
}
