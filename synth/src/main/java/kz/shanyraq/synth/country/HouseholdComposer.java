package kz.shanyraq.synth.country;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static kz.shanyraq.synth.country.SyntheticCalendar.REFERENCE_DATE;
import static kz.shanyraq.synth.country.SyntheticCalendar.atAge;
import static kz.shanyraq.synth.country.SyntheticCalendar.years;

/**
 * Who lives together: a single person, a couple with the children still at home (and sometimes the husband's
 * parents), a single mother or father, or grandparents raising orphaned grandchildren. Ages, marriages and births
 * are drawn so that every family is consistent: a mother is 18 to 45 at each birth, children carry her birth
 * orders, spouses are of plausible ages, and a parent who died is a person with a date of death.
 */
final class HouseholdComposer {

    /** Age bands of wives in couples: {first age, last age, weight}. */
    private static final int[][] WIFE_AGES = {
            {18, 19, 6}, {20, 24, 60}, {25, 29, 105}, {30, 34, 118}, {35, 39, 112}, {40, 44, 100}, {45, 49, 90},
            {50, 54, 80}, {55, 59, 72}, {60, 64, 60}, {65, 69, 45}, {70, 74, 27}, {75, 79, 14}, {80, 84, 6},
            {85, 89, 2}};
    private static final int[][] SINGLE_MOTHER_AGES = {
            {20, 24, 6}, {25, 29, 14}, {30, 34, 18}, {35, 39, 18}, {40, 44, 16}, {45, 49, 12}, {50, 54, 9},
            {55, 59, 7}};
    private static final int[][] YOUNG_SINGLE_AGES = {{18, 21, 20}, {22, 25, 35}, {26, 29, 25}, {30, 34, 20}};
    private static final int[][] MIDDLE_SINGLE_AGES = {{35, 44, 45}, {45, 54, 35}, {55, 59, 20}};
    private static final int[][] ELDER_SINGLE_AGES = {
            {60, 64, 25}, {65, 69, 25}, {70, 74, 20}, {75, 79, 14}, {80, 84, 10}, {85, 94, 6}};

    private final Draw d;
    private final RegionProfile region;
    private final People people;

    HouseholdComposer(Draw d, RegionProfile region, People people) {
        this.d = d;
        this.region = region;
        this.people = people;
    }

    /** Makes the persons of a new chunk-local number and gives out identities later. */
    interface People {
        Resident newPerson(LocalDate birth, boolean female);
    }

    Household compose(int local, boolean rural) {
        Household h = new Household(local, region, rural);
        double t = region.tradition();
        double single = (rural ? 0.10 : 0.18) * (1.25 - 0.5 * t);
        double singleMother = (rural ? 0.085 : 0.125) * (1.1 - 0.25 * t);
        double singleFather = 0.012;
        double orphans = 0.0012;
        double u = d.uniform();
        if (u < orphans) {
            grandparentWithOrphans(h);
        } else if (u < orphans + single) {
            single(h);
        } else if (u < orphans + single + singleMother) {
            singleParent(h, true);
        } else if (u < orphans + single + singleMother + singleFather) {
            singleParent(h, false);
        } else {
            couple(h);
        }
        if (h.addressFrom == null) {
            h.addressFrom = h.createdOn;
        }
        return h;
    }

    // ---- family types --------------------------------------------------------------------------------------

    private void couple(Household h) {
        LocalDate wifeBirth = birthAtAge(WIFE_AGES);
        LocalDate husbandBirth = husbandOf(wifeBirth);
        List<LocalDate> births = Fertility.births(d, wifeBirth, region, h.rural);
        LocalDate married = marriage(wifeBirth, husbandBirth, births);
        h.createdOn = married;
        Resident husband = h.add(people.newPerson(husbandBirth, false), Role.HEAD, married);
        Resident wife = h.add(people.newPerson(wifeBirth, true), Role.SPOUSE, married);
        h.head = husband;
        marry(wife, husband, married);
        children(h, wife, husband, births, Role.CHILD);
        if (d.chance((h.rural ? 0.16 : 0.09) * (0.6 + t()))) {
            eldersOf(h, d.chance(0.85) ? husband : wife);
        }
    }

