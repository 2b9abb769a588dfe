package kz.shanyraq.synth.country;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static kz.shanyraq.synth.country.SyntheticCalendar.INCOME_MONTHS;
import static kz.shanyraq.synth.country.SyntheticCalendar.REFERENCE_DATE;
import static kz.shanyraq.synth.country.SyntheticCalendar.atAge;

/**
 * How each family lives: jobs and wages, self-employment, pensions, leaves around a birth, job losses, and the
 * benefits the law gives (amounts from the law module), then whether the family is below the poverty line.
 *
 * <p>Wages are log-normal around a national median of {@value #MEDIAN_WAGE} ₸ (2026), times a regional index
 * (Atyrau, Mangystau, Astana and Almaty above, Turkestan and Zhambyl below), lower in villages and for women.
 * About 0.9 % of families are drawn to live on incomes below their region's poverty line: a base of
 * {@value #POOR} times the region's poverty index and the family's type, each child aged 1–6 weighing
 * {@value #YOUNG_CHILD_WEIGHT} more, so that on 1 November 2025 about 53 k families of 285 k persons with 89 k
 * children aged 1–6 are entitled to АСП (seed 000); every other family whose recorded income would fall below the
 * line is lifted above it by a working-age member's job or farming income, as the registry would see it.
 */
final class Livelihoods {

    static final long MEDIAN_WAGE = 290_000;
    /** Share of families drawn to live below the poverty line, before the regional and family-type factors. */
    static final double POOR = 0.0035;
    /** How much each child aged 1–6 raises a family's chance to be poor. */
    static final double YOUNG_CHILD_WEIGHT = 1.6;
    private static final int MONTHS = INCOME_MONTHS.size();

    private final ChunkContext c;
    private final Draw d;
    private final LawAmounts law;

    Livelihoods(ChunkContext c) {
        this.c = c;
        this.d = c.d;
        this.law = c.law;
    }

    void apply(Household h) {
        List<Resident> current = h.current();
        h.poor = d.chance(POOR * h.region.povertyIndex() * povertyFactor(h, current));
        work(h, current);
        motherhood(current);
        jobLoss(h, current);
        for (Resident r : current) {
            if (r.employee) {
                payWages(r);
            }
            if (r.entrepreneur) {
                r.addIncome("entrepreneurial", "kgd", varying(r.wage, 0.25));
            }
            if (r.pension > 0) {
                r.addIncome("pension", "gcvp", steady(r.pension));
            }
        }
        benefits(h, current);
        farming(h);
        if (!h.poor) {
            lift(h, current);
        }
    }

    // ---- who is poor ---------------------------------------------------------------------------------------

    private static double povertyFactor(Household h, List<Resident> current) {
        int minors = 0, adults = 0, pensioners = 0, young = 0;
        for (Resident r : current) {
            if (r.age() < 18) minors++;
            else if (r.pensionAge()) pensioners++;
            else adults++;
            if (r.age() >= 1 && r.age() <= 6) young++;
        }
        if (adults == 0) return pensioners > 0 ? 0 : 1;
        // Young children weigh: the АСП child supplement (ages 1–6) went to 88.8 k children of 53 k families (seed 000).
        double youngChildren = 1 + YOUNG_CHILD_WEIGHT * young;
        boolean lone = h.head.spouse == null || !current.contains(h.head.spouse);
        if (lone && minors >= 2) return 4.0 * youngChildren;
        if (lone && minors == 1) return 2.0 * youngChildren;
        if (minors >= 4) return 3.2 * youngChildren;
        if (minors == 3) return 1.8 * youngChildren;
        if (minors == 0) return current.size() == 1 ? 0.45 : 0.35;
        return youngChildren;
    }

    // ---- work and pensions ---------------------------------------------------------------------------------

