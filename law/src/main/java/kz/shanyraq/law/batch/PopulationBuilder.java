package kz.shanyraq.law.batch;

import kz.shanyraq.law.family.Assets;
import kz.shanyraq.law.family.Award;
import kz.shanyraq.law.family.LandPlot;
import kz.shanyraq.law.family.Livestock;
import kz.shanyraq.law.family.RealEstate;
import kz.shanyraq.law.family.Vehicle;
import kz.shanyraq.law.family.BreadwinnerLoss;
import kz.shanyraq.law.family.Contribution;
import kz.shanyraq.law.family.Disability;
import kz.shanyraq.law.family.Employment;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Income;
import kz.shanyraq.law.family.Loan;
import kz.shanyraq.law.family.Maternity;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.family.Resettlement;
import kz.shanyraq.law.family.SocialInsurance;
import kz.shanyraq.law.family.Study;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static kz.shanyraq.law.batch.Population.NO_INT;
import static kz.shanyraq.law.batch.Population.epochDay;
import static kz.shanyraq.law.batch.Population.monthIndex;

/**
 * Collects families into a {@link Population}, column by column. Not thread-safe: one builder per thread (or feed
 * it from one thread). {@link #build()} trims the columns; the builder is not used after.
 *
 * <pre>{@code
 * PopulationBuilder b = new PopulationBuilder();
 * families.forEach(b::add);
 * Population p = b.build();
 * }</pre>
 */
public final class PopulationBuilder {

    /** A family larger than this is refused (member references are one byte). */
    public static final int MAX_MEMBERS = 127;

    final TextIds ids = new TextIds();
    final Dictionary regions = new Dictionary();
    final Dictionary districts = new Dictionary();
    private int keepIncomeFrom = Integer.MIN_VALUE;

    final Columns.Longs familyId = new Columns.Longs();
    final Columns.Ints region = new Columns.Ints();
    final Columns.Ints district = new Columns.Ints();
    final Columns.Bytes locality = new Columns.Bytes();
    final Columns.Ints memberStart = start();
    final Columns.Ints incomeStart = start();
    final Columns.Ints loanStart = start();
    final Columns.Ints resettlementOf = new Columns.Ints();
    final Columns.Ints lossOf = new Columns.Ints();

    final Columns.Longs memberId = new Columns.Longs();
    final Columns.Longs iin = new Columns.Longs();
    final Columns.Ints birth = new Columns.Ints();
    final Columns.Bytes sex = new Columns.Bytes();
    final Columns.Bytes relation = new Columns.Bytes();
    final Columns.Bytes status = new Columns.Bytes();
    final Columns.Longs motherId = new Columns.Longs();
    final Columns.Bytes motherLocal = new Columns.Bytes();
    final Columns.Ints birthOrder = new Columns.Ints();
    final Columns.Bytes longIllness = new Columns.Bytes();
    final Columns.Ints disabilityOf = new Columns.Ints();
    final Columns.Ints insuranceOf = new Columns.Ints();
    final Columns.Ints studyOf = new Columns.Ints();
    final Columns.Ints employmentOf = new Columns.Ints();
    final Columns.Ints maternityOf = new Columns.Ints();
    final Columns.Ints awardStart = start();
    final Columns.Ints careStart = start();

    final Columns.Bytes disabilityGroup = new Columns.Bytes();
    final Columns.Bytes disabilityCause = new Columns.Bytes();
    final Columns.Ints disabilityFrom = new Columns.Ints();
    final Columns.Ints disabilityUntil = new Columns.Ints();
    final Columns.Ints workCapacityLoss = new Columns.Ints();
    final Columns.Ints participation = new Columns.Ints();
    final Columns.Ints contributionStart = start();
    final Columns.Ints contributionMonth = new Columns.Ints();
    final Columns.Longs contributionIncome = new Columns.Longs();
    final Columns.Ints studyFrom = new Columns.Ints();
    final Columns.Ints studyUntil = new Columns.Ints();
    final Columns.Bytes employed = new Columns.Bytes();
    final Columns.Ints jobLostOn = new Columns.Ints();
    final Columns.Ints registeredOn = new Columns.Ints();
    final Columns.Ints maternityStart = new Columns.Ints();
    final Columns.Ints maternityDays = new Columns.Ints();
    final Columns.Bytes awardKind = new Columns.Bytes();
    final Columns.Ints awardedOn = new Columns.Ints();
    final Columns.Longs caresFor = new Columns.Longs();
    final Columns.Bytes caresForLocal = new Columns.Bytes();