    private void singleParent(Household h, boolean mother) {
        LocalDate parentBirth = birthAtAge(SINGLE_MOTHER_AGES);
        if (!mother) {
            parentBirth = parentBirth.minusDays(d.between(365, 4 * 365));
        }
        LocalDate motherBirth = mother ? parentBirth : parentBirth.plusDays(Math.round(d.normal(3, 2.5) * 365.2425));
        if (SyntheticCalendar.age(motherBirth) < 18) {
            motherBirth = REFERENCE_DATE.minusYears(18).minusDays(d.between(0, 700));
        }
        List<LocalDate> births = Fertility.births(d, motherBirth, region, h.rural);
        int bornCount = bornBy(births, REFERENCE_DATE);
        Resident parent = people.newPerson(parentBirth, mother);
        double age = SyntheticCalendar.age(parentBirth);
        double widowed = mother ? (age < 35 ? 0.07 : age < 50 ? 0.13 : 0.2) : 0.30;
        boolean widow = bornCount > 0 && d.chance(widowed);
        Resident partner = null;
        if (widow) {
            LocalDate partnerBirth = mother ? husbandOf(parentBirth) : motherBirth;
            partner = people.newPerson(partnerBirth, !mother);
            LocalDate married = marriage(mother ? parentBirth : motherBirth, mother ? partnerBirth : parentBirth, births);
            h.createdOn = married;
            marry(mother ? parent : partner, mother ? partner : parent, married);
            LocalDate lastBirth = births.get(bornCount - 1);
            LocalDate earliest = max(lastBirth.minusDays(200), REFERENCE_DATE.minusYears(17));
            LocalDate died = between(max(earliest, married.plusDays(30)), REFERENCE_DATE.minusDays(7));
            partner.death = died;
            // No birth after the mother's death, none more than nine months after the father's.
            births = bornUntil(births, mother ? died.plusDays(Fertility.PREGNANCY_DAYS) : died);
            h.add(parent, Role.HEAD, married);
            h.add(partner, Role.SPOUSE, married).memberTo = died;
            h.lostBreadwinners.add(partner);
            if (!mother) {
                parent.births = 0;
            }
        } else {
            LocalDate from = bornCount > 0 ? births.get(0) : atAge(parentBirth, 18 + d.gamma(2, 2.5));
            h.createdOn = min(max(from, atAge(parentBirth, 18)), REFERENCE_DATE.minusDays(1));
            h.add(parent, Role.HEAD, h.createdOn);
        }
        h.head = parent;
        Resident childrenMother = mother ? parent : (widow ? partner : null);
        Resident childrenFather = mother ? (widow ? partner : null) : parent;
        // A single father's children whose mother lives elsewhere keep their birth order (known from the civil
        // registry) without a mother in the registry.
        List<Resident> kids = children(h, childrenMother, childrenFather, births, Role.CHILD);
        if (kids.isEmpty()) {
            h.lostBreadwinners.clear();
        }
        if (d.chance((h.rural ? 0.08 : 0.05) * (0.6 + t()))) {
            eldersOf(h, parent);
        }
    }

    private void single(Household h) {
        double u = d.uniform();
        boolean female;
        LocalDate birth;
        if (u < 0.48) {
            female = d.chance(0.42);
            birth = birthAtAge(YOUNG_SINGLE_AGES);
        } else if (u < 0.72) {
            female = d.chance(0.45);
            birth = birthAtAge(MIDDLE_SINGLE_AGES);
        } else {
            female = d.chance(0.76);
            birth = birthAtAge(ELDER_SINGLE_AGES);
        }
        Resident p = people.newPerson(birth, female);
        int age = SyntheticCalendar.age(birth);
        if (female && age >= 45) {
            // Her children, if she had any, have grown up and left.
            List<LocalDate> births = Fertility.births(d, birth, region, h.rural);
            int born = bornBy(births, REFERENCE_DATE);
            boolean grown = born == 0 || SyntheticCalendar.age(births.get(born - 1)) >= 18;
            p.births = grown ? born : 0;
            p.sixthBirth = p.births >= 6 ? births.get(5) : null;
        }
        LocalDate from = atAge(birth, age < 35 ? 18 + d.uniform(0, Math.max(0.5, age - 18)) : 20 + d.gamma(2, 3));
        h.createdOn = min(max(from, atAge(birth, 18)), REFERENCE_DATE.minusDays(1));
        h.head = h.add(p, Role.HEAD, h.createdOn);
    }