    private void work(Household h, List<Resident> current) {
        boolean someoneWorks = false;
        for (Resident r : current) {
            int age = r.age();
            if (age < 18) {
                continue;
            }
            if (r.pensionAge()) {
                if (r.status != Status.CITIZEN && r.status != Status.KANDAS && d.chance(0.5)) {
                    continue;
                }
                double median = 145_000 * (r.female ? 0.93 : 1.0) * (0.9 + 0.1 * h.region.wageIndex());
                r.pension = Math.max(law.minimumPension, Math.round(d.logNormal(median, 0.27)));
                if (!h.poor && age < 70 && d.chance(0.09)) {
                    employ(r, h, 0.75);
                }
                continue;
            }
            if (h.poor) {
                if (!someoneWorks && !r.studyingFullTime() && r.disabilityGroup != 1 && d.chance(0.55)) {
                    employ(r, h, 1.0);
                    r.wage = Math.round(Math.min(law.minimumWage, d.logNormal(0.55 * law.minimumWage, 0.3)));
                    someoneWorks = true;
                }
                continue;
            }
            if (d.chance(employment(r, h))) {
                employ(r, h, 1.0);
            } else if (!r.studyingFullTime() && r.disabilityGroup != 1 && d.chance(h.rural ? 0.07 : 0.09)) {
                r.entrepreneur = true;
                r.wage = Math.max(20_000, Math.round(d.logNormal(150_000 * h.region.wageIndex(), 0.85)));
            }
        }
    }

    private static double employment(Resident r, Household h) {
        int age = r.age();
        double p = r.female ? 0.53 : 0.63;
        p *= age < 20 ? 0.25 : age < 23 ? 0.55 : age < 25 ? 0.8 : age < 55 ? 1.0 : 0.72;
        p *= h.region.isCity() ? 1.12 : h.rural ? 0.66 : 1.0;
        if (r.disabilityGroup == 1) return 0;
        if (r.disabilityGroup == 2) p *= 0.25;
        if (r.disabilityGroup == 3) p *= 0.6;
        if (r.studyingFullTime()) p *= 0.06;
        return Math.min(0.95, p);
    }

    private void employ(Resident r, Household h, double factor) {
        int age = r.age();
        r.employee = true;
        r.contractRegistered = d.chance(0.83);
        r.employer = d.below(3000);
        LocalDate earliest = atAge(r.birth, 18.2);
        LocalDate from = REFERENCE_DATE.minusDays(Math.round(d.exponential(5.0) * 365.2425) + 1);
        r.jobFrom = from.isBefore(earliest) ? earliest : from;
        double ageFactor = age < 25 ? 0.72 : age < 35 ? 0.97 : age < 55 ? 1.05 : 0.95;
        double wage = MEDIAN_WAGE * h.region.wageIndex() * (h.rural ? 0.82 : 1.0) * (r.female ? 0.80 : 1.0)
                * ageFactor * factor * d.logNormal(1.0, 0.55);
        if (d.chance(0.07)) {
            wage = d.uniform(0.45, 0.95) * law.minimumWage;
        } else {
            wage = Math.max(wage, law.minimumWage);
        }
        r.wage = Math.round(wage / 10) * 10;
    }

    // ---- around a birth -------------------------------------------------------------------------------------

    /** Maternity leave, child-care leave to 1.5 years (paid by the ГФСС or the budget) and the birth allowance. */
    private void motherhood(List<Resident> current) {
        for (Resident kid : current) {
            if (kid.mother == null || !current.contains(kid.mother) || kid.age() >= 3) {
                continue;
            }
            Resident mother = kid.mother;
            LocalDate born = kid.birth;
            boolean youngest = true;
            for (Resident other : current) {
                if (other != kid && other.mother == mother && other.birth.isAfter(born)) {
                    youngest = false;
                    break;
                }
            }
            int month = monthOf(born);
            if (month >= 0 && d.chance(0.98)) {
                mother.addIncome("social-benefit", "gcvp", once(month, law.birthAllowance(kid.birthOrder)));
            }
            if (!youngest) {
                continue;
            }
            if (mother.employee && !born.isBefore(REFERENCE_DATE.minusYears(1))) {
                mother.maternityLeaveStart = born.minusDays(70);
                mother.maternityLeaveDays = twins(kid, current) || d.chance(0.08) ? 140 : 126;
            }
            LocalDate oneAndHalf = born.plusMonths(18);
            if (oneAndHalf.isAfter(INCOME_MONTHS.get(0).atDay(1))) {
                long[] paid = new long[MONTHS];
                long amount = mother.employee
                        ? Math.max(law.childcareAllowance(kid.birthOrder), Math.round(0.4 * Math.min(mother.wage, 7 * law.minimumWage)))
                        : law.childcareAllowance(kid.birthOrder);
                boolean any = false;
                for (int m = 0; m < MONTHS; m++) {
                    LocalDate first = INCOME_MONTHS.get(m).atDay(1);
                    if (first.isBefore(oneAndHalf) && !INCOME_MONTHS.get(m).atEndOfMonth().isBefore(born.plusDays(56))) {
                        paid[m] = amount;
                        any = true;
                    }
                }
                if (any && (mother.employee || d.chance(0.45))) {
                    mother.addIncome("social-benefit", mother.employee ? "gfss" : "gcvp", paid);
                    kid.childcarePaid = true;
                }
            }
        }
        for (Resident r : current) {
            if (r.dueDate != null && r.employee && !r.dueDate.minusDays(70).isAfter(REFERENCE_DATE)) {
                r.maternityLeaveStart = r.dueDate.minusDays(70);
                r.maternityLeaveDays = d.chance(0.08) ? 140 : 126;
            }
            if (r.maternityLeaveStart != null) {
                int month = monthOf(r.maternityLeaveStart);
                if (month >= 0) {
                    long daily = Math.min(r.wage, 7 * law.minimumWage);
                    r.addIncome("social-benefit", "gfss", once(month, Math.round(daily * r.maternityLeaveDays / 30.4)));
                }
            }
        }
    }

