package kz.shanyraq.law.batch;

import kz.shanyraq.law.family.Relation;

/**
 * One pass over the members of a block of families, made once before the kernels run on that block: each member's
 * age in months on the day, and for each family the few facts that tell a kernel whether it has anything to look
 * at (a child under one, a disability in force, a maternity leave…). Most families have no candidate for most
 * measures, so a kernel reads one flag word instead of walking the members again; the kernels still decide from the
 * columns, the flags only skip families where the kernel's own member loop would find no one.
 *
 * <p>A family's flags are a superset test: a flag set means "maybe", never "certainly". One scan per evaluating
 * thread, reused block after block (no allocation per family).
 */
final class MemberScan {

    /** A member related as a child or ward. */
    static final int CHILD_OR_WARD = 1;
    /** A member with a motherhood award given on or before the day (or without a date). */
    static final int AWARD = 1 << 1;
    /** A member born by the day with a disability record. */
    static final int DISABLED = 1 << 2;
    /** A member born by the day, under 18, with a disability in force on the day. */
    static final int DISABLED_CHILD = 1 << 3;
    /** A member with a disability in force on the day that records a loss of work capacity. */
    static final int WORK_CAPACITY_LOSS = 1 << 4;
    /** A member whose employment records a registration or a job loss. */
    static final int JOB_LOSS = 1 << 5;
    /** A member with a maternity leave that has a start day. */
    static final int MATERNITY = 1 << 6;
    /** A member without a sex. */
    static final int SEX_MISSING = 1 << 7;
    /** The family resettles (a resettlement record). */
    static final int RESETTLEMENT = 1 << 8;
    /** The family lost a breadwinner (a loss record). */
    static final int LOSS = 1 << 9;
    /** The family lost a breadwinner with a known day of death. */
    static final int LOSS_DATED = 1 << 10;
    /** The family has at least one member. */
    static final int MEMBERS = 1 << 11;
    /** Set for every family: the candidates of a measure no kernel knows. */
    static final int ALWAYS = 1 << 12;
    /** A member born by the day and under one year old (bit 0 of {@link #years}). */
    static final int UNDER_ONE = 1 << 13;
    /** A member born by the day and under two years old (bits 0 and 1 of {@link #years}). */
    static final int UNDER_TWO = 1 << 14;

    /** Bit 63 of {@link #years}: a member born by the day aged 63 or more. */
    static final int OLDEST_YEAR_BIT = 63;

    private static final int CHILD = Relation.CHILD.ordinal();
    private static final int HEAD = Relation.HEAD.ordinal();
    private static final int NON_RESIDENT = kz.shanyraq.law.family.ResidenceStatus.NON_RESIDENT.ordinal();
    private static final int WARD = Relation.WARD.ordinal();

    private final Day day;
    /** By income type ordinal: not counted ({@code asp.income.excluded-types}); null when not given. */
    final boolean[] excludedIncome;
    final int incomeFrom;
    final int incomeTo;

    int from;
    int to;
    int firstMember;
    /** By member (index − {@link #firstMember}): whole months of age on the day, as {@link Day#ageInMonths}. */
    int[] ageMonths = new int[0];
    /** By family (index − {@link #from}): the flags above. */
    int[] flags = new int[0];
    /** By family: bit {@code y} when a member born by the day is {@code y} whole years old (63 and over: bit 63). */
    long[] years = new long[0];
    /** By family: the age in months of its youngest member born by the day; {@link Integer#MAX_VALUE} if none. */
    int[] youngest = new int[0];
    /** By family: bit {@code s} when a member has residence status ordinal {@code s} (bit 31: status missing). */
    int[] statuses = new int[0];
    /**
     * By family: the income of the quarter before the day's quarter, less the excluded types, as targeted social
     * assistance and the well-being features count it (0 when the excluded types are not given).
     */
    long[] quarterIncome = new long[0];
    /** By family: bit {@code i} when member {@code i} (local index below 64) had a positive income in that quarter. */
    long[] withIncome = new long[0];
    /**
     * By family, when the well-being features are measured: the member counts of {@link WellbeingKernel} packed in
     * 8-bit lanes (a family of more than 64 members is measured object-wise and its lanes are not read), see
     * {@link #CHILDREN} and the following lane offsets.
     */
    long[] countsA = new long[0];
    /** By family: the local index of its first head, −1 if none (the multi-child allowance's applicant). */
    byte[] head = new byte[0];
    /** By family: children and wards born by the day, not non-resident, under 18 (counted by that allowance). */
    int[] minors = new int[0];
    /** By family: children and wards born by the day, not non-resident, 18 or older, with a study record. */
    int[] adultStudents = new int[0];
    long[] countsB = new long[0];