    /** A grandmother (sometimes with her husband) raising grandchildren whose two parents died. */
    private void grandparentWithOrphans(Household h) {
        LocalDate grandmaBirth = REFERENCE_DATE.minusYears(d.between(52, 76)).minusDays(d.between(0, 364));
        LocalDate motherBirth = atAge(grandmaBirth, d.uniform(19, 34));
        List<LocalDate> births = Fertility.births(d, motherBirth, region, h.rural);
        int born = bornBy(births, REFERENCE_DATE);
        if (born == 0 || SyntheticCalendar.age(births.get(born - 1)) >= 17) {
            single(h);
            return;
        }
        Resident grandma = people.newPerson(grandmaBirth, true);
        grandma.births = 1 + d.poisson(1.5 + 2 * t());
        h.createdOn = atAge(grandmaBirth, d.uniform(19, 26));
        h.head = h.add(grandma, Role.HEAD, h.createdOn);
        if (d.chance(0.35)) {
            Resident grandpa = h.add(people.newPerson(husbandOf(grandmaBirth), false), Role.SPOUSE, h.createdOn);
            marry(grandma, grandpa, max(h.createdOn, atAge(grandpa.birth, 18)));
            grandpa.memberFrom = grandpa.marriedOn;
        }
        Resident mother = people.newPerson(motherBirth, true);
        mother.mother = grandma;
        mother.birthOrder = d.between(1, grandma.births);
        mother.births = born;
        mother.sixthBirth = born >= 6 ? births.get(5) : null;
        Resident father = people.newPerson(husbandOf(motherBirth), false);
        LocalDate married = marriage(motherBirth, father.birth, births);
        marry(mother, father, married);
        LocalDate lastBirth = births.get(born - 1);
        mother.death = between(max(lastBirth.plusDays(30), REFERENCE_DATE.minusYears(15)), REFERENCE_DATE.minusDays(7));
        father.death = d.chance(0.5) ? mother.death : between(max(lastBirth.minusDays(200), married.plusDays(30)),
                REFERENCE_DATE.minusDays(7));
        h.lostBreadwinners.add(mother);
        h.lostBreadwinners.add(father);
        h.bothParentsLost = true;
        LocalDate orphaned = max(mother.death, father.death);
        List<Resident> kids = children(h, mother, father, births.subList(0, born), Role.GRANDCHILD);
        for (Resident kid : kids) {
            kid.memberFrom = max(kid.birth, orphaned);
            kid.guardian = grandma;
        }
    }

    // ---- pieces --------------------------------------------------------------------------------------------

    /**
     * The children still living with their parent(s). A child leaves home as a young adult (daughters earlier);
     * once a younger child has left, the older ones have too, so the birth orders at home are contiguous.
     */
    private List<Resident> children(Household h, Resident mother, Resident father, List<LocalDate> births, Role role) {
        int born = bornBy(births, REFERENCE_DATE);
        if (mother != null) {
            mother.births = born;
            mother.sixthBirth = born >= 6 ? births.get(5) : null;
            if (born < births.size()) {
                mother.dueDate = births.get(born);
            }
        }
        boolean[] home = new boolean[born];
        boolean[] girl = new boolean[born];
        boolean left = false;
        for (int i = born - 1; i >= 0; i--) {
            girl[i] = d.chance(0.488);
            double age = years(births.get(i), REFERENCE_DATE);
            if (!left && age >= 18) {
                double leaves = girl[i] ? 19 + d.gamma(2, 1.8) : 20 + d.gamma(2, 2.6);
                left = age >= leaves;
            }
            home[i] = !left;
        }
        List<Resident> kids = new ArrayList<>(born);
        for (int i = 0; i < born; i++) {
            if (!home[i]) {
                continue;
            }
            Resident kid = people.newPerson(births.get(i), girl[i]);
            kid.mother = mother;
            kid.father = father;
            kid.birthOrder = i + 1;
            h.add(kid, role, max(births.get(i), h.createdOn));
            kids.add(kid);
        }
        return kids;
    }