    private static boolean twins(Resident kid, List<Resident> current) {
        for (Resident other : current) {
            if (other != kid && other.mother == kid.mother && other.birth.equals(kid.birth)) {
                return true;
            }
        }
        return false;
    }

    // ---- job loss ------------------------------------------------------------------------------------------

    private void jobLoss(Household h, List<Resident> current) {
        if (h.poor) {
            return;
        }
        for (Resident r : current) {
            if (!r.employee || r.maternityLeaveStart != null || r.pensionAge() || !d.chance(0.02)) {
                continue;
            }
            LocalDate lost = REFERENCE_DATE.minusDays(d.between(5, 180));
            if (!lost.isAfter(r.jobFrom)) {
                continue;
            }
            r.jobTo = lost;
            double u = d.uniform();
            r.jobEndReason = u < 0.4 ? "staff-reduction" : u < 0.6 ? "employer-initiative" : u < 0.85 ? "own-initiative"
                    : "contract-expiry";
            if (d.chance(0.65)) {
                r.unemployedFrom = lost.plusDays(d.between(1, 25));
            }
            boolean paid = !"own-initiative".equals(r.jobEndReason) && years(r.jobFrom, lost) >= 0.5;
            if (paid) {
                long[] amounts = new long[MONTHS];
                long amount = Math.round(0.45 * Math.min(r.wage, 7 * law.minimumWage));
                YearMonth first = YearMonth.from(lost).plusMonths(1);
                for (int m = 0; m < MONTHS; m++) {
                    YearMonth month = INCOME_MONTHS.get(m);
                    if (!month.isBefore(first) && month.isBefore(first.plusMonths(6))) {
                        amounts[m] = amount;
                    }
                }
                r.addIncome("social-benefit", "gfss", amounts);
            }
        }
    }

    private void payWages(Resident r) {
        long[] w = new long[MONTHS];
        boolean any = false;
        LocalDate leaveStart = r.maternityLeaveStart;
        LocalDate leaveEnd = leaveStart == null ? null : leaveStart.plusDays(r.maternityLeaveDays);
        LocalDate careEnd = childCareLeaveEnd(r);
        for (int m = 0; m < MONTHS; m++) {
            YearMonth month = INCOME_MONTHS.get(m);
            LocalDate first = month.atDay(1), last = month.atEndOfMonth();
            if (r.jobFrom.isAfter(last) || (r.jobTo != null && r.jobTo.isBefore(first))) {
                continue;
            }
            if (leaveStart != null && !leaveStart.isAfter(first) && (careEnd == null ? leaveEnd : careEnd).isAfter(last)) {
                continue;
            }
            double amount = r.wage * (1 + 0.03 * d.normal(0, 1));
            if (m == MONTHS - 1 && d.chance(0.1)) {
                amount *= 1.5;
            }
            w[m] = Math.max(1, Math.round(amount));
            any = true;
        }
        if (any) {
            r.addIncome("wage", "enpf", w);
        }
    }

