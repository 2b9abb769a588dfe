package kz.shanyraq.synth.country;

import java.util.ArrayList;
import java.util.List;

/**
 * A district (аудан, or a city's district) of the synthetic country, id like {@code KZ-59-01}. District 01 of an
 * oblast is its regional centre; the other districts carry generic names ("District 2"), because the synthetic
 * country does not pretend to know the real district map.
 */
public record District(String id, String regionCode, String nameRu, String nameKk, String nameEn) {

    /** The districts of one region, 01 first. */
    public static List<District> of(RegionProfile region) {
        List<District> districts = new ArrayList<>();
        for (int n = 1; n <= region.districts(); n++) {
            String id = region.code() + "-" + (n < 10 ? "0" : "") + n;
            if (n == 1 && !region.isCity()) {
                String[] c = region.centre();
                districts.add(new District(id, region.code(), "город " + c[0], c[1] + " қаласы", c[2] + " city"));
            } else {
                districts.add(new District(id, region.code(), "Район № " + n, "№ " + n + " аудан", "District " + n));
            }
        }
        return districts;
    }

    /** The districts of every region. */
    public static List<District> all() {
        List<District> all = new ArrayList<>();
        RegionProfiles.all().forEach(r -> all.addAll(of(r)));
        return all;
    }
}
