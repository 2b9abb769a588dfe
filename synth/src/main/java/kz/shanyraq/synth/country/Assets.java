package kz.shanyraq.synth.country;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static kz.shanyraq.synth.country.SyntheticCalendar.REFERENCE_DATE;
import static kz.shanyraq.synth.country.SyntheticCalendar.atAge;

/**
 * What families own and owe: livestock in villages (before incomes, since farming income is valued from it),
 * then dwellings, vehicles, land plots and loans, more of them the higher the family's income. Consumer loans
 * are common; mortgages go to urban families who bought a dwelling in the last 15 years.
 */
final class Assets {

    private final ChunkContext c;
    private final Draw d;

    Assets(ChunkContext c) {
        this.c = c;
        this.d = c.d;
    }

    void livestock(Household h) {
        if (!h.rural || !d.chance(0.5 * (0.7 + 0.5 * h.region.tradition()))) {
            return;
        }
        double scale = h.poor ? 0.4 : 1.0;
        herd(h, "cattle", 0.65 * scale, 1, 3.5 * scale);
        herd(h, "sheep", 0.45 * scale, 2, 14 * scale);
        herd(h, "goat", 0.25 * scale, 1, 5 * scale);
        herd(h, "horse", 0.18 * (0.5 + h.region.tradition()) * scale, 1, 3 * scale);
        herd(h, "poultry", 0.55, 3, 12);
        if (h.region.camels()) {
            herd(h, "camel", 0.08 * scale, 1, 3);
        }
        if (h.region.pigs()) {
            herd(h, "pig", 0.10, 1, 2);
        }
    }

    private void herd(Household h, String species, double p, int least, double more) {
        if (d.chance(p)) {
            h.herds.add(new Facts.Herd(species, least + d.poisson(more)));
        }
    }

    void property(Household h) {
        List<Resident> current = h.current();
        List<Resident> adults = new ArrayList<>(current.size());
        long income = 0;
        for (Resident r : current) {
            income += r.incomeTotal(0, 3);
            if (r.age() >= 18) {
                adults.add(r);
            }
        }
        if (adults.isEmpty()) {
            return;
        }
        double perCapita = income / 3.0 / current.size();
        Resident owner = adults.size() > 1 && d.chance(0.25) ? adults.get(1) : h.head.age() >= 18 ? h.head : adults.get(0);
        dwellings(h, owner, perCapita);
        vehicles(h, adults, perCapita);
        land(h, owner);
        loans(h, adults, perCapita);
    }

    private void dwellings(Household h, Resident owner, double perCapita) {
        double p = h.poor ? 0.55 : h.rural ? 0.9 : h.region.isCity() ? 0.72 : 0.8;
        if (d.chance(p)) {
            double area = h.rural ? d.logNormal(85, 0.3) : d.logNormal(58, 0.35) * (1 + 0.06 * h.members.size());
            estate(owner, "dwelling", h.region.code(), area, since(owner, h.createdOn));
            if (!h.poor && d.chance(0.03 + Math.min(0.15, perCapita / 2_000_000))) {
                String where = d.chance(0.6) ? h.region.code() : d.chance(0.5) ? "KZ-71" : "KZ-75";
                estate(owner, "dwelling", where, d.logNormal(55, 0.35), since(owner, h.createdOn));
            }
        }
        if (owner.entrepreneur && d.chance(0.15)) {
            estate(owner, "commercial", h.region.code(), d.logNormal(80, 0.7), since(owner, owner.birth));
        }
    }

    private void estate(Resident owner, String kind, String region, double area, LocalDate from) {
        if (owner.estates == null) {
            owner.estates = new ArrayList<>(1);
        }
        c.estates++;
        owner.estates.add(new Facts.Estate(kind, region, Math.max(1000, Math.round(area * 100)), from));
    }