    /** A mother who gave birth stays on (unpaid after 1.5 years) child-care leave; about a third until age 3. */
    private LocalDate childCareLeaveEnd(Resident r) {
        if (r.maternityLeaveStart == null) {
            return null;
        }
        LocalDate birth = r.maternityLeaveStart.plusDays(70);
        return d.chance(0.3) ? birth.plusYears(3) : birth.plusMonths(18);
    }

    // ---- benefits ------------------------------------------------------------------------------------------

    private void benefits(Household h, List<Resident> current) {
        int dependants = 0, countedChildren = 0;
        for (Resident r : current) {
            boolean child = r.role == Role.CHILD || r.role == Role.GRANDCHILD;
            int age = r.age();
            if (child && (age < 18 || (age < 23 && r.studyingFullTime()))) {
                dependants++;
                countedChildren++;
            }
            disabilityBenefits(r, current);
            awards(r);
        }
        if (!h.lostBreadwinners.isEmpty() && dependants > 0) {
            long amount = h.bothParentsLost ? law.orphanBenefit() * dependants : law.survivorBenefit(dependants);
            h.head.addIncome("social-benefit", "gcvp", steady(amount));
            LocalDate lost = null;
            for (Resident dead : h.lostBreadwinners) {
                if (dead.death != null && (lost == null || dead.death.isAfter(lost))) {
                    lost = dead.death;
                }
            }
            boolean orphans = h.bothParentsLost;
            int n = dependants;
            h.head.addStanding(new Facts.StandingIncome("social-benefit", "gcvp", lost,
                    l -> orphans ? l.orphanBenefit() * n : l.survivorBenefit(n), false));
            if (d.chance(0.45)) {
                long paid = Math.round(d.logNormal(68_000, 0.3));
                h.head.addIncome("social-benefit", "gfss", steady(paid));
                h.head.addStanding(new Facts.StandingIncome("social-benefit", "gfss", lost, l -> paid, true));
            }
        }
        if (countedChildren >= 4 && d.chance(0.9)) {
            Resident mother = motherOf(h, current);
            mother.addIncome("multichild-allowance", "gcvp", steady(law.multichildAllowance(countedChildren)));
            int children = countedChildren;
            mother.addStanding(new Facts.StandingIncome("multichild-allowance", "gcvp", fourthChildBorn(current),
                    l -> l.multichildAllowance(children), false));
        }
        Resident head = h.head;
        if (head.female && h.lostBreadwinners.isEmpty() && (head.spouse == null || !current.contains(head.spouse))
                && dependants > 0 && !h.poor && d.chance(0.33)) {
            long alimony = Math.round(d.logNormal(38_000, 0.5) * Math.min(3, dependants));
            head.addIncome("alimony", "courts", varying(alimony, 0.1));
            head.addStanding(new Facts.StandingIncome("alimony", "courts", youngestChildBorn(current), l -> alimony, true));
        }
    }

    /** The day the family's fourth dependent child was born (the multi-child allowance is paid from then). */
    private static LocalDate fourthChildBorn(List<Resident> current) {
        List<LocalDate> births = new java.util.ArrayList<>();
        for (Resident r : current) {
            if (r.role == Role.CHILD || r.role == Role.GRANDCHILD) {
                births.add(r.birth);
            }
        }
        births.sort(null);
        return births.size() >= 4 ? births.get(3) : null;
    }

    private static LocalDate youngestChildBorn(List<Resident> current) {
        LocalDate youngest = null;
        for (Resident r : current) {
            if ((r.role == Role.CHILD || r.role == Role.GRANDCHILD) && (youngest == null || r.birth.isAfter(youngest))) {
                youngest = r.birth;
            }
        }
        return youngest;
    }

    private static Resident motherOf(Household h, List<Resident> current) {
        for (Resident r : current) {
            if ((r.role == Role.CHILD) && r.mother != null && current.contains(r.mother)) {
                return r.mother;
            }
        }
        return h.head;
    }

