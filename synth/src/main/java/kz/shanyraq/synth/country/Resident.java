package kz.shanyraq.synth.country;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One person of the synthetic country while it is being generated: the generator's working record (mutable,
 * fields open to the generator and the row writer), not a domain object of the registry.
 */
public final class Resident {

    /** Order within the chunk; the registry id is the chunk's first person id + local. */
    public int local;
    public LocalDate birth;
    public boolean female;
    public String iin;
    /** Deceased breadwinners only. */
    public LocalDate death;

    public Resident mother;
    public Resident father;
    /** Birth order among the mother's children (0 = not recorded). */
    public int birthOrder;
    /** Child care to 1.5 years is paid for this child in the reference months (the history keeps the decision). */
    public boolean childcarePaid;
    /** Children this woman has borne by the reference date (including those who left home). */
    public int births;
    /** The day she bore her sixth child (the award of «Күміс алқа» follows it), or null. */
    public LocalDate sixthBirth;
    /** Expected birth after the reference date (pregnant), else null. */
    public LocalDate dueDate;

    /** The family the person is (or was) a member of; null for a parent who died before joining it. */
    public Household household;
    public Role role;
    public LocalDate memberFrom;
    public LocalDate memberTo;

    public Resident spouse;
    public LocalDate marriedOn;
    /** For grandchildren raised by a grandparent who lost both parents: the guardian. */
    public Resident guardian;

    public Status status = Status.CITIZEN;
    public LocalDate statusFrom;
    /** A kandas who has since become a citizen: citizen from this day. */
    public LocalDate citizenFrom;

    /** 0 = no disability; 1 … 3 group; -1 = a young child with disability (no group). */
    public int disabilityGroup;
    public String disabilityCause;
    public LocalDate disabilityFrom;
    /** Percentage of lost working capacity set by the ГФСС (0 = none). */
    public int workCapacityLoss;

    public LocalDate studyFrom;
    public LocalDate studyTo;

    public boolean employee;
    public boolean entrepreneur;
    /** Monthly wage of 2026 (or the last wage before a job loss). */
    public long wage;
    public LocalDate jobFrom;
    public LocalDate jobTo;
    public String jobEndReason;
    public boolean contractRegistered;
    /** Index of the employer in the region's employer list. */
    public int employer;
    public LocalDate unemployedFrom;

    public long pension;
    public boolean insured;
    public int participationMonths;
    /** First month of the 24 months of contributions kept, or null. */
    public LocalDate contributionsFrom;
    public long[] contributions;

    public String award;
    public LocalDate awardedOn;
    public LocalDate maternityLeaveStart;
    public int maternityLeaveDays;
    public LocalDate illnessFrom;
    public Resident caresFor;
    public LocalDate careFrom;

    public final List<Facts.IncomeStream> incomes = new ArrayList<>(2);
    /** Incomes received every month since a day, from which the history is written (null: none). */
    public List<Facts.StandingIncome> standing;
    /** Incomes of the history months ({@link CountryPlan#historyMonths()}), amounts by history month; null: none. */
    public List<Facts.IncomeStream> pastIncomes;
    public List<Facts.Loan> loans;
    public List<Facts.Vehicle> vehicles;
    public List<Facts.Estate> estates;
    public List<Facts.LandPlot> land;

    private int age = -1;

    /** Whole years of age on the reference date (computed once: the birth day never changes after creation). */
    public int age() {
        if (age < 0) {
            age = SyntheticCalendar.age(birth);
        }
        return age;
    }

    public boolean alive() {
        return death == null;
    }

    public boolean pensionAge() {
        return age() >= (female ? SyntheticCalendar.PENSION_AGE_WOMEN : SyntheticCalendar.PENSION_AGE_MEN);
    }

    public boolean disabled() {
        return disabilityGroup != 0;
    }

    public boolean studyingFullTime() {
        return studyTo != null && !studyTo.isBefore(SyntheticCalendar.REFERENCE_DATE)
                && !studyFrom.isAfter(SyntheticCalendar.REFERENCE_DATE);
    }

    /** Adds monthly income; income of a type and source already recorded is summed (one row per month). */
    public void addIncome(String type, String source, long[] amounts) {
        for (Facts.IncomeStream s : incomes) {
            if (s.type().equals(type) && s.source().equals(source)) {
                for (int m = 0; m < amounts.length; m++) {
                    s.amounts()[m] += amounts[m];
                }
                return;
            }
        }
        incomes.add(new Facts.IncomeStream(type, source, amounts.clone()));
    }

    /** Records an income received every month since a day (for the history months). */
    public void addStanding(Facts.StandingIncome income) {
        if (standing == null) {
            standing = new ArrayList<>(2);
        }
        standing.add(income);
    }

    /** Adds income of one history month ({@code months} history months in all); summed per type and source. */
    public void addPastIncome(String type, String source, int months, int month, long amount) {
        if (amount <= 0) {
            return;
        }
        if (pastIncomes == null) {
            pastIncomes = new ArrayList<>(2);
        }
        for (Facts.IncomeStream s : pastIncomes) {
            if (s.type().equals(type) && s.source().equals(source)) {
                s.amounts()[month] += amount;
                return;
            }
        }
        long[] amounts = new long[months];
        amounts[month] = amount;
        pastIncomes.add(new Facts.IncomeStream(type, source, amounts));
    }

    public long incomeTotal(int fromMonth, int toMonth) {
        long t = 0;
        for (Facts.IncomeStream s : incomes) {
            t += s.total(fromMonth, toMonth);
        }
        return t;
    }
}
