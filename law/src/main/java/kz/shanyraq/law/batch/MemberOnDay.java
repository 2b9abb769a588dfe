package kz.shanyraq.law.batch;

import kz.shanyraq.law.family.AwardKind;
import kz.shanyraq.law.family.DisabilityCause;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.ResidenceStatus;

import java.time.LocalDate;

/**
 * One member of a family of a {@link Population}, on a day: the facts a measure's conditions read, named as a social
 * worker names them, read straight from the columns. The batch engine moves one cursor over every candidate member
 * of a whole country ({@link #at}); the explained path makes a population of one family ({@link #of}) and reads the
 * same facts, so a condition written once on this class decides both paths. A cursor is not thread-safe.
 */
public final class MemberOnDay {

    private static final int NON_RESIDENT = ResidenceStatus.NON_RESIDENT.ordinal();
    private static final int KUMIS = AwardKind.KUMIS_ALKA.ordinal();
    /** The last family turned into a population of one on this thread (the measures of one evaluation share it). */
    private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

    final Population p;
    final Day day;
    int m;
    int first;
    int last;

    MemberOnDay(Population p, Day day) {
        this.p = p;
        this.day = day;
    }

    /** The first member of {@code family} on {@code day}, as a population of one (built once per family). */
    public static MemberOnDay of(Family family, LocalDate day) {
        Population p = populationOf(family);
        return new MemberOnDay(p, new Day(day)).at(0, p.memberStart[1], 0);
    }

    /** {@code family} as a population of one, built once per family and thread (the measures of one evaluation share it). */
    static Population populationOf(Family family) {
        Object[] cached = LAST.get();
        if (cached != null && cached[0] == family) {
            return (Population) cached[1];
        }
        Population p = new PopulationBuilder().add(family).build();
        LAST.set(new Object[] {family, p});
        return p;
    }

    /** Positions the cursor at global member {@code m} of the family whose members are {@code first}–{@code last − 1}. */
    MemberOnDay at(int first, int last, int m) {
        this.first = first;
        this.last = last;
        this.m = m;
        return this;
    }

    /** Positions the cursor at the {@code i}-th member of its family (in the family document's order). */
    public MemberOnDay member(int i) {
        m = first + i;
        return this;
    }

    /** How many members the family has. */
    public int members() {
        return last - first;
    }

    public LocalDate day() {
        return day.date;
    }

    /** The member's id in the family document. */
    public String id() {
        return p.ids.decode(p.memberId[m]);
    }

    /** Born by the day. */
    public boolean born() {
        return day.bornBy(p, m);
    }

    /** Whole years of age on the day (born by the day). */
    public int age() {
        return day.age(p, m);
    }

    /** Whole months of age on the day (born by the day). */
    public int ageInMonths() {
        return day.ageInMonths(p, m);
    }

    public LocalDate birthDate() {
        return Population.day(p.birth[m]);
    }

    /** Days from the birth to the day. */
    public int daysSinceBirth() {
        return day.epoch - p.birth[m];
    }

    /** The child's order of birth to the mother, {@code null} when not known. */
    public Integer birthOrder() {
        return p.birthOrder[m] == Population.NO_INT ? null : p.birthOrder[m];
    }

    /** The residence status ({@code null} when the registry gives none). */
    public ResidenceStatus status() {
        return p.status[m] < 0 ? null : Population.STATUSES[p.status[m]];
    }

    /** Lives permanently in Kazakhstan (anyone but a non-resident). */
    public boolean permanentlyResident() {
        return p.status[m] != NON_RESIDENT;
    }

    /** Has a disability on record (the latest that the registry reading kept, in force or not on the day). */
    public boolean hasDisability() {
        return p.disabilityOf[m] >= 0;
    }

    /** Has a disability in force on the day. */
    public boolean disabledOnTheDay() {
        int d = p.disabilityOf[m];
        return d >= 0 && day.within(p.disabilityFrom[d], p.disabilityUntil[d]);
    }

    public LocalDate disabilitySince() {
        return Population.day(p.disabilityFrom[p.disabilityOf[m]]);
    }

    /** The last day of the disability ({@code null} open). */
    public LocalDate disabilityUntil() {
        return Population.day(p.disabilityUntil[p.disabilityOf[m]]);
    }

    /** The disability group as recorded, {@code 0} when none is set. */
    public int disabilityGroup() {
        return p.disabilityGroup[p.disabilityOf[m]];
    }

    /** The cause of the disability ({@link DisabilityCause#OTHER} when the registry gives none). */
    public DisabilityCause disabilityCause() {
        int c = p.disabilityCause[p.disabilityOf[m]];
        return c < 0 ? DisabilityCause.OTHER : Population.CAUSES[c];
    }

    /**
     * The member's highest award received by the day: {@code 2} «Алтын алқа» (or an earlier title or order of the
     * same rate), {@code 1} «Күміс алқа», {@code 0} none.
     */
    public int highestAward() {
        int rate = 0;
        for (int a = p.awardStart[m]; a < p.awardStart[m + 1] && rate < 2; a++) {
            if (p.awardedOn[a] != Population.NO_DAY && p.awardedOn[a] > day.epoch) {
                continue;
            }
            rate = p.awardKind[a] != KUMIS ? 2 : 1;
        }
        return rate;
    }