    /** Lanes of {@link #countsA}. */
    static final int CHILDREN = 0, PENSION_AGE = 8, WORKING_AGE = 16, WORKING = 24, WORKING_NOT = 32,
            DEPENDANTS = 40, GROUP_1 = 48, GROUP_2 = 56;
    /** Lanes of {@link #countsB}. */
    static final int GROUP_3 = 0, DISABLED_CHILDREN = 8, ILL = 16, STUDYING = 24, ABLE = 32, IDLE = 40, YOUTH_IDLE = 48;

    private static final int FEMALE = kz.shanyraq.law.family.Sex.FEMALE.ordinal();
    private static final int YOUTH_FROM = 16 * 12;
    private static final int YOUTH_UNTIL = 23 * 12;
    /** Whether to count the well-being members (the features are measured on the day). */
    private final boolean counts;
    private final long minMonths;
    private final long menMonths;
    private final long womenMonths;

    /**
     * @param excludedIncome by income type ordinal, whether {@code asp.income.excluded-types} excludes it; null when
     *                       that parameter is not given on the day
     */
    MemberScan(Day day, boolean[] excludedIncome) {
        this(day, excludedIncome, false, 0, 0, 0);
    }

    /**
     * A scan that also counts the members as the well-being features do, with the able-bodied ages in months
     * ({@code asp.able-bodied.*}).
     */
    MemberScan(Day day, boolean[] excludedIncome, boolean counts, long minMonths, long menMonths, long womenMonths) {
        this.day = day;
        this.excludedIncome = excludedIncome;
        this.counts = counts;
        this.minMonths = minMonths;
        this.menMonths = menMonths;
        this.womenMonths = womenMonths;
        this.incomeFrom = day.month - day.month % 3 - 3;
        this.incomeTo = incomeFrom + 2;
    }