    final Columns.Bytes incomeMember = new Columns.Bytes();
    final Columns.Longs incomeMemberId = new Columns.Longs();
    final Columns.Ints incomeMonth = new Columns.Ints();
    final Columns.Bytes incomeType = new Columns.Bytes();
    final Columns.Longs incomeAmount = new Columns.Longs();
    final Columns.Longs loanMemberId = new Columns.Longs();
    final Columns.Bytes loanKind = new Columns.Bytes();
    final Columns.Ints loanOpened = new Columns.Ints();
    final Columns.Ints loanClosed = new Columns.Ints();
    final Columns.Bytes resettlerKind = new Columns.Bytes();
    final Columns.Bytes inRegionalQuota = new Columns.Bytes();
    final List<String> fromRegion = new ArrayList<>();
    final Columns.Ints settledOn = new Columns.Ints();
    final Columns.Ints rentRateMrp = new Columns.Ints();
    final Columns.Ints diedOn = new Columns.Ints();
    final Columns.Longs deceasedIin = new Columns.Longs();
    final Columns.Bytes bothParentsLost = new Columns.Bytes();
    final Columns.Ints dependantStart = start();
    final Columns.Longs dependant = new Columns.Longs();
    final Columns.Bytes dependantLocal = new Columns.Bytes();
    final Columns.Ints deceasedInsurance = new Columns.Ints();
    final Columns.Longs loanPayment = new Columns.Longs();

    // ---- assets (per family ranges)
    final Columns.Ints estateStart = start();
    final Columns.Longs estateMemberId = new Columns.Longs();
    final Columns.Bytes estateKind = new Columns.Bytes();
    final List<java.math.BigDecimal> estateArea = new ArrayList<>();
    final Columns.Ints estateFrom = new Columns.Ints();
    final Columns.Ints estateUntil = new Columns.Ints();
    final Columns.Ints vehicleStart = start();
    final Columns.Longs vehicleMemberId = new Columns.Longs();
    final Columns.Bytes vehicleKind = new Columns.Bytes();
    final Columns.Ints vehicleMade = new Columns.Ints();
    final Columns.Ints vehicleFrom = new Columns.Ints();
    final Columns.Ints vehicleUntil = new Columns.Ints();
    final Columns.Ints landStart = start();
    final Columns.Longs landMemberId = new Columns.Longs();
    final List<java.math.BigDecimal> landHectares = new ArrayList<>();
    final Columns.Bytes landPurpose = new Columns.Bytes();
    final Columns.Ints landFrom = new Columns.Ints();
    final Columns.Ints landUntil = new Columns.Ints();
    final Columns.Ints livestockStart = start();
    final Columns.Longs livestockMemberId = new Columns.Longs();
    final Columns.Bytes livestockSpecies = new Columns.Bytes();
    final Columns.Ints livestockHead = new Columns.Ints();
    final Columns.Ints livestockAsOf = new Columns.Ints();

    private boolean built;

    // ---- the family being fed (primitive API)
    private boolean inFamily;
    private long currentFamily;
    private int familyMembersFrom;
    private int familyCaresFrom;
    private int familyIncomesFrom;
    private int familyDependantsFrom;
    /** A member's facts are being fed (false once the family's own facts have begun). */
    private boolean inMember;
    /**
     * The family's own facts have begun (its last member finished): the per-row facts (incomes, loans, property)
     * check this one flag instead of the family and member states each time.
     */
    private boolean inFamilyFacts;
    private int pendingDisability;
    private int pendingInsurance;
    private int pendingStudy;
    private int pendingEmployment;
    private int pendingMaternity;
    /** An insurance (a member's or the deceased's) whose contributions are being fed. */
    private boolean insuranceOpen;
    private int pendingResettlement;
    private int pendingLoss;
    private int pendingDeceasedInsurance;

    /**
     * Keeps only incomes of {@code first} and later months (memory: 24 months of incomes of 20 M persons do not
     * need to be held when the evaluation reads one quarter). Measures read the income of the quarter before the
     * evaluation quarter; a window starting later than that changes results, so choose it from the date.
     */
    public PopulationBuilder keepIncomeFrom(YearMonth first) {
        keepIncomeFrom = monthIndex(first);
        return this;
    }

