package kz.shanyraq.synth.country;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One family of the synthetic country while it is being generated (the generator's working record). */
public final class Household {

    /** Order within the chunk; the registry id is the chunk's first family id + local. */
    public final int local;
    public final RegionProfile region;
    public final boolean rural;
    public String districtId;
    public LocalDate createdOn;

    /** Everyone who was ever a member, including breadwinners who died (their membership ends that day). */
    public final List<Resident> members = new ArrayList<>(6);
    public Resident head;
    /** Deceased parents whose loss the family has suffered (breadwinner_loss rows). */
    public final List<Resident> lostBreadwinners = new ArrayList<>(1);
    public boolean bothParentsLost;

    public Facts.Resettlement resettlement;
    /** Region and district before a resettlement within the country, or null. */
    public String previousRegion;
    public String previousDistrict;
    public LocalDate addressFrom;

    public final List<Facts.Herd> herds = new ArrayList<>(0);
    /** Drawn to live below the poverty line (the generator keeps its income low). */
    public boolean poor;

    public Household(int local, RegionProfile region, boolean rural) {
        this.local = local;
        this.region = region;
        this.rural = rural;
    }

    public String locality() {
        return rural ? "rural" : "urban";
    }

    private List<Resident> current;

    /** Members alive and in the family on the reference date (fixed once the family is composed). */
    public List<Resident> current() {
        if (current == null) {
            List<Resident> list = new ArrayList<>(members.size());
            for (Resident r : members) {
                if (r.alive() && r.memberTo == null) {
                    list.add(r);
                }
            }
            current = List.copyOf(list);
        }
        return current;
    }

    public Resident add(Resident r, Role role, LocalDate from) {
        r.household = this;
        r.role = role;
        r.memberFrom = from;
        members.add(r);
        return r;
    }
}