    private void vehicles(Household h, List<Resident> adults, double perCapita) {
        double p = h.poor ? 0.08 : Math.min(0.85, 0.26 + perCapita / 500_000) * (h.rural ? 0.9 : 1.0);
        if (d.chance(p)) {
            Resident owner = h.head.age() >= 18 ? h.head : adults.get(0);
            vehicle(owner, "car");
            if (adults.size() > 1 && d.chance(0.12)) {
                vehicle(adults.get(d.below(adults.size())), "car");
            }
        }
        if (h.rural) {
            Resident owner = adults.get(0);
            if (d.chance(0.03)) vehicle(owner, "truck");
            if (d.chance(h.herds.isEmpty() ? 0.01 : 0.05)) vehicle(owner, "agricultural");
        }
        if (d.chance(0.015)) {
            vehicle(adults.get(0), "motorcycle");
        }
    }

    private void vehicle(Resident owner, String kind) {
        int made = REFERENCE_DATE.getYear() - (int) Math.min(45, Math.floor(d.gamma(2, 5.5)));
        LocalDate from = since(owner, LocalDate.of(made, 1, 1));
        if (owner.vehicles == null) {
            owner.vehicles = new ArrayList<>(1);
        }
        c.vehicles++;
        owner.vehicles.add(new Facts.Vehicle(kind, made, from));
    }

    private void land(Household h, Resident owner) {
        if (h.rural) {
            if (d.chance(0.7)) {
                plot(owner, d.logNormal(0.15, 0.6), "household", since(owner, h.createdOn));
            }
            if ((owner.entrepreneur || h.herds.size() >= 3) && d.chance(0.3)) {
                plot(owner, d.logNormal(40, 1.0), "agricultural", since(owner, h.createdOn));
            }
        } else if (d.chance(0.05)) {
            plot(owner, d.logNormal(0.06, 0.3), "other", since(owner, h.createdOn));
        }
    }

    private void plot(Resident owner, double hectares, String purpose, LocalDate from) {
        if (owner.land == null) {
            owner.land = new ArrayList<>(1);
        }
        c.landPlots++;
        owner.land.add(new Facts.LandPlot(Math.max(1, Math.round(hectares * 10_000)), purpose, from));
    }

    private void loans(Household h, List<Resident> adults, double perCapita) {
        for (Resident r : adults) {
            int age = r.age();
            if (age < 21 || age > 65) {
                continue;
            }
            if (d.chance(h.poor ? 0.10 : r.employee ? 0.33 : 0.12)) {
                loan(r, "consumer", d.logNormal(600_000, 0.8), 3);
            }
            if (d.chance(h.poor ? 0.12 : 0.04)) {
                loan(r, "microcredit", d.logNormal(120_000, 0.6), 1);
            }
            if (r.vehicles != null && r.vehicles.get(0).madeYear() >= 2019 && d.chance(0.3)) {
                loan(r, "car", d.logNormal(6_000_000, 0.5), 5);
            }
            if (r.estates != null && !h.rural && !h.poor && perCapita > 150_000
                    && r.estates.get(0).from().isAfter(REFERENCE_DATE.minusYears(15)) && d.chance(0.35)) {
                loan(r, "mortgage", d.logNormal(18_000_000, 0.5), 0);
            }
        }
    }

    private void loan(Resident r, String kind, double principal, int years) {
        LocalDate opened = "mortgage".equals(kind) ? r.estates.get(0).from()
                : REFERENCE_DATE.minusDays(d.between(1, years * 365));
        LocalDate adult = atAge(r.birth, 18.5);
        if (opened.isBefore(adult)) {
            opened = adult;
        }
        if (r.loans == null) {
            r.loans = new ArrayList<>(1);
        }
        c.loans++;
        r.loans.add(new Facts.Loan(kind, Math.round(principal / 1000) * 1000, opened));
    }

    /** A day between the later of the owner's 18th birthday and {@code earliest}, and the reference date. */
    private LocalDate since(Resident owner, LocalDate earliest) {
        LocalDate from = atAge(owner.birth, 18);
        if (earliest.isAfter(from)) {
            from = earliest;
        }
        LocalDate to = REFERENCE_DATE.minusDays(1);
        if (!to.isAfter(from)) {
            return to;
        }
        return from.plusDays((long) (d.uniform() * (to.toEpochDay() - from.toEpochDay())));
    }
}