    /** Scans families {@code from}–{@code to}. */
    void scan(Population p, int from, int to) {
        this.from = from;
        this.to = to;
        int families = to - from;
        if (flags.length < families) {
            flags = new int[families];
            years = new long[families];
            youngest = new int[families];
            statuses = new int[families];
            quarterIncome = new long[families];
            withIncome = new long[families];
            countsA = new long[families];
            countsB = new long[families];
            head = new byte[families];
            minors = new int[families];
            adultStudents = new int[families];
        }
        int first = p.memberStart[from];
        int members = p.memberStart[to] - first;
        if (ageMonths.length < members) {
            ageMonths = new int[Math.max(members, ageMonths.length * 2)];
        }
        firstMember = first;
        int epoch = day.epoch;
        int dayMonth = day.month;
        int dom = day.dom;
        int[] memberStart = p.memberStart;
        int[] birth = p.birth;
        int[] birthMonth = p.birthMonth;
        byte[] birthDom = p.birthDom;
        byte[] relation = p.relation;
        byte[] sex = p.sex;
        byte[] status = p.status;
        int[] awardStart = p.awardStart;
        int[] disabilityOf = p.disabilityOf;
        int[] employmentOf = p.employmentOf;
        int[] maternityOf = p.maternityOf;
        for (int f = from; f < to; f++) {
            int i = f - from;
            int fl = ALWAYS;
            long y = 0;
            int young = Integer.MAX_VALUE;
            int st = 0;
            long income = 0;
            long earners = 0;
            for (int in = p.incomeStart[f]; in < p.incomeStart[f + 1]; in++) {
                int month = p.incomeMonth[in];
                if (month < incomeFrom || month > incomeTo) {
                    continue;
                }
                if (excludedIncome != null && !excludedIncome[p.incomeType[in]]) {
                    income += p.incomeAmount[in];
                }
                int local = p.incomeMember[in];
                if (p.incomeAmount[in] > 0 && local >= 0 && local < 64) {
                    earners |= 1L << local;
                }
            }
            long ca = 0;
            long cb = 0;
            int minor = 0;
            int adultStudent = 0;
            int headLocal = -1;
            int firstOfFamily = memberStart[f];
            int last = memberStart[f + 1];
            for (int m = firstOfFamily; m < last; m++) {
                // Day.ageInMonths, inlined: whole months as Period.between(birth, day).toTotalMonths()
                int t = dayMonth - birthMonth[m];
                if (t > 0 && dom < birthDom[m]) {
                    t--;
                } else if (t < 0 && dom > birthDom[m]) {
                    t++;
                }
                ageMonths[m - first] = t;
                boolean born = birth[m] <= epoch;
                if (born) {
                    y |= 1L << Math.min(t / 12, OLDEST_YEAR_BIT);
                    young = Math.min(young, t);
                }
                int rel = relation[m];
                if (rel == CHILD || rel == WARD) {
                    fl |= CHILD_OR_WARD;
                    if (born && status[m] != NON_RESIDENT) {
                        if (t < 18 * 12) {
                            minor++;
                        } else if (p.studyOf[m] >= 0) {
                            adultStudent++;
                        }
                    }
                } else if (rel == HEAD && headLocal < 0) {
                    headLocal = m - firstOfFamily;
                }
                if (sex[m] < 0) {
                    fl |= SEX_MISSING;
                }
                st |= status[m] < 0 ? 1 << 31 : 1 << status[m];
                for (int a = awardStart[m]; a < awardStart[m + 1]; a++) {
                    if (p.awardedOn[a] == Population.NO_DAY || p.awardedOn[a] <= epoch) {
                        fl |= AWARD;
                        break;
                    }
                }
                int d = disabilityOf[m];
                boolean inForce = false;
                if (d >= 0) {
                    inForce = day.within(p.disabilityFrom[d], p.disabilityUntil[d]);
                    if (born) {
                        fl |= DISABLED;
                        if (t < 18 * 12 && inForce) {
                            fl |= DISABLED_CHILD;
                        }
                    }
                    if (inForce && p.workCapacityLoss[d] != Population.NO_INT) {
                        fl |= WORK_CAPACITY_LOSS;
                    }
                }
                int e = employmentOf[m];
                if (e >= 0 && (p.registeredOn[e] != Population.NO_DAY || p.jobLostOn[e] != Population.NO_DAY)) {
                    fl |= JOB_LOSS;
                }
                int mat = maternityOf[m];
                if (mat >= 0 && p.maternityStart[mat] != Population.NO_DAY) {
                    fl |= MATERNITY;
                }
                if (counts) {
                    // WellbeingKernel's member counts, as it defined them (the age of a member not yet born is
                    // negative: a child), one lane each, without a branch where the JIT can avoid one
                    int sv = p.studyOf[m];
                    boolean studies = sv >= 0 && day.within(p.studyFrom[sv], p.studyUntil[sv]);
                    boolean employed = e >= 0 && p.employed[e];
                    boolean child = t < 18 * 12;
                    boolean pensionAge = t >= (sex[m] == FEMALE ? womenMonths : menMonths);
                    boolean workingAge = t >= minMonths && !pensionAge;
                    int group = inForce ? p.disabilityGroup[d] : 0;
                    boolean severe = group != 0 && group <= 2;
                    boolean ill = p.longIllness[m];
                    boolean able = workingAge && !severe && !ill && !studies;
                    boolean registered = e >= 0 && p.registeredOn[e] != Population.NO_DAY
                            && p.registeredOn[e] <= epoch;
                    boolean cares = p.careStart[m + 1] > p.careStart[m] || mat >= 0;
                    int local = m - firstOfFamily;
                    boolean earned = local < 64 && (earners & (1L << local)) != 0;
                    ca += (child ? 1L : 0) << CHILDREN
                            | (pensionAge ? 1L : 0) << PENSION_AGE
                            | (workingAge ? 1L : 0) << WORKING_AGE
                            | (workingAge && employed ? 1L : 0) << WORKING
                            | (workingAge && !employed ? 1L : 0) << WORKING_NOT
                            | (child || pensionAge || (workingAge && severe) ? 1L : 0) << DEPENDANTS;
                    cb += (ill ? 1L : 0) << ILL
                            | (studies ? 1L : 0) << STUDYING
                            | (able ? 1L : 0) << ABLE
                            | (able && !employed && !registered && !cares && !earned ? 1L : 0) << IDLE
                            | (t >= YOUTH_FROM && t < YOUTH_UNTIL && !studies && !employed ? 1L : 0) << YOUTH_IDLE;
                    if (inForce) {
                        if (child || group == 0) {
                            cb += 1L << DISABLED_CHILDREN;
                        } else if (group == 1) {
                            ca += 1L << GROUP_1;
                        } else if (group == 2) {
                            ca += 1L << GROUP_2;
                        } else {
                            cb += 1L << GROUP_3;
                        }
                    }
                }
            }
            countsA[i] = ca;
            countsB[i] = cb;
            minors[i] = minor;
            adultStudents[i] = adultStudent;
            head[i] = (byte) Math.min(headLocal, 127);
            if (last > firstOfFamily) {
                fl |= MEMBERS;
            }
            if (p.resettlementOf[f] >= 0) {
                fl |= RESETTLEMENT;
            }
            int l = p.lossOf[f];
            if (l >= 0) {
                fl |= LOSS;
                if (p.diedOn[l] != Population.NO_DAY) {
                    fl |= LOSS_DATED;
                }
            }
            if ((y & 1L) != 0) {
                fl |= UNDER_ONE;
            }
            if ((y & 3L) != 0) {
                fl |= UNDER_TWO;
            }
            quarterIncome[i] = income;
            withIncome[i] = earners;
            flags[i] = fl;
            years[i] = y;
            youngest[i] = young;
            statuses[i] = st;
        }
    }

