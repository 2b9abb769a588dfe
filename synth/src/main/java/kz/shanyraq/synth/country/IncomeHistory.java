package kz.shanyraq.synth.country;

import kz.shanyraq.law.parameter.ParameterUnknownException;
import kz.shanyraq.law.region.Quarter;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static kz.shanyraq.synth.country.SyntheticCalendar.atAge;
import static kz.shanyraq.synth.country.SyntheticCalendar.deflator;

/**
 * The incomes of the history months (from {@code --history-from} to June 2026), written after the family's
 * reference months are settled and from its own random stream, so that the six reference months are the same
 * with or without a history.
 *
 * <ul>
 *   <li>wages from the start of the job, entrepreneurial income, pensions from pension age and farming income:
 *   the reference amount deflated to the month ({@link SyntheticCalendar#deflator});</li>
 *   <li>benefits (disability, survivor, multi-child, awarded mothers, carers): from the day the right arose, at the
 *   amount of the law in force in each month ({@link LawAmounts#on});</li>
 *   <li>births in the history: the birth allowance in the month of birth, the ГФСС maternity payment and
 *   child care to 1.5 years (no wage while on leave);</li>
 *   <li>a family not drawn as poor whose counted income of a history quarter would be at or below that quarter's
 *   poverty line gets the income the registry would see, as in the reference quarter.</li>
 * </ul>
 */
final class IncomeHistory {

    private final Draw d;
    private final List<YearMonth> months;
    private final Map<Quarter, Map<String, Long>> povertyLines;
    private final LawAmounts law = LawAmounts.standard();
    /** Share of the families drawn poor whose poverty began in April … September 2025. */
    static final double RECENTLY_POOR = 0.28;
    private static final YearMonth RECENTLY_POOR_FROM = YearMonth.of(2025, 4);

    IncomeHistory(Draw d, List<YearMonth> months, Map<Quarter, Map<String, Long>> povertyLines) {
        this.d = d;
        this.months = months;
        this.povertyLines = povertyLines;
    }

    void apply(Household h) {
        if (months.isEmpty()) {
            return;
        }
        List<Resident> current = h.current();
        for (Resident r : current) {
            boolean[] onLeave = new boolean[months.size()];
            births(r, current, onLeave);
            if (r.employee) {
                wages(r, onLeave);
            }
            if (r.entrepreneur) {
                entrepreneurial(r);
            }
            if (r.pension > 0) {
                pension(r);
            }
            if (r.standing != null) {
                for (Facts.StandingIncome s : r.standing) {
                    standing(r, s);
                }
            }
        }
        lift(h, current, h.poor ? poorSince() : null);
    }

    /**
     * When a family drawn poor became poor: most were poor before the history, {@value #RECENTLY_POOR} of them only
     * from a month of April … September 2025 (АСП went to 45.2 k families on 1 June 2025, seed 001, and 53 k on
     * 1 November 2025, seed 000, the latter after the refusal for non-mortgage loans of September 2025).
     */
    private YearMonth poorSince() {
        return d.chance(RECENTLY_POOR) ? RECENTLY_POOR_FROM.plusMonths(d.below(6)) : months.get(0);
    }

    private void wages(Resident r, boolean[] onLeave) {
        for (int m = 0; m < months.size(); m++) {
            YearMonth month = months.get(m);
            if (r.jobFrom.isAfter(month.atEndOfMonth()) || onLeave[m]) {
                continue;
            }
            double amount = r.wage * deflator(month) * (1 + 0.03 * d.normal(0, 1));
            if (month.getMonthValue() == 12 && d.chance(0.1)) {
                amount *= 1.5;
            }
            r.addPastIncome("wage", "enpf", months.size(), m, Math.max(1, Math.round(amount)));
        }
    }

