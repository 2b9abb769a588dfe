package kz.shanyraq.synth.country;

import java.time.LocalDate;
import java.util.List;

import static kz.shanyraq.synth.country.SyntheticCalendar.REFERENCE_DATE;

/**
 * Where a family lives and under which status: the district, and the few families who are not citizens from
 * birth: kandas (ethnic Kazakh repatriates, a few thousand families at scale 1, many of them becoming citizens
 * after about a year, and in the settlement regions of the quota with a resettlement record), resettlers from
 * the south to the northern regions of the quota, permanently resident foreigners, stateless persons, refugees.
 */
final class Residence {

    private static final String[] SOUTH = {"KZ-61", "KZ-61", "KZ-61", "KZ-31", "KZ-43", "KZ-79", "KZ-19", "KZ-47"};
    private static final List<String> KANDAS_DESTINATIONS = List.of("KZ-19", "KZ-47", "KZ-61", "KZ-71", "KZ-75");

    private final Draw d;

    Residence(Draw d) {
        this.d = d;
    }

    void apply(Household h) {
        h.districtId = district(h.region, h.rural);
        for (Resident r : h.members) {
            if (!r.alive()) {
                // A family that lost a member keeps the history it has; arrivals are families without a death.
                return;
            }
        }
        RegionProfile region = h.region;
        double kandas = region.resettlementQuota() ? 0.002 : KANDAS_DESTINATIONS.contains(region.code()) ? 0.0009 : 0.0003;
        double foreign = region.code().equals("KZ-75") ? 0.011 : region.isCity() ? 0.006 : 0.0025;
        double u = d.uniform();
        if (u < kandas) {
            kandas(h);
        } else if (u < kandas + foreign) {
            arrived(h, Status.RESIDENT_FOREIGNER, REFERENCE_DATE.minusDays(d.between(180, 15 * 365)));
        } else if (u < kandas + foreign + 0.0004) {
            arrived(h, Status.STATELESS, REFERENCE_DATE.minusDays(d.between(365, 25 * 365)));
        } else if (u < kandas + foreign + 0.0004 + (region.code().equals("KZ-75") ? 0.0003 : 0.00002)) {
            arrived(h, Status.REFUGEE, REFERENCE_DATE.minusDays(d.between(365, 12 * 365)));
        } else if (region.resettlementQuota() && u < kandas + foreign + 0.0015) {
            resettler(h);
        }
    }

    /** District 01 of an oblast is its centre; villages are in the other districts. */
    static String district(RegionProfile region, boolean rural, Draw d) {
        int n;
        if (region.isCity()) {
            n = d.between(1, region.districts());
        } else if (!rural && d.chance(0.72)) {
            n = 1;
        } else {
            n = d.between(2, region.districts());
        }
        return region.code() + "-" + (n < 10 ? "0" : "") + n;
    }

    private String district(RegionProfile region, boolean rural) {
        return district(region, rural, d);
    }

    private void kandas(Household h) {
        LocalDate arrival = REFERENCE_DATE.minusDays(d.between(30, 1280));
        arrived(h, Status.KANDAS, arrival);
        boolean naturalised = arrival.isBefore(REFERENCE_DATE.minusYears(1)) && d.chance(0.5);
        LocalDate citizen = naturalised ? arrival.plusDays(d.between(200, 540)) : null;
        if (citizen != null && !citizen.isBefore(REFERENCE_DATE)) {
            citizen = REFERENCE_DATE.minusDays(d.between(1, 60));
        }
        for (Resident r : h.members) {
            if (r.status == Status.KANDAS) {
                r.citizenFrom = citizen;
            }
        }
        if (h.region.resettlementQuota() && arrival.getYear() >= 2023 && d.chance(0.45)) {
            h.resettlement = new Facts.Resettlement("kandas", true, null, arrival, d.between(15, 30));
        }
    }

    /** Everyone born before the arrival holds the status from that day; the family is registered on arrival. */
    private void arrived(Household h, Status status, LocalDate arrival) {
        if (h.createdOn.isBefore(arrival)) {
            h.createdOn = arrival;
            h.addressFrom = arrival;
        }
        for (Resident r : h.members) {
            if (r.memberFrom.isBefore(h.createdOn)) {
                r.memberFrom = h.createdOn;
            }
            if (r.marriedOn != null && r.marriedOn.isBefore(arrival)) {
                // The marriage happened abroad; the registry knows it from the arrival.
                r.marriedOn = arrival;
            }
            if (status == Status.KANDAS && !r.birth.isBefore(arrival)) {
                continue;
            }
            r.status = status;
            r.statusFrom = r.birth.isAfter(arrival) ? r.birth : arrival;
        }
    }

    private void resettler(Household h) {
        LocalDate earliest = h.createdOn.plusDays(60);
        LocalDate settled = REFERENCE_DATE.minusDays(d.between(30, 6 * 365));
        if (settled.isBefore(earliest)) {
            return;
        }
        String from = d.pick(SOUTH);
        RegionProfile origin = RegionProfiles.of(from).orElseThrow();
        h.previousRegion = from;
        h.previousDistrict = district(origin, true);
        h.addressFrom = settled;
        h.resettlement = new Facts.Resettlement("resettler", true, from, settled, d.between(15, 30));
    }
}