    /** By income type ordinal, whether the day's {@code asp.income.excluded-types} excludes it; null if not given. */
    static boolean[] excludedIncome(kz.shanyraq.law.parameter.Law law) {
        java.util.List<String> excluded = Known.orNull(() -> law.codes("asp.income.excluded-types"));
        if (excluded == null) {
            return null;
        }
        boolean[] byType = new boolean[Population.INCOME_TYPES.length];
        for (kz.shanyraq.law.family.IncomeType t : Population.INCOME_TYPES) {
            byType[t.ordinal()] = excluded.contains(t.code());
        }
        return byType;
    }

    /** Whether family {@code f} has any of {@code flagBits}. */
    boolean any(int f, int flagBits) {
        return (flags[f - from] & flagBits) != 0;
    }

    /** Age in months of member {@code m} (of the scanned block) on the day. */
    int age(int m) {
        return ageMonths[m - firstMember];
    }

    /** Bits {@code fromYears}–{@code toYears} of {@link #years}; all bits when the range is not within 0–62. */
    static long yearsMask(int fromYears, int toYears) {
        if (fromYears < 0 || toYears >= OLDEST_YEAR_BIT || fromYears > toYears) {
            return fromYears > toYears ? 0 : -1L;
        }
        long mask = 0;
        for (int a = fromYears; a <= toYears; a++) {
            mask |= 1L << a;
        }
        return mask;
    }
}