    private void entrepreneurial(Resident r) {
        LocalDate adult = atAge(r.birth, 18);
        for (int m = 0; m < months.size(); m++) {
            YearMonth month = months.get(m);
            if (adult.isAfter(month.atDay(1))) {
                continue;
            }
            long amount = Math.round(r.wage * deflator(month) * Math.max(0.2, 1 + 0.25 * d.normal(0, 1)));
            r.addPastIncome("entrepreneurial", "kgd", months.size(), m, Math.max(1, amount));
        }
    }

    private void pension(Resident r) {
        LocalDate from = atAge(r.birth, r.female ? SyntheticCalendar.PENSION_AGE_WOMEN : SyntheticCalendar.PENSION_AGE_MEN);
        for (int m = 0; m < months.size(); m++) {
            YearMonth month = months.get(m);
            if (!from.isAfter(month.atDay(1))) {
                r.addPastIncome("pension", "gcvp", months.size(), m, Math.round(r.pension * deflator(month)));
            }
        }
    }

    private void standing(Resident r, Facts.StandingIncome s) {
        YearMonth since = s.since() == null ? null : YearMonth.from(s.since());
        for (int m = 0; m < months.size(); m++) {
            YearMonth month = months.get(m);
            if (since != null && month.isBefore(since)) {
                continue;
            }
            long amount = s.deflated()
                    ? Math.round(s.amountOn().applyAsLong(law) * deflator(month) * Math.max(0.2, 1 + 0.05 * d.normal(0, 1)))
                    : amountOn(s, month);
            r.addPastIncome(s.type(), s.source(), months.size(), m, amount);
        }
    }

    /** A benefit at the law of its month; the reference law's amount where the month's law lacks a figure. */
    private long amountOn(Facts.StandingIncome s, YearMonth month) {
        try {
            return s.amountOn().applyAsLong(LawAmounts.on(month));
        } catch (ParameterUnknownException unknown) {
            return s.amountOn().applyAsLong(law);
        }
    }

    /**
     * A woman's children born in the history or whose 1.5 years reach into it: birth allowance, the ГФСС
     * maternity payment and months on leave for an employee, child care to 1.5 years.
     */
    private void births(Resident mother, List<Resident> current, boolean[] onLeave) {
        if (!mother.female) {
            return;
        }
        YearMonth first = months.get(0);
        YearMonth end = months.get(months.size() - 1).plusMonths(1);
        for (Resident kid : current) {
            if (kid.mother != mother) {
                continue;
            }
            LocalDate born = kid.birth;
            LocalDate oneAndHalf = born.plusMonths(18);
            if (oneAndHalf.isBefore(first.atDay(1)) || !YearMonth.from(born.minusDays(70)).isBefore(end)) {
                continue;
            }
            int birthMonth = months.indexOf(YearMonth.from(born));
            if (birthMonth >= 0 && d.chance(0.98)) {
                mother.addPastIncome("social-benefit", "gcvp", months.size(), birthMonth,
                        amountOr(month -> LawAmounts.on(month).birthAllowance(kid.birthOrder), months.get(birthMonth)));
            }
            boolean paid = kid.childcarePaid || mother.employee || d.chance(0.45);
            if (mother.employee) {
                int leaveMonth = months.indexOf(YearMonth.from(born.minusDays(70)));
                if (leaveMonth >= 0) {
                    YearMonth month = months.get(leaveMonth);
                    long daily = Math.min(Math.round(mother.wage * deflator(month)), 7 * LawAmounts.minimumWageIn(month.getYear()));
                    mother.addPastIncome("social-benefit", "gfss", months.size(), leaveMonth,
                            Math.round(daily * (d.chance(0.08) ? 140 : 126) / 30.4));
                }
            }
            for (int m = 0; m < months.size(); m++) {
                YearMonth month = months.get(m);
                LocalDate firstDay = month.atDay(1), lastDay = month.atEndOfMonth();
                if (mother.employee && !born.minusDays(70).isAfter(firstDay) && oneAndHalf.isAfter(lastDay)) {
                    onLeave[m] = true;
                }
                if (paid && firstDay.isBefore(oneAndHalf) && !lastDay.isBefore(born.plusDays(56))) {
                    long budget = amountOr(x -> LawAmounts.on(x).childcareAllowance(kid.birthOrder), month);
                    long amount = mother.employee ? Math.max(budget, Math.round(0.4 * Math.min(mother.wage * deflator(month),
                            7 * LawAmounts.minimumWageIn(month.getYear())))) : budget;
                    mother.addPastIncome("social-benefit", mother.employee ? "gfss" : "gcvp", months.size(), m, amount);
                }
            }
        }
    }