    /** The family member who raises this child: a declared carer first, else the mother; {@code -1} none. */
    public int carer() {
        return Carers.of(p, first, last, m);
    }

    /** The id of another member of the family given by {@link #carer()}. */
    public String idOf(int member) {
        return p.ids.decode(p.memberId[member]);
    }

    public ResidenceStatus statusOf(int member) {
        return p.status[member] < 0 ? null : Population.STATUSES[p.status[member]];
    }

    public boolean permanentlyResident(int member) {
        return p.status[member] != NON_RESIDENT;
    }

    /**
     * The carer {@code carer} of this child took part in compulsory social insurance when the right arose: the one
     * rule {@code InsuredCarer} on the columns (a contribution for the month of birth or the month before, or before
     * the carer's maternity leave that covers the birth).
     */
    public boolean insuredCarer(int carer) {
        return carer >= 0 && InsuranceColumns.insured(p, carer, m);
    }

    /**
     * The day the right to the ГФСС child-care payment for this child arises for its carer {@code carer}: the one rule
     * {@code InsuredCarer.rightArises} on the columns (the birth, or the day after the carer's maternity leave that
     * covers it).
     */
    public LocalDate childCareRightArises(int carer) {
        return Population.day(InsuranceColumns.rightArises(p, carer, p.birth[m]));
    }

    /**
     * The incomes on which social contributions were paid for {@code member} in the {@code months} calendar months
     * before the month of {@code day} (the averaging window of a ГФСС payment; 0 without a social insurance record).
     */
    public long contributionIncome(int member, LocalDate day, int months) {
        int insurance = p.insuranceOf[member];
        return insurance < 0 ? 0 : InsuranceColumns.windowIncome(p, insurance, (int) day.toEpochDay(), months);
    }

    // ---- the ГФСС payments: social insurance and the events that give a right ----------------------------------

    /** Takes part in compulsory social insurance (a record of it). */
    public boolean insured() {
        return p.insuranceOf[m] >= 0;
    }

    /** Months of participation, as {@code SocialInsurance.participation()} (insured). */
    public int participation() {
        return participation(p, p.insuranceOf[m]);
    }

    /** The months of participation of an insurance record: the months given, or the number of contributions recorded. */
    static int participation(Population p, int insurance) {
        int months = p.participation[insurance];
        return months != Population.NO_INT ? months
                : p.contributionStart[insurance + 1] - p.contributionStart[insurance];
    }

    /**
     * The income social contributions were paid on over the {@code months} calendar months before the month of
     * {@code rightArises}, as {@code AverageMonthlyIncome.windowIncome} (insured).
     */
    public long contributionIncome(LocalDate rightArises, int months) {
        return InsuranceColumns.windowIncome(p, p.insuranceOf[m], (int) rightArises.toEpochDay(), months);
    }

    /** Has a maternity leave with a start day on record. */
    public boolean maternityLeave() {
        int l = p.maternityOf[m];
        return l >= 0 && p.maternityStart[l] != Population.NO_DAY;
    }

    /** The first day of the maternity leave (the right to the payment arises that day). */
    public LocalDate maternityLeaveStarts() {
        return Population.day(p.maternityStart[p.maternityOf[m]]);
    }

    /** Whether the maternity leave starts by the day. */
    public boolean maternityLeaveStarted() {
        return p.maternityStart[p.maternityOf[m]] <= day.epoch;
    }

    /** The days of the maternity leave. */
    public int maternityLeaveDays() {
        return p.maternityDays[p.maternityOf[m]];
    }

    /** Has a disability in force on the day that records a degree of loss of working capacity. */
    public boolean workCapacityLost() {
        int d = p.disabilityOf[m];
        return d >= 0 && p.workCapacityLoss[d] != Population.NO_INT && day.within(p.disabilityFrom[d],
                p.disabilityUntil[d]);
    }

    /** The degree of loss of general working capacity, in per cent (a disability that records one). */
    public int workCapacityLossPercent() {
        return p.workCapacityLoss[p.disabilityOf[m]];
    }

    /** The employment record gives a registration as unemployed or a job loss. */
    public boolean jobLossOnRecord() {
        int e = p.employmentOf[m];
        return e >= 0 && (p.registeredOn[e] != Population.NO_DAY || p.jobLostOn[e] != Population.NO_DAY);
    }

    /** The day of registration as unemployed ({@code null} none; an employment on record). */
    public LocalDate registeredUnemployedOn() {
        return Population.day(p.registeredOn[p.employmentOf[m]]);
    }

    /** Registered as unemployed by the day (an employment on record). */
    public boolean registeredUnemployedByTheDay() {
        int registered = p.registeredOn[p.employmentOf[m]];
        return registered != Population.NO_DAY && registered <= day.epoch;
    }

    /** In work, by the employment record (an employment on record). */
    public boolean employed() {
        return p.employed[p.employmentOf[m]];
    }
}
