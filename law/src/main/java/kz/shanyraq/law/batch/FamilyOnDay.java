package kz.shanyraq.law.batch;

import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.IncomeType;
import kz.shanyraq.law.family.LoanKind;
import kz.shanyraq.law.family.Relation;
import kz.shanyraq.law.family.ResidenceStatus;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.Measures;
import kz.shanyraq.law.parameter.Law;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One family of a {@link Population} on a day: the family-level facts a measure's conditions read (its region,
 * its members' residence statuses, its loans, its counted income of the previous quarter), read from the columns and
 * from the one {@link MemberScan} of the family. The batch engine moves one cursor over a whole country
 * ({@link #at}); the explained path makes a population of one family and scans it ({@link #of}), so a family-level
 * condition written once on this class decides both paths. A cursor is not thread-safe.
 */
public final class FamilyOnDay {

    private static final int OTHER_LOAN = LoanKind.OTHER.ordinal();
    private static final int NON_RESIDENT = ResidenceStatus.NON_RESIDENT.ordinal();
    private static final int CHILD = Relation.CHILD.ordinal();
    private static final int WARD = Relation.WARD.ordinal();
    private static final int HEAD = Relation.HEAD.ordinal();

    final Population p;
    final MemberScan s;
    final Day day;
    int f;
    /** The batch engine's results so far (the measures before this one in the catalogue); null in the explained path. */
    BatchResult results;
    /** The family and law of the explained path; null in the batch engine. */
    private Family family;
    private Law law;
    private String otherMeasure;
    private List<Decision> otherDecisions;

    FamilyOnDay(Population p, MemberScan s, Day day) {
        this.p = p;
        this.s = s;
        this.day = day;
    }

    /**
     * {@code family} on the law's day as a population of one, scanned as the batch engine scans (the income types
     * not counted are the law's {@code asp.income.excluded-types} of the day).
     */
    public static FamilyOnDay of(Family family, Law law) {
        Population p = MemberOnDay.populationOf(family);
        Day day = new Day(law.day());
        MemberScan s = new MemberScan(day, MemberScan.excludedIncome(law));
        s.scan(p, 0, 1);
        FamilyOnDay f = new FamilyOnDay(p, s, day).at(0);
        f.family = family;
        f.law = law;
        return f;
    }

    FamilyOnDay at(int family) {
        this.f = family;
        return this;
    }

    public LocalDate day() {
        return day.date;
    }

    public String id() {
        return p.ids.decode(p.familyId[f]);
    }

    /** How many members the family has. */
    public int members() {
        return p.memberStart[f + 1] - p.memberStart[f];
    }

    /** The region code the family document gives ({@code null} none). */
    public String region() {
        return p.region[f] < 0 ? null : p.regions[p.region[f]];
    }

    /** The bit of a residence status in {@link #allStatusesIn}'s mask. */
    public static int statusBit(ResidenceStatus status) {
        return 1 << status.ordinal();
    }

    /** Whether every member has a residence status of the mask (a member without one is outside any mask). */
    public boolean allStatusesIn(int mask) {
        return (s.statuses[f - s.from] & ~mask) == 0;
    }

    /** The members outside the mask, each as "id status-code" ("none" for a member without a status). */
    public List<String> membersOutside(int mask) {
        List<String> outside = new ArrayList<>();
        for (int m = p.memberStart[f]; m < p.memberStart[f + 1]; m++) {
            int st = p.status[m];
            if (st < 0 || (mask & 1 << st) == 0) {
                outside.add(p.ids.decode(p.memberId[m]) + " " + (st < 0 ? "none"
                        : Population.STATUSES[st].name().toLowerCase().replace('_', '-')));
            }
        }
        return outside;
    }

    /** Whether a loan not of the {@code exempt} kinds (by {@link LoanKind} ordinal) is outstanding on the day. */
    public boolean outstandingLoanBesides(boolean[] exempt) {
        for (int l = p.loanStart[f]; l < p.loanStart[f + 1]; l++) {
            if (outstanding(l) && !exempt[kind(l)]) {
                return true;
            }
        }
        return false;
    }

    /** The loans {@link #outstandingLoanBesides} finds, each as "member kind since date". */
    public List<String> outstandingLoansBesides(boolean[] exempt) {
        List<String> loans = new ArrayList<>();
        for (int l = p.loanStart[f]; l < p.loanStart[f + 1]; l++) {
            if (outstanding(l) && !exempt[kind(l)]) {
                loans.add(p.ids.decode(p.loanMemberId[l]) + " " + Population.LOAN_KINDS[kind(l)].name().toLowerCase()
                        .replace('_', '-') + " since " + Population.day(p.loanOpened[l]));
            }
        }
        return loans;
    }

    private boolean outstanding(int l) {
        return p.loanOpened[l] <= day.epoch && (p.loanClosed[l] == Population.NO_DAY || p.loanClosed[l] > day.epoch);
    }

    private int kind(int l) {
        return p.loanKind[l] < 0 ? OTHER_LOAN : p.loanKind[l];
    }

    /**
     * The family's income of the quarter before the day's quarter, less the types the law does not count
     * ({@code asp.income.excluded-types}, read by the scan): the one sum targeted social assistance compares with the
     * poverty line and the well-being features read (0 when the excluded types are not given).
     */
    public long countedIncome() {
        return s.quarterIncome[f - s.from];
    }

    /** The income of that quarter by type code, counted ({@code counted}) or not, as the explanation shows it. */
    public Map<String, Long> incomeByType(boolean counted) {
        Map<String, Long> byType = new TreeMap<>();
        for (int in = p.incomeStart[f]; in < p.incomeStart[f + 1]; in++) {
            int month = p.incomeMonth[in];
            if (month < s.incomeFrom || month > s.incomeTo) {
                continue;
            }
            boolean excluded = s.excludedIncome != null && s.excludedIncome[p.incomeType[in]];
            if (excluded != counted) {
                byType.merge(Population.INCOME_TYPES[p.incomeType[in]].code(), p.incomeAmount[in], Long::sum);
            }
        }
        return byType;
    }

    /** The scan's mask of the whole years of age {@code from}–{@code to}, for {@link #anyAged}. */
    public static long agesMask(int from, int to) {
        return MemberScan.yearsMask(from, to);
    }

    /** Whether the scan saw a member of an age of the mask (a quick test before {@link #membersAged}). */
    public boolean anyAged(long mask) {
        return (s.years[f - s.from] & mask) != 0;
    }

    /** How many members are born by the day and of {@code from}–{@code to} whole years of age on it. */
    public int membersAged(int from, int to) {
        int n = 0;
        for (int m = p.memberStart[f]; m < p.memberStart[f + 1]; m++) {
            if (day.bornBy(p, m)) {
                int age = day.age(p, m);
                n += age >= from && age <= to ? 1 : 0;
            }
        }
        return n;
    }

    /** Those members, each as "id (age)". */
    public List<String> membersAgedShown(int from, int to) {
        List<String> shown = new ArrayList<>();
        for (int m = p.memberStart[f]; m < p.memberStart[f + 1]; m++) {
            if (day.bornBy(p, m)) {
                int age = day.age(p, m);
                if (age >= from && age <= to) {
                    shown.add(p.ids.decode(p.memberId[m]) + " (" + age + ")");
                }
            }
        }
        return shown;
    }

    /**
     * The family's outcome under another measure of the catalogue that comes before the one asking ({@link Outcome}):
     * in the batch engine its column, in the explained path its own {@code evaluate}.
     */
    public byte outcomeOf(Measure measure) {
        if (results == null) {
            return Outcome.of(decisionsOf(measure));
        }
        return results.outcome[MeasureIndex.of(measure.id())][f];
    }

    /** The family's one decision under another measure, in the explained path only (for what it shows). */
    public Decision decisionOf(Measure measure) {
        if (family == null) {
            throw new IllegalStateException("a measure's decision object is read only in the explained path");
        }
        return decisionsOf(measure).get(0);
    }

    /** Another measure's decisions for the family of the explained path, evaluated once per cursor. */
    private List<Decision> decisionsOf(Measure measure) {
        if (!measure.id().equals(otherMeasure)) {
            otherDecisions = measure.evaluate(family, law, false);
            otherMeasure = measure.id();
        }
        return otherDecisions;
    }

    /** The index of each measure in the catalogue order the batch engine's columns follow. */
    private static final class MeasureIndex {
        private static final List<String> IDS = Measures.all().stream().map(Measure::id).toList();

        static int of(String id) {
            return IDS.indexOf(id);
        }
    }

    /** Whether the family has a recorded loss of a breadwinner. */
    public boolean breadwinnerLost() {
        return p.lossOf[f] >= 0;
    }

    /** The day the breadwinner died or was declared dead ({@code null} not given). */
    public LocalDate diedOn() {
        return Population.day(p.diedOn[p.lossOf[f]]);
    }

    /** Whether the breadwinner died (or was declared dead) by the day. */
    public boolean diedByTheDay() {
        int died = p.diedOn[p.lossOf[f]];
        return died != Population.NO_DAY && died <= day.epoch;
    }

    /** The deceased's dependants who are members of the family and permanently reside in Kazakhstan. */
    public int residentDependants() {
        return dependants(Integer.MAX_VALUE, false);
    }

    /** Of them, with both parents lost, those under {@code age} (orphans); 0 when not both parents were lost. */
    public int orphansUnder(int age) {
        return p.bothParentsLost[p.lossOf[f]] ? dependants(age, true) : 0;
    }

    private int dependants(int under, boolean byAge) {
        int l = p.lossOf[f];
        int first = p.memberStart[f];
        int n = 0;
        for (int d = p.dependantStart[l]; d < p.dependantStart[l + 1]; d++) {
            int local = p.dependantLocal[d];
            if (local < 0 || p.status[first + local] == NON_RESIDENT) {
                continue;
            }
            n += !byAge || day.age(p, first + local) < under ? 1 : 0;
        }
        return n;
    }

    /** Whether a member is related to the head as a child or ward (adopted, under guardianship). */
    public boolean hasChildOrWard() {
        return s.any(f, MemberScan.CHILD_OR_WARD);
    }

    /** The index in the family of its first member related as head, {@code -1} when none is. */
    public int firstHead() {
        int head = s.head[f - s.from];
        if (head < 127) {
            return head;
        }
        // a head beyond the scan's byte: look for it
        for (int m = p.memberStart[f] + 127; m < p.memberStart[f + 1]; m++) {
            if (p.relation[m] == HEAD) {
                return m - p.memberStart[f];
            }
        }
        return -1;
    }

    /** The id of the {@code i}-th member in the family document. */
    public String memberId(int i) {
        return p.ids.decode(p.memberId[p.memberStart[f] + i]);
    }

    /** The residence status of the {@code i}-th member ({@code null} when the registry gives none). */
    public ResidenceStatus status(int i) {
        int st = p.status[p.memberStart[f] + i];
        return st < 0 ? null : Population.STATUSES[st];
    }

    /** Whether the {@code i}-th member lives permanently in Kazakhstan (anyone but a non-resident). */
    public boolean permanentlyResident(int i) {
        return p.status[p.memberStart[f] + i] != NON_RESIDENT;
    }

    /**
     * Children and wards born by the day, not non-resident, under 18 on it (the scan's count): the minors a
     * multi-child family counts.
     */
    public int residentMinorChildren() {
        return s.minors[f - s.from];
    }

    /**
     * Children and wards born by the day, not non-resident, 18 or older and younger than {@code ageLimit} years, who
     * study full time on the day (the members walked only when the scan saw an adult child with a study record).
     */
    public int residentAdultChildrenStudyingUnder(int ageLimit) {
        if (s.adultStudents[f - s.from] == 0) {
            return 0;
        }
        int n = 0;
        for (int m = p.memberStart[f]; m < p.memberStart[f + 1]; m++) {
            int rel = p.relation[m];
            if ((rel != CHILD && rel != WARD) || !day.bornBy(p, m) || p.status[m] == NON_RESIDENT) {
                continue;
            }
            int age = day.age(p, m);
            int study = p.studyOf[m];
            if (age >= 18 && age < ageLimit && study >= 0 && day.within(p.studyFrom[study], p.studyUntil[study])) {
                n++;
            }
        }
        return n;
    }

    /** Whether the family has a recorded loss of a breadwinner with the day of death given. */
    public boolean breadwinnerLostOnADay() {
        int l = p.lossOf[f];
        return l >= 0 && p.diedOn[l] != Population.NO_DAY;
    }

    /** Whether the deceased breadwinner took part in social insurance (a record of it). */
    public boolean deceasedInsured() {
        return p.deceasedInsurance[p.lossOf[f]] >= 0;
    }

    /** The deceased's months of participation, as {@code SocialInsurance.participation()} (insured). */
    public int deceasedParticipation() {
        return MemberOnDay.participation(p, p.deceasedInsurance[p.lossOf[f]]);
    }

    /**
     * The income the deceased's social contributions were paid on over the {@code months} calendar months before
     * the month of {@code rightArises}, as {@code AverageMonthlyIncome.windowIncome} (insured).
     */
    public long deceasedContributionIncome(LocalDate rightArises, int months) {
        return InsuranceColumns.windowIncome(p, p.deceasedInsurance[p.lossOf[f]],
                (int) rightArises.toEpochDay(), months);
    }

    /**
     * How many of the deceased's dependants who are members are born by the day and under {@code ageLimit}, or
     * under {@code studentLimit} and studying full time on the day.
     */
    public int dependantsPaid(int ageLimit, int studentLimit) {
        int n = 0;
        for (int d = p.dependantStart[p.lossOf[f]]; d < p.dependantStart[p.lossOf[f] + 1]; d++) {
            n += dependantPaid(d, ageLimit, studentLimit) ? 1 : 0;
        }
        return n;
    }

    /** Those dependants' ids, in the order the loss lists them. */
    public List<String> dependantsPaidIds(int ageLimit, int studentLimit) {
        List<String> ids = new ArrayList<>();
        for (int d = p.dependantStart[p.lossOf[f]]; d < p.dependantStart[p.lossOf[f] + 1]; d++) {
            if (dependantPaid(d, ageLimit, studentLimit)) {
                ids.add(p.ids.decode(p.memberId[p.memberStart[f] + p.dependantLocal[d]]));
            }
        }
        return ids;
    }

    private boolean dependantPaid(int d, int ageLimit, int studentLimit) {
        int local = p.dependantLocal[d];
        if (local < 0) {
            return false;
        }
        int m = p.memberStart[f] + local;
        if (!day.bornBy(p, m)) {
            return false;
        }
        int age = day.age(p, m);
        int s = p.studyOf[m];
        return age < ageLimit || (age < studentLimit && s >= 0 && day.within(p.studyFrom[s], p.studyUntil[s]));
    }

    /** Whether some member has no sex on record. */
    public boolean sexMissing() {
        return s.any(f, MemberScan.SEX_MISSING);
    }

    /** By {@link IncomeType} or {@link LoanKind} code list: whether each ordinal's code is listed. */
    public static boolean[] listed(List<String> codes, Enum<?>[] values) {
        boolean[] listed = new boolean[values.length];
        for (Enum<?> v : values) {
            String code = v instanceof IncomeType t ? t.code() : v.name().toLowerCase().replace('_', '-');
            listed[v.ordinal()] = codes.contains(code);
        }
        return listed;
    }
}
