package kz.shanyraq.law.measure;

import kz.shanyraq.law.assistance.AssistanceMeasures;
import kz.shanyraq.law.benefit.family.FamilyBenefits;
import kz.shanyraq.law.benefit.insurance.SocialInsurancePayments;
import kz.shanyraq.law.benefit.resettlement.ResettlementSubsidies;
import kz.shanyraq.law.benefit.state.StateSocialBenefits;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The catalogue of every measure Shanyraq computes. */
public final class Measures {

    private static final List<Measure> ALL;
    private static final Map<String, Measure> BY_ID;

    static {
        List<Measure> all = new ArrayList<>();
        all.addAll(AssistanceMeasures.all());
        all.addAll(FamilyBenefits.all());
        all.addAll(StateSocialBenefits.all());
        all.addAll(SocialInsurancePayments.all());
        all.addAll(ResettlementSubsidies.all());
        ALL = List.copyOf(all);
        Map<String, Measure> byId = new LinkedHashMap<>();
        for (Measure m : ALL) {
            if (byId.put(m.id(), m) != null) {
                throw new IllegalStateException("two measures with id " + m.id());
            }
        }
        BY_ID = byId;
    }

    private Measures() {
    }

    public static List<Measure> all() {
        return ALL;
    }

    public static Optional<Measure> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