    private void disabilityBenefits(Resident r, List<Resident> current) {
        if (!r.disabled()) {
            return;
        }
        int age = r.age();
        if (age < 18) {
            boolean young = age < law.youngChildAge();
            int group = Math.max(1, r.disabilityGroup);
            r.addIncome("child-disability-benefit", "gcvp", steady(law.disabilityBenefit(group, true, young)));
            r.addStanding(new Facts.StandingIncome("child-disability-benefit", "gcvp", r.disabilityFrom,
                    l -> l.disabilityBenefit(group, true, SyntheticCalendar.ageOn(r.birth, l.day) < l.youngChildAge()),
                    false));
            for (Resident carer : current) {
                if (carer.caresFor == r) {
                    carer.addIncome("social-benefit", "gcvp", steady(law.disabledChildCarerAllowance()));
                    carer.addStanding(new Facts.StandingIncome("social-benefit", "gcvp",
                            carer.careFrom == null ? r.disabilityFrom : carer.careFrom,
                            LawAmounts::disabledChildCarerAllowance, false));
                }
            }
            return;
        }
        if (r.pensionAge()) {
            return;
        }
        boolean childhood = "childhood".equals(r.disabilityCause);
        r.addIncome("social-benefit", "gcvp", steady(law.disabilityBenefit(r.disabilityGroup, childhood, false)));
        int group = r.disabilityGroup;
        LocalDate adult = atAge(r.birth, 18);
        r.addStanding(new Facts.StandingIncome("social-benefit", "gcvp",
                r.disabilityFrom.isAfter(adult) ? r.disabilityFrom : adult,
                l -> l.disabilityBenefit(group, childhood, false), false));
        boolean insuredCause = !childhood && (r.employee || "work-injury".equals(r.disabilityCause)
                || "occupational-disease".equals(r.disabilityCause) || d.chance(0.2));
        if (insuredCause && d.chance(0.67)) {
            r.workCapacityLoss = switch (r.disabilityGroup) {
                case 1 -> d.between(80, 100);
                case 2 -> d.between(60, 79);
                default -> d.between(30, 59);
            };
            long paid = Math.round(d.logNormal(64_000, 0.35));
            r.addIncome("social-benefit", "gfss", steady(paid));
            r.addStanding(new Facts.StandingIncome("social-benefit", "gfss", r.disabilityFrom, l -> paid, true));
        }
    }

    /**
     * Share of the mothers of six and more children who hold an award, calibrated (issue 22) so that the holders on
     * 1 November 2025 come near the 243.4 k recipients of seed 000 once the awards are dated from the sixth birth.
     */
    private static final double AWARD_SHARE = 0.83;

    /** Mothers of six and more children wear «Күміс алқа», of seven and more «Алтын алқа» (or an older award). */
    private void awards(Resident r) {
        if (!r.female || r.births < 6 || !d.chance(AWARD_SHARE)) {
            return;
        }
        boolean old = r.birth.getYear() < 1962;
        r.award = r.births == 6 ? "kumis-alka" : old && r.births >= 10 ? "mother-heroine"
                : old ? (d.chance(0.5) ? "maternal-glory-1" : "maternal-glory-2") : "altyn-alka";
        double drawn = d.gamma(2, 2.5);
        LocalDate on;
        if (r.sixthBirth != null) {
            // awarded once the sixth child is a year old, after the paperwork (about a year on average); the award
            // age drawn alone would date most awards of younger mothers just before the reference date
            on = r.sixthBirth.plusYears(1).plusDays(Math.round(drawn * 0.2 * 365));
        } else {
            on = atAge(r.birth, Math.min(SyntheticCalendar.years(r.birth, REFERENCE_DATE) - 0.1, 38 + drawn));
        }
        if ("mother-heroine".equals(r.award) && on.getYear() > 2010) {
            on = LocalDate.of(2010, 1, 1).minusDays(d.between(0, 4000));
        }
        r.awardedOn = on.isBefore(atAge(r.birth, 25)) ? atAge(r.birth, 25) : on;
        if (r.awardedOn.isAfter(REFERENCE_DATE)) {
            // her sixth child is too young yet: the award comes after the reference date
            r.award = null;
            r.awardedOn = null;
            return;
        }
        boolean kumis = "kumis-alka".equals(r.award);
        r.addIncome("awarded-mother-allowance", "gcvp", steady(law.awardedMotherAllowance(kumis)));
        r.addStanding(new Facts.StandingIncome("awarded-mother-allowance", "gcvp", r.awardedOn,
                l -> l.awardedMotherAllowance(kumis), false));
    }