    /**
     * Makes room for about {@code families} families so that the columns do not grow while they are fed (growing
     * copied each income column a dozen times per slice of the national recompute). Sizes are generous averages:
     * more families, members or incomes still fit, by growing.
     */
    public PopulationBuilder expect(int families) {
        int members = families * 4;
        int incomes = families * 12;
        for (Columns.Ints c : List.of(region, district, memberStart, incomeStart, loanStart, resettlementOf, lossOf,
                estateStart, vehicleStart, landStart, livestockStart)) {
            c.reserve(families + 1);
        }
        familyId.reserve(families);
        locality.reserve(families);
        // every member has these (the per-member fact indexes too, -1 for none)
        for (Columns.Ints c : List.of(birth, birthOrder, disabilityOf, insuranceOf, studyOf, employmentOf, maternityOf,
                awardStart, careStart, jobLostOn, registeredOn)) {
            c.reserve(members + 1);
        }
        for (Columns.Bytes c : List.of(sex, relation, status, motherLocal, longIllness, employed)) {
            c.reserve(members);
        }
        memberId.reserve(members);
        iin.reserve(members);
        motherId.reserve(members);
        incomeMember.reserve(incomes);
        incomeMemberId.reserve(incomes);
        incomeMonth.reserve(incomes);
        incomeType.reserve(incomes);
        incomeAmount.reserve(incomes);
        contributionMonth.reserve(incomes);
        contributionIncome.reserve(incomes);
        return this;
    }

    // ================= ids and codes for the primitive API =================

