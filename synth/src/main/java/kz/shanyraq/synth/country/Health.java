package kz.shanyraq.synth.country;

import java.time.LocalDate;
import java.util.List;

import static kz.shanyraq.synth.country.SyntheticCalendar.REFERENCE_DATE;
import static kz.shanyraq.synth.country.SyntheticCalendar.atAge;

/**
 * Disability, long illness, full-time study and care duties.
 *
 * <p>Disability is calibrated to about 700 000 persons at scale 1: the 542 800 recipients of the state disability
 * benefit (ГСП, seed 000: children and adults under pension age) plus about 160 000 persons with disability of
 * pension age, who receive the age pension instead of the ГСП (one of the two is paid).
 */
final class Health {

    private final Draw d;

    Health(Draw d) {
        this.d = d;
    }

    void apply(Household h) {
        List<Resident> current = h.current();
        for (Resident r : current) {
            disability(r, h.rural);
            study(r, h);
            if (!r.pensionAge() && r.age() >= 18 && d.chance(0.003)) {
                r.illnessFrom = REFERENCE_DATE.minusDays(d.between(62, 240));
            }
        }
        for (Resident r : current) {
            careFor(r, h, current);
        }
    }

    private void disability(Resident r, boolean rural) {
        int age = r.age();
        double p;
        if (age < 18) {
            p = age < 3 ? 0.0065 : 0.0165;
        } else if (r.pensionAge()) {
            p = 0.064;
        } else {
            p = age < 30 ? 0.016 : age < 40 ? 0.027 : age < 50 ? 0.05 : 0.09;
        }
        if (!d.chance(p * (rural ? 1.05 : 0.97))) {
            return;
        }
        if (age < 18) {
            r.disabilityCause = "childhood";
            r.disabilityFrom = r.birth.plusDays(d.between(30, Math.max(31, (int) (age * 365.2425))));
            r.disabilityGroup = age < 7 ? -1 : group(0.25, 0.45);
            return;
        }
        double u = d.uniform();
        r.disabilityCause = u < 0.76 ? "general-illness" : u < 0.90 ? "childhood" : u < 0.945 ? "work-injury"
                : u < 0.955 ? "occupational-disease" : "other";
        r.disabilityGroup = group(0.11, 0.46);
        if ("childhood".equals(r.disabilityCause)) {
            r.disabilityFrom = r.birth.plusDays(d.between(60, 17 * 365));
        } else {
            LocalDate adult = atAge(r.birth, 18.5);
            LocalDate from = REFERENCE_DATE.minusDays(Math.round(d.exponential(6.5) * 365.2425));
            r.disabilityFrom = from.isBefore(adult) ? adult : from;
            if (r.disabilityFrom.isAfter(REFERENCE_DATE)) {
                r.disabilityFrom = REFERENCE_DATE.minusDays(1);
            }
        }
    }

    private int group(double first, double second) {
        double u = d.uniform();
        return u < first ? 1 : u < first + second ? 2 : 3;
    }

    /** Full-time students aged 18 to 23 living with their parents (universities and colleges). */
    private void study(Resident r, Household h) {
        int age = r.age();
        if (age < 18 || age > 23 || (r.role != Role.CHILD && r.role != Role.GRANDCHILD) || r.disabilityGroup == 1) {
            return;
        }
        double p = switch (age) {
            case 18, 19 -> 0.56;
            case 20 -> 0.52;
            case 21 -> 0.47;
            case 22 -> 0.30;
            default -> 0.08;
        };
        p *= h.region.isCity() ? 1.15 : h.rural ? 0.85 : 1.0;
        if (!d.chance(p)) {
            return;
        }
        int enrolled = atAge(r.birth, 17.7).getYear();
        enrolled = Math.min(enrolled, REFERENCE_DATE.getYear());
        int length = age >= 22 ? 5 : d.chance(0.75) ? 4 : 3;
        r.studyFrom = LocalDate.of(enrolled, 9, 1);
        r.studyTo = LocalDate.of(enrolled + length, 6, 30);
        if (r.studyTo.isBefore(REFERENCE_DATE)) {
            r.studyTo = LocalDate.of(REFERENCE_DATE.getYear() + 1, 6, 30);
        }
    }

    /** A child with disability is cared for by the mother; an adult of group 1 by the spouse or a grown child. */
    private void careFor(Resident r, Household h, List<Resident> current) {
        if (!r.disabled() || !(r.age() < 18 || r.disabilityGroup == 1)) {
            return;
        }
        Resident carer = null;
        if (r.age() < 18) {
            carer = r.mother != null && current.contains(r.mother) ? r.mother : r.guardian != null ? r.guardian : h.head;
        } else if (r.spouse != null && current.contains(r.spouse) && !r.spouse.pensionAge()) {
            carer = r.spouse;
        } else {
            for (Resident c : current) {
                if (c != r && c.age() >= 18 && !c.pensionAge() && (c.mother == r || c.father == r)) {
                    carer = c;
                    break;
                }
            }
        }
        if (carer == null || carer == r || carer.caresFor != null || carer.age() < 18) {
            return;
        }
        carer.caresFor = r;
        carer.careFrom = HouseholdComposer.max(r.disabilityFrom, carer.memberFrom == null ? r.disabilityFrom
                : HouseholdComposer.max(carer.memberFrom, atAge(carer.birth, 18)));
    }
}