    /** The parents of a spouse move in (or rather: the young couple lives with them). */
    private void eldersOf(Household h, Resident child) {
        int siblings = 1 + d.poisson(0.9 + 1.6 * t());
        int order = d.between(1, siblings);
        double ageAtBirth = Math.min(Fertility.LAST_AGE - 0.1, Math.max(18.2, d.normal(23.5 + 3.0 * (order - 1), 2.5)));
        LocalDate elderBirth = child.birth.minusDays(Math.round(ageAtBirth * 365.2425));
        if (SyntheticCalendar.age(elderBirth) > 95) {
            return;
        }
        LocalDate from = max(h.createdOn, atAge(child.birth, 18));
        Resident elderMother = h.add(people.newPerson(elderBirth, true), Role.PARENT, from);
        elderMother.births = Math.max(siblings, order);
        child.mother = elderMother;
        child.birthOrder = order;
        if (d.chance(0.38)) {
            LocalDate fatherBirth = husbandOf(elderBirth);
            if (SyntheticCalendar.age(fatherBirth) <= 97) {
                Resident elderFather = h.add(people.newPerson(fatherBirth, false), Role.PARENT, from);
                marry(elderMother, elderFather, max(atAge(fatherBirth, 18), atAge(elderBirth,
                        Math.max(18, ageAtBirth - 1 - 3.0 * (order - 1)))));
                child.father = elderFather;
            }
        }
    }

    private static void marry(Resident wife, Resident husband, LocalDate on) {
        wife.spouse = husband;
        husband.spouse = wife;
        wife.marriedOn = on;
        husband.marriedOn = on;
    }

    /** Marriage shortly before the first child, or in the twenties; both spouses 18 or more. */
    private LocalDate marriage(LocalDate wifeBirth, LocalDate husbandBirth, List<LocalDate> births) {
        LocalDate adult = max(atAge(wifeBirth, 18), atAge(husbandBirth, 18));
        LocalDate day = births.isEmpty()
                ? atAge(wifeBirth, 19 + d.gamma(2, 2.2))
                : births.get(0).minusDays(Math.round((0.4 + d.gamma(1.5, 0.6)) * 365.2425));
        day = max(day, adult);
        if (!day.isBefore(REFERENCE_DATE)) {
            day = between(adult, REFERENCE_DATE.minusDays(1));
        }
        return day;
    }

    private LocalDate husbandOf(LocalDate wifeBirth) {
        double gap = Math.max(-4, d.normal(3.2, 3.2));
        LocalDate b = wifeBirth.minusDays(Math.round(gap * 365.2425));
        LocalDate latest = REFERENCE_DATE.minusYears(18);
        return b.isAfter(latest) ? latest.minusDays(d.between(0, 400)) : b;
    }

    private LocalDate birthAtAge(int[][] bands) {
        double[] w = new double[bands.length];
        for (int i = 0; i < bands.length; i++) {
            w[i] = bands[i][2];
        }
        int[] band = bands[d.pick(w)];
        int age = d.between(band[0], band[1]);
        return REFERENCE_DATE.minusYears(age).minusDays(d.between(1, 365));
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return from;
        }
        return from.plusDays((long) (d.uniform() * (to.toEpochDay() - from.toEpochDay())));
    }

    private double t() {
        return region.tradition();
    }

    private static List<LocalDate> bornUntil(List<LocalDate> births, LocalDate last) {
        return births.subList(0, bornBy(births, last));
    }

    static int bornBy(List<LocalDate> births, LocalDate day) {
        int n = 0;
        while (n < births.size() && !births.get(n).isAfter(day)) {
            n++;
        }
        return n;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