    /** The id code of a whole number written in decimal without leading zeros (a registry's numeric id). */
    public static long number(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("id: " + value + " is negative; pass it as text");
        }
        return digits(value, decimalLength(value));
    }

    /** The id code of a text of {@code length} decimal digits (an IIN with its leading zeros: length 12). */
    public static long digits(long value, int length) {
        if (length < 1 || length > 17 || value < 0 || decimalLength(value) > length) {
            throw new IllegalArgumentException("id: " + value + " does not fit " + length + " digits (at most 17)");
        }
        return value * 32 + length;
    }

    /** The id code of any text (as {@link #add(Family)} codes the law's text ids); null is no id. */
    public long text(String id) {
        return ids.encode(id);
    }

    /** The code of a region (dictionary-encoded: ask once per distinct text, keep the code). */
    public int region(String code) {
        return regions.code(code);
    }

    /** The code of a district (dictionary-encoded), -1 for none. */
    public int district(String id) {
        return districts.code(id);
    }

    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    /** Decimal digits of a non-negative number, without dividing (ids of every member pass here). */
    static int decimalLength(long v) {
        if (v == 0) {
            return 1;
        }
        int t = ((64 - Long.numberOfLeadingZeros(v)) * 1233) >>> 12; // ≈ bits × log10(2), never over the length
        return v >= POWERS_OF_TEN[t] ? t + 1 : t;
    }

    // ================= the primitive feeding API =================
    //
    // One family at a time: family(...), then its members, each member(...) followed by that member's facts
    // (disability, insurance and its contributions, study, employment, maternity, awards, cares-for), then the
    // family's facts (incomes, loans, property, resettlement, breadwinner loss and its dependants and the
    // deceased's insurance), then endFamily(). Dates are epoch days (Population.NO_DAY for none), months are
    // year*12 + month-1, enums are ordinals (-1 for none), missing whole numbers Population.NO_INT. Ids are codes
    // from number(), digits() or text(). add(Family) feeds families through these same methods.

    /** Begins a family: its id code, region and district codes ({@link #region}, {@link #district}), locality ordinal. */
    public PopulationBuilder family(long id, int regionCode, int districtCode, int localityOrdinal) {
        if (built) {
            throw new IllegalStateException("the population is already built");
        }
        if (inFamily) {
            throw new IllegalStateException("family " + ids.decode(currentFamily) + " was not ended");
        }
        if (regionCode > Short.MAX_VALUE) {
            throw new IllegalArgumentException("family " + ids.decode(id) + ": region: too many distinct regions");
        }
        inFamily = true;
        inFamilyFacts = false;
        currentFamily = id;
        familyMembersFrom = memberId.n;
        familyCaresFrom = caresFor.n;
        familyIncomesFrom = incomeAmount.n;
        familyDependantsFrom = dependant.n;
        inMember = false;
        insuranceOpen = false;
        pendingResettlement = -1;
        pendingLoss = -1;
        pendingDeceasedInsurance = -1;
        familyId.add(id);
        region.add(regionCode);
        district.add(districtCode);
        locality.add(localityOrdinal);
        return this;
    }

    /** Adds a member to the family begun; the member's own facts follow. */
    public PopulationBuilder member(long id, long iinCode, int birthDay, int sexOrdinal, int relationOrdinal,
                                    int statusOrdinal, long motherIdCode, int birthOrderOrNoInt, boolean longIll) {
        requireFamily();
        finishMember();
        if (memberId.n - familyMembersFrom >= MAX_MEMBERS) {
            throw new IllegalArgumentException("family " + ids.decode(currentFamily) + ": members: more than "
                    + MAX_MEMBERS);
        }
        inMember = true;
        inFamilyFacts = false;
        pendingDisability = -1;
        pendingInsurance = -1;
        pendingStudy = -1;
        pendingEmployment = -1;
        pendingMaternity = -1;
        memberId.add(id);
        iin.add(iinCode);
        birth.add(birthDay);
        sex.add(sexOrdinal);
        relation.add(relationOrdinal);
        status.add(statusOrdinal);
        motherId.add(motherIdCode);
        motherLocal.add(-1); // resolved when the family ends (the mother may come later)
        birthOrder.add(birthOrderOrNoInt);
        longIllness.add(longIll ? 1 : 0);
        return this;
    }

    /** The member's disability (group 0 for none). */
    public PopulationBuilder disability(int group, int causeOrdinal, int fromDay, int untilDay, int workCapacityLossOrNoInt) {
        requireMember("disability");
        pendingDisability = disabilityFrom.n;
        disabilityGroup.add(group);
        disabilityCause.add(causeOrdinal);
        disabilityFrom.add(fromDay);
        disabilityUntil.add(untilDay);
        workCapacityLoss.add(workCapacityLossOrNoInt);
        return this;
    }

    /** The member's social insurance; its contributions follow ({@link #contribution}). */
    public PopulationBuilder insurance(int participationMonthsOrNoInt) {
        requireMember("insurance");
        pendingInsurance = openInsurance(participationMonthsOrNoInt);
        return this;
    }

    /** One month's contribution to the insurance opened last (the member's or the deceased breadwinner's). */
    public PopulationBuilder contribution(int month, long income) {
        if (!insuranceOpen) {
            throw new IllegalStateException("family " + ids.decode(currentFamily) + ": a contribution without an insurance");
        }
        contributionMonth.add(month);
        contributionIncome.add(income);
        return this;
    }

    public PopulationBuilder study(int fromDay, int untilDay) {
        requireMember("study");
        pendingStudy = studyFrom.n;
        studyFrom.add(fromDay);
        studyUntil.add(untilDay);
        return this;
    }

    public PopulationBuilder employment(boolean isEmployed, int jobLostOnDay, int registeredUnemployedOnDay) {
        requireMember("employment");
        pendingEmployment = jobLostOn.n;
        employed.add(isEmployed ? 1 : 0);
        jobLostOn.add(jobLostOnDay);
        registeredOn.add(registeredUnemployedOnDay);
        return this;
    }

    public PopulationBuilder maternity(int leaveStartsOnDay, int days) {
        requireMember("maternity");
        pendingMaternity = maternityStart.n;
        maternityStart.add(leaveStartsOnDay);
        maternityDays.add(days);
        return this;
    }

    public PopulationBuilder award(int kindOrdinal, int awardedOnDay) {
        requireMember("award");
        awardKind.add(kindOrdinal);
        awardedOn.add(awardedOnDay);
        return this;
    }

    /** A person the member cares for (matched to a member of the family when the family ends). */
    public PopulationBuilder caresFor(long idCode) {
        requireMember("cares for");
        caresFor.add(idCode);
        caresForLocal.add(-1);
        return this;
    }

    /** An income of a member; months before {@link #keepIncomeFrom} are dropped. */
    public PopulationBuilder income(long memberIdCode, int month, int typeOrdinal, long amount) {
        if (!inFamilyFacts) {
            familyFacts();
        }
        if (month < keepIncomeFrom) {
            return this;
        }
        incomeMember.add(-1);
        incomeMemberId.add(memberIdCode);
        incomeMonth.add(month);
        incomeType.add(typeOrdinal);
        incomeAmount.add(amount);
        return this;
    }

    public PopulationBuilder loan(long memberIdCode, int kindOrdinal, int openedDay, int closedDay, long monthlyPaymentOrNoLong) {
        if (!inFamilyFacts) {
            familyFacts();
        }
        loanMemberId.add(memberIdCode);
        loanKind.add(kindOrdinal);
        loanOpened.add(openedDay);
        loanClosed.add(closedDay);
        loanPayment.add(monthlyPaymentOrNoLong);
        return this;
    }

    public PopulationBuilder realEstate(long memberIdCode, int kindOrdinal, java.math.BigDecimal areaM2, int fromDay, int untilDay) {
        if (!inFamilyFacts) {
            familyFacts();
        }
        estateMemberId.add(memberIdCode);
        estateKind.add(kindOrdinal);
        estateArea.add(areaM2);
        estateFrom.add(fromDay);
        estateUntil.add(untilDay);
        return this;
    }

    public PopulationBuilder vehicle(long memberIdCode, int kindOrdinal, int madeYearOrNoInt, int fromDay, int untilDay) {
        if (!inFamilyFacts) {
            familyFacts();
        }
        vehicleMemberId.add(memberIdCode);
        vehicleKind.add(kindOrdinal);
        vehicleMade.add(madeYearOrNoInt);
        vehicleFrom.add(fromDay);
        vehicleUntil.add(untilDay);
        return this;
    }

    public PopulationBuilder landPlot(long memberIdCode, java.math.BigDecimal hectares, int purposeOrdinal, int fromDay, int untilDay) {
        if (!inFamilyFacts) {
            familyFacts();
        }
        landMemberId.add(memberIdCode);
        landHectares.add(hectares);
        landPurpose.add(purposeOrdinal);
        landFrom.add(fromDay);
        landUntil.add(untilDay);
        return this;
    }

    public PopulationBuilder livestock(long memberIdCode, int speciesOrdinal, int head, int asOfDay) {
        if (!inFamilyFacts) {
            familyFacts();
        }
        livestockMemberId.add(memberIdCode);
        livestockSpecies.add(speciesOrdinal);
        livestockHead.add(head);
        livestockAsOf.add(asOfDay);
        return this;
    }

    public PopulationBuilder resettlement(int kindOrdinal, boolean inQuota, String from, int settledOnDay, int rentRateMrpOrNoInt) {
        familyFacts();
        if (pendingResettlement >= 0) {
            throw new IllegalStateException("family " + ids.decode(currentFamily) + ": two resettlements");
        }
        pendingResettlement = settledOn.n;
        resettlerKind.add(kindOrdinal);
        inRegionalQuota.add(inQuota ? 1 : 0);
        fromRegion.add(from);
        settledOn.add(settledOnDay);
        rentRateMrp.add(rentRateMrpOrNoInt);
        return this;
    }

    /** The family's breadwinner loss; its dependants and the deceased's insurance follow. */
    public PopulationBuilder breadwinnerLoss(int diedOnDay, long deceasedIinCode, boolean bothParents) {
        familyFacts();
        if (pendingLoss >= 0) {
            throw new IllegalStateException("family " + ids.decode(currentFamily) + ": two breadwinner losses");
        }
        pendingLoss = diedOn.n;
        diedOn.add(diedOnDay);
        deceasedIin.add(deceasedIinCode);
        bothParentsLost.add(bothParents ? 1 : 0);
        return this;
    }

    public PopulationBuilder dependant(long idCode) {
        requireLoss();
        dependant.add(idCode);
        dependantLocal.add(-1);
        return this;
    }

    /** The deceased breadwinner's insurance; its contributions follow ({@link #contribution}). */
    public PopulationBuilder deceasedInsurance(int participationMonthsOrNoInt) {
        requireLoss();
        pendingDeceasedInsurance = openInsurance(participationMonthsOrNoInt);
        return this;
    }

    /** Ends the family begun: resolves member references (mother, cares-for, incomes, dependants). */
    public PopulationBuilder endFamily() {
        requireFamily();
        familyFacts();
        closeInsurance();
        int from = familyMembersFrom;
        int to = memberId.n;
        memberStart.add(to);
        for (int m = from; m < to; m++) {
            motherLocal.a[m] = (byte) localOf(motherId.a[m], from, to);
        }
        for (int i = familyCaresFrom; i < caresFor.n; i++) {
            caresForLocal.a[i] = (byte) localOf(caresFor.a[i], from, to);
        }
        for (int i = familyIncomesFrom; i < incomeAmount.n; i++) {
            incomeMember.a[i] = (byte) localOf(incomeMemberId.a[i], from, to);
        }
        incomeStart.add(incomeAmount.n);
        loanStart.add(loanOpened.n);
        estateStart.add(estateFrom.n);
        vehicleStart.add(vehicleFrom.n);
        landStart.add(landFrom.n);
        livestockStart.add(livestockAsOf.n);
        resettlementOf.add(pendingResettlement);
        if (pendingLoss < 0) {
            lossOf.add(-1);
        } else {
            for (int i = familyDependantsFrom; i < dependant.n; i++) {
                dependantLocal.a[i] = (byte) localOf(dependant.a[i], from, to);
            }
            lossOf.add(pendingLoss);
            dependantStart.add(dependant.n);
            deceasedInsurance.add(pendingDeceasedInsurance);
        }
        inFamily = false;
        inFamilyFacts = false;
        return this;
    }

    private void requireFamily() {
        if (built) {
            throw new IllegalStateException("the population is already built");
        }
        if (!inFamily) {
            throw new IllegalStateException("no family begun");
        }
    }

    private void requireMember(String fact) {
        requireFamily();
        if (!inMember) {
            throw new IllegalStateException("family " + ids.decode(currentFamily) + ": " + fact
                    + " fed outside a member");
        }
    }

    private void requireLoss() {
        requireFamily();
        if (pendingLoss < 0 || pendingLoss != diedOn.n - 1) {
            throw new IllegalStateException("family " + ids.decode(currentFamily) + ": no breadwinner loss begun");
        }
    }

    /** The family's own facts begin: the last member's facts are complete. */
    private void familyFacts() {
        requireFamily();
        finishMember();
        inFamilyFacts = true;
    }

    private void finishMember() {
        if (!inMember) {
            return;
        }
        closeInsurance();
        disabilityOf.add(pendingDisability);
        insuranceOf.add(pendingInsurance);
        studyOf.add(pendingStudy);
        employmentOf.add(pendingEmployment);
        maternityOf.add(pendingMaternity);
        awardStart.add(awardedOn.n);
        careStart.add(caresFor.n);
        inMember = false;
    }

    private int openInsurance(int participationMonths) {
        closeInsurance();
        int index = participation.n;
        participation.add(participationMonths);
        insuranceOpen = true;
        return index;
    }

    private void closeInsurance() {
        if (insuranceOpen) {
            contributionStart.add(contributionIncome.n);
            insuranceOpen = false;
        }
    }

    /** The first member of the family with this id, -1 for none (as the law looks members up). */
    private int localOf(long code, int from, int to) {
        if (code == TextIds.NONE) {
            return -1;
        }
        for (int m = from; m < to; m++) {
            if (memberId.a[m] == code) {
                return m - from;
            }
        }
        return -1;
    }

    // ================= the law's objects, through the same methods =================

    /** Adds one family; refuses (naming the family) a family of more than {@link #MAX_MEMBERS} members. */
    public PopulationBuilder add(Family f) {
        if (built) {
            throw new IllegalStateException("the population is already built");
        }
        if (f.members().size() > MAX_MEMBERS) {
            throw new IllegalArgumentException("family " + f.id() + ": members: " + f.members().size()
                    + " is more than " + MAX_MEMBERS);
        }
        family(ids.encode(f.id()), regions.code(f.region()), districts.code(f.district()),
                f.locality() == null ? -1 : f.locality().ordinal());
        for (Member m : f.members()) {
            addMember(m);
        }
        for (Income in : f.incomes()) {
            income(ids.encode(in.memberId()), monthIndex(in.month()), in.type().ordinal(), in.amount());
        }
        for (Loan l : f.loans()) {
            loan(ids.encode(l.memberId()), l.kind() == null ? -1 : l.kind().ordinal(), epochDay(l.openedOn()),
                    epochDay(l.closedOn()), l.monthlyPayment() == null ? Population.NO_LONG : l.monthlyPayment());
        }
        addAssets(f.assets());
        Resettlement rs = f.resettlement();
        if (rs != null) {
            resettlement(rs.kind() == null ? -1 : rs.kind().ordinal(), rs.inRegionalQuota(), rs.fromRegion(),
                    epochDay(rs.settledOn()), rs.rentSubsidyRateMrp() == null ? NO_INT : rs.rentSubsidyRateMrp());
        }
        BreadwinnerLoss loss = f.breadwinnerLoss();
        if (loss != null) {
            breadwinnerLoss(epochDay(loss.diedOn()), ids.encode(loss.deceasedIin()), loss.bothParentsLost());
            for (String d : loss.dependants()) {
                dependant(ids.encode(d));
            }
            SocialInsurance insurance = loss.deceasedInsurance();
            if (insurance != null) {
                deceasedInsurance(insurance.participationMonths() == null ? NO_INT : insurance.participationMonths());
                for (Contribution c : insurance.contributions()) {
                    contribution(monthIndex(c.month()), c.income());
                }
            }
        }
        return endFamily();
    }

    private void addAssets(Assets a) {
        for (RealEstate r : a.realEstate()) {
            realEstate(ids.encode(r.memberId()), r.kind() == null ? -1 : r.kind().ordinal(), r.areaM2(),
                    epochDay(r.from()), epochDay(r.until()));
        }
        for (Vehicle v : a.vehicles()) {
            vehicle(ids.encode(v.memberId()), v.kind() == null ? -1 : v.kind().ordinal(),
                    v.madeYear() == null ? NO_INT : v.madeYear(), epochDay(v.from()), epochDay(v.until()));
        }
        for (LandPlot l : a.landPlots()) {
            landPlot(ids.encode(l.memberId()), l.hectares(), l.purpose() == null ? -1 : l.purpose().ordinal(),
                    epochDay(l.from()), epochDay(l.until()));
        }
        for (Livestock l : a.livestock()) {
            livestock(ids.encode(l.memberId()), l.species() == null ? -1 : l.species().ordinal(), l.head(),
                    epochDay(l.asOf()));
        }
    }

    private void addMember(Member m) {
        member(ids.encode(m.id()), ids.encode(m.iin()), epochDay(m.birthDate()),
                m.sex() == null ? -1 : m.sex().ordinal(), m.relation() == null ? -1 : m.relation().ordinal(),
                m.status().ordinal(), ids.encode(m.motherId()), m.birthOrder() == null ? NO_INT : m.birthOrder(),
                m.longIllness());
        Disability d = m.disability();
        if (d != null) {
            disability(d.group() == null ? 0 : d.group(), d.cause() == null ? -1 : d.cause().ordinal(),
                    epochDay(d.from()), epochDay(d.until()),
                    d.workCapacityLossPercent() == null ? NO_INT : d.workCapacityLossPercent());
        }
        SocialInsurance insurance = m.socialInsurance();
        if (insurance != null) {
            insurance(insurance.participationMonths() == null ? NO_INT : insurance.participationMonths());
            for (Contribution c : insurance.contributions()) {
                contribution(monthIndex(c.month()), c.income());
            }
        }
        Study s = m.study();
        if (s != null) {
            study(epochDay(s.from()), epochDay(s.until()));
        }
        Employment e = m.employment();
        if (e != null) {
            employment(e.employed(), epochDay(e.jobLostOn()), epochDay(e.registeredUnemployedOn()));
        }
        Maternity mat = m.maternity();
        if (mat != null) {
            maternity(epochDay(mat.leaveStartsOn()), mat.days());
        }
        for (Award a : m.awards()) {
            award(a.kind() == null ? -1 : a.kind().ordinal(), epochDay(a.awardedOn()));
        }
        for (String c : m.caresFor()) {
            caresFor(ids.encode(c));
        }
    }

    /** The population of every family added, in the order added. */
    public Population build() {
        built = true;
        inFamilyFacts = false;
        return new Population(this);
    }

    private static Columns.Ints start() {
        Columns.Ints c = new Columns.Ints();
        c.add(0);
        return c;
    }
}
