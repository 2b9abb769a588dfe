package kz.shanyraq.law.benefit.resettlement;

import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Locality;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.family.Relation;
import kz.shanyraq.law.family.ResettlerKind;
import kz.shanyraq.law.family.Resettlement;
import kz.shanyraq.law.family.ResidenceStatus;
import kz.shanyraq.law.family.Sex;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Inputs;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterBook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Kandas and resettler families for the resettlement subsidies. */
final class ResettledFamilyFixtures {

    private ResettledFamilyFixtures() {
    }

    static Law lawOn(String day) {
        return ParameterBook.standard().on(LocalDate.parse(day));
    }

    static Decision amount(Measure measure, String day, String... keyValues) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (String kv : keyValues) {
            int eq = kv.indexOf('=');
            raw.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return measure.calculate(Inputs.parse(measure.id(), measure.inputs(), raw), lawOn(day), true);
    }

    static long tenge(Decision d) {
        assertThat(d).as("decision %s", d).isInstanceOf(Entitlement.class);
        return ((Entitlement) d).amount();
    }

    /** A kandas family of {@code size} people settled in Kostanay region (KZ-39) from abroad. */
    static Family kandasFamily(int size, boolean inQuota, String settledOn, Integer rentRateMrp) {
        return family(size, new Resettlement(ResettlerKind.KANDAS, inQuota, null,
                settledOn == null ? null : LocalDate.parse(settledOn), rentRateMrp));
    }

    /** A resettler family moving within its own region. */
    static Family movedWithinRegion(int size, String settledOn) {
        return family(size, new Resettlement(ResettlerKind.RESETTLER, true, "KZ-39", LocalDate.parse(settledOn), 20));
    }

    private static Family family(int size, Resettlement r) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            members.add(new Member("m" + i, null, LocalDate.of(1980 + 5 * i, 1, 1), i % 2 == 0 ? Sex.MALE : Sex.FEMALE,
                    i == 0 ? Relation.HEAD : Relation.CHILD, ResidenceStatus.KANDAS, null, null, null, null, null, null,
                    null, null, false, null));
        }
        return new Family("family-1", "KZ-39", null, Locality.URBAN, members, null, null, r, null);
    }
}