    /** Monthly income of personal subsidiary farming, valued from the family's livestock (counted for АСП). */
    private void farming(Household h) {
        if (h.herds.isEmpty() || h.poor) {
            return;
        }
        double value = 0;
        for (Facts.Herd herd : h.herds) {
            value += herd.head() * switch (herd.species()) {
                case "cattle" -> 9_000;
                case "horse" -> 8_000;
                case "camel" -> 10_000;
                case "sheep", "goat" -> 1_200;
                case "pig" -> 3_000;
                default -> 120;
            };
        }
        if (value >= 35_000) {
            long farmed = Math.round(value * d.uniform(0.7, 1.2));
            h.head.addIncome("subsidiary-farming", "mio", varying(farmed, 0.15));
            h.head.addStanding(new Facts.StandingIncome("subsidiary-farming", "mio", h.createdOn, l -> farmed, true));
        }
    }

    // ---- keeping families the registry sees as not poor above the line -------------------------------------

    /**
     * A family not drawn as poor whose counted income of Q3 2026 would be at or below the line gets the income the
     * registry would see for such a family: self-employment of a working-age member (ЕСП or individual
     * entrepreneur), in a village farming income, or else money transfers to the head.
     */
    private void lift(Household h, List<Resident> current) {
        long line = c.povertyLine(h.region);
        long needed = Math.round(line * 1.08 * current.size() * 3) - countedQ3(current);
        if (needed <= 0) {
            return;
        }
        long monthly = Math.round(needed / 3.0 * (1.0 + d.exponential(0.35)));
        // An earner's recorded income is raised (no new rows); otherwise a working-age member is self-employed.
        Facts.IncomeStream earned = null;
        int earnedMonths = 0;
        for (Resident r : current) {
            for (Facts.IncomeStream s : r.incomes) {
                if (s.type().equals("wage") || s.type().equals("entrepreneurial")) {
                    int months = (s.amounts()[0] > 0 ? 1 : 0) + (s.amounts()[1] > 0 ? 1 : 0) + (s.amounts()[2] > 0 ? 1 : 0);
                    if (months > earnedMonths) {
                        earned = s;
                        earnedMonths = months;
                    }
                }
            }
        }
        if (earned != null) {
            long add = Math.round(monthly * 3.0 / earnedMonths);
            for (int m = 0; m < MONTHS; m++) {
                if (earned.amounts()[m] > 0) {
                    earned.amounts()[m] += add;
                }
            }
            return;
        }
        Resident worker = null;
        for (Resident r : current) {
            if (r.age() >= 18 && !r.pensionAge() && !r.studyingFullTime() && r.disabilityGroup != 1
                    && r.maternityLeaveStart == null && (worker == null || r == h.head)) {
                worker = r;
            }
        }
        if (worker != null && !(h.rural && d.chance(0.3))) {
            worker.entrepreneur = true;
            worker.wage = monthly;
            worker.addIncome("entrepreneurial", "kgd", varying(monthly, 0.05));
        } else {
            h.head.addIncome(h.rural ? "subsidiary-farming" : "money-transfers", h.rural ? "mio" : "kgd",
                    varying(monthly, 0.05));
        }
    }

    private long countedQ3(List<Resident> current) {
        long total = 0;
        for (Resident r : current) {
            for (Facts.IncomeStream s : r.incomes) {
                if (law.countedForAsp(s.type())) {
                    total += s.total(0, 3);
                }
            }
        }
        return total;
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private static long[] steady(long amount) {
        long[] a = new long[MONTHS];
        java.util.Arrays.fill(a, amount);
        return a;
    }

    private long[] varying(long amount, double sd) {
        long[] a = new long[MONTHS];
        for (int m = 0; m < MONTHS; m++) {
            a[m] = Math.max(1, Math.round(amount * Math.max(0.2, 1 + sd * d.normal(0, 1))));
        }
        return a;
    }

    private static long[] once(int month, long amount) {
        long[] a = new long[MONTHS];
        a[month] = amount;
        return a;
    }

    /** Index of the income month containing the day, or -1. */
    static int monthOf(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        for (int m = 0; m < MONTHS; m++) {
            if (INCOME_MONTHS.get(m).equals(month)) {
                return m;
            }
        }
        return -1;
    }

    private static double years(LocalDate from, LocalDate to) {
        return SyntheticCalendar.years(from, to);
    }
}
