package kz.shanyraq.law.family;

import java.time.LocalDate;
import java.util.List;

/**
 * Property of the family's members as the registry holds it (real estate, vehicles, land, livestock). Optional in
 * the family document: a family without an {@code assets} section is read as owning nothing recorded, which the
 * well-being scoring treats as such. The benefit measures do not read it.
 */
public record Assets(List<RealEstate> realEstate, List<Vehicle> vehicles, List<LandPlot> landPlots,
                     List<Livestock> livestock) {

    /** No recorded property. */
    public static final Assets NONE = new Assets(List.of(), List.of(), List.of(), List.of());

    public Assets {
        realEstate = realEstate == null ? List.of() : List.copyOf(realEstate);
        vehicles = vehicles == null ? List.of() : List.copyOf(vehicles);
        landPlots = landPlots == null ? List.of() : List.copyOf(landPlots);
        livestock = livestock == null ? List.of() : List.copyOf(livestock);
    }

    public boolean isEmpty() {
        return realEstate.isEmpty() && vehicles.isEmpty() && landPlots.isEmpty() && livestock.isEmpty();
    }

    /** True when an owned record is in force on a day: from ≤ day, and no end or an end after the day. */
    static boolean held(LocalDate from, LocalDate to, LocalDate day) {
        return (from == null || !from.isAfter(day)) && (to == null || to.isAfter(day));
    }
}
