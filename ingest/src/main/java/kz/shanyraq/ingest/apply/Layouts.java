package kz.shanyraq.ingest.apply;

import kz.shanyraq.ingest.SourceKind;

import java.util.EnumMap;
import java.util.Map;

/** The layout of every source kind. */
public final class Layouts {

    private static final Map<SourceKind, Layout> BY_KIND = new EnumMap<>(SourceKind.class);

    static {
        put(SourceKind.DISTRICTS, PersonLayouts.DISTRICTS);
        put(SourceKind.PERSONS, PersonLayouts.PERSONS);
        put(SourceKind.FAMILY_MEMBERS, PersonLayouts.FAMILY_MEMBERS);
        put(SourceKind.ADDRESSES, PersonLayouts.ADDRESSES);
        put(SourceKind.RELATIONS, PersonLayouts.RELATIONS);
        put(SourceKind.NAMES, PersonLayouts.NAMES);
        put(SourceKind.PHONES, PersonLayouts.PHONES);
        put(SourceKind.INCOMES, IncomeLayouts.INCOMES);
        put(SourceKind.SOCIAL_CONTRIBUTIONS, IncomeLayouts.SOCIAL_CONTRIBUTIONS);
        put(SourceKind.INSURANCE_PARTICIPATION, IncomeLayouts.INSURANCE_PARTICIPATION);
        put(SourceKind.EMPLOYMENT_CONTRACTS, IncomeLayouts.EMPLOYMENT_CONTRACTS);
        put(SourceKind.UNEMPLOYMENT, IncomeLayouts.UNEMPLOYMENT);
        put(SourceKind.DISABILITY, SituationLayouts.DISABILITY);
        put(SourceKind.STUDY, SituationLayouts.STUDY);
        put(SourceKind.LONG_ILLNESS, SituationLayouts.LONG_ILLNESS);
        put(SourceKind.CARE_DUTIES, SituationLayouts.CARE_DUTIES);
        put(SourceKind.AWARDS, SituationLayouts.AWARDS);
        put(SourceKind.MATERNITY_LEAVES, SituationLayouts.MATERNITY_LEAVES);
        put(SourceKind.RESETTLEMENT, SituationLayouts.RESETTLEMENT);
        put(SourceKind.BREADWINNER_LOSS, SituationLayouts.BREADWINNER_LOSS);
        put(SourceKind.REAL_ESTATE, AssetLayouts.REAL_ESTATE);
        put(SourceKind.VEHICLES, AssetLayouts.VEHICLES);
        put(SourceKind.LAND, AssetLayouts.LAND);
        put(SourceKind.LIVESTOCK, AssetLayouts.LIVESTOCK);
        put(SourceKind.LOANS, AssetLayouts.LOANS);
        for (SourceKind kind : SourceKind.values()) {
            if (!BY_KIND.containsKey(kind)) {
                throw new IllegalStateException("no layout for " + kind);
            }
        }
    }

    private Layouts() {
    }

    private static void put(SourceKind kind, Layout layout) {
        if (!layout.name().equals(kind.code())) {
            throw new IllegalStateException(kind + " has layout " + layout.name());
        }
        BY_KIND.put(kind, layout);
    }

    public static Layout of(SourceKind kind) {
        return BY_KIND.get(kind);
    }
}