    private long amountOr(java.util.function.ToLongFunction<YearMonth> amount, YearMonth month) {
        try {
            return amount.applyAsLong(month);
        } catch (ParameterUnknownException unknown) {
            return amount.applyAsLong(YearMonth.from(SyntheticCalendar.REFERENCE_DATE));
        }
    }

    /**
     * Keeps a family above the poverty line of every whole history quarter, except the quarters that end after it
     * became poor ({@code poorSince}; null: a family not drawn poor).
     */
    private void lift(Household h, List<Resident> current, YearMonth poorSince) {
        for (int start = 0; start + 3 <= months.size(); start++) {
            YearMonth first = months.get(start);
            if ((first.getMonthValue() - 1) % 3 != 0) {
                continue;
            }
            if (poorSince != null && !first.plusMonths(2).isBefore(poorSince)) {
                continue;
            }
            Map<String, Long> lines = povertyLines.get(Quarter.of(first.atDay(1)));
            if (lines == null) {
                continue;
            }
            long line = lines.get(h.region.code());
            long counted = 0;
            for (Resident r : current) {
                if (r.pastIncomes != null) {
                    for (Facts.IncomeStream s : r.pastIncomes) {
                        if (law.countedForAsp(s.type())) {
                            counted += s.total(start, start + 3);
                        }
                    }
                }
            }
            long needed = Math.round(line * 1.08 * current.size() * 3) - counted;
            if (needed <= 0) {
                continue;
            }
            long monthly = Math.round(needed / 3.0 * (1.0 + d.exponential(0.35)));
            Facts.IncomeStream earned = null;
            int earnedMonths = 0;
            for (Resident r : current) {
                if (r.pastIncomes == null) {
                    continue;
                }
                for (Facts.IncomeStream s : r.pastIncomes) {
                    if (s.type().equals("wage") || s.type().equals("entrepreneurial")) {
                        int n = 0;
                        for (int m = start; m < start + 3; m++) {
                            n += s.amounts()[m] > 0 ? 1 : 0;
                        }
                        if (n > earnedMonths) {
                            earned = s;
                            earnedMonths = n;
                        }
                    }
                }
            }
            if (earned != null) {
                long add = Math.round(monthly * 3.0 / earnedMonths);
                for (int m = start; m < start + 3; m++) {
                    if (earned.amounts()[m] > 0) {
                        earned.amounts()[m] += add;
                    }
                }
                continue;
            }
            Resident worker = null;
            LocalDate day = first.atDay(1);
            for (Resident r : current) {
                if (!atAge(r.birth, 18).isAfter(day) && !r.pensionAge() && r.disabilityGroup != 1
                        && (worker == null || r == h.head)) {
                    worker = r;
                }
            }
            for (int m = start; m < start + 3; m++) {
                long amount = Math.max(1, Math.round(monthly * (1 + 0.05 * Math.abs(d.normal(0, 1))))); // never below the need
                if (worker != null && !h.rural) {
                    worker.addPastIncome("entrepreneurial", "kgd", months.size(), m, amount);
                } else {
                    Resident head = current.contains(h.head) ? h.head : current.get(0);
                    head.addPastIncome(h.rural ? "subsidiary-farming" : "money-transfers", h.rural ? "mio" : "kgd",
                            months.size(), m, amount);
                }
            }
        }
    }
}
