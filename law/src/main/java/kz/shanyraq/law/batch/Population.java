package kz.shanyraq.law.batch;

import kz.shanyraq.law.family.Assets;
import kz.shanyraq.law.family.Award;
import kz.shanyraq.law.family.LandPlot;
import kz.shanyraq.law.family.Livestock;
import kz.shanyraq.law.family.RealEstate;
import kz.shanyraq.law.family.Vehicle;
import kz.shanyraq.law.family.AwardKind;
import kz.shanyraq.law.family.BreadwinnerLoss;
import kz.shanyraq.law.family.Contribution;
import kz.shanyraq.law.family.Disability;
import kz.shanyraq.law.family.DisabilityCause;
import kz.shanyraq.law.family.Employment;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Income;
import kz.shanyraq.law.family.IncomeType;
import kz.shanyraq.law.family.Loan;
import kz.shanyraq.law.family.LoanKind;
import kz.shanyraq.law.family.Locality;
import kz.shanyraq.law.family.Maternity;
import kz.shanyraq.law.family.Member;
import kz.shanyraq.law.family.Relation;
import kz.shanyraq.law.family.ResettlerKind;
import kz.shanyraq.law.family.Resettlement;
import kz.shanyraq.law.family.ResidenceStatus;
import kz.shanyraq.law.family.Sex;
import kz.shanyraq.law.family.SocialInsurance;
import kz.shanyraq.law.family.Study;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * N families held column-wise (struct of arrays): one primitive array per fact, strings dictionary-encoded, lists
 * as offsets into shared arrays. Built by {@link PopulationBuilder} from {@link Family} objects of any source, read
 * by {@link BatchEvaluator}; {@link #family(int)} gives a family back as the object the measures read (for an
 * explanation, or for a measure evaluated object-wise). Immutable once built; safe to read from many threads.
 *
 * <p>Encodings: a date is its epoch day ({@link #NO_DAY} for none); a month is {@code year × 12 + month − 1}; an
 * enum is its ordinal ({@code -1} for null); an optional fact of a member (disability, study, employment,
 * maternity, insurance) is an index into that fact's own arrays ({@code -1} for none).
 */
public final class Population {

    /** A missing date. */
    public static final int NO_DAY = Integer.MIN_VALUE;
    /** A missing whole number (birth order, rent-subsidy rate, participation months…). */
    public static final int NO_INT = Integer.MIN_VALUE;
    /** A missing amount (a loan's monthly payment). */
    public static final long NO_LONG = Long.MIN_VALUE;
    /** An area or extent that is missing or not a whole number of ten-thousandths. */
    public static final long NO_E4 = Long.MIN_VALUE;

    static final Sex[] SEXES = Sex.values();
    static final Relation[] RELATIONS = Relation.values();
    static final ResidenceStatus[] STATUSES = ResidenceStatus.values();
    static final DisabilityCause[] CAUSES = DisabilityCause.values();
    static final IncomeType[] INCOME_TYPES = IncomeType.values();
    static final LoanKind[] LOAN_KINDS = LoanKind.values();
    static final AwardKind[] AWARD_KINDS = AwardKind.values();

    final int size;
    final int persons;
    final TextIds ids;
    final String[] regions;
    final String[] districts;

    // ---- per family
    final long[] familyId;
    final short[] region;
    final int[] district;
    final byte[] locality;
    final int[] memberStart;     // size + 1
    final int[] incomeStart;     // size + 1
    final int[] loanStart;       // size + 1
    final int[] resettlementOf;  // -1 none
    final int[] lossOf;          // -1 none

    // ---- per member (global index)
    final long[] memberId;
    final long[] iin;
    final int[] birth;
    /** Birth month as {@code year × 12 + month − 1} and day of month: ages without date objects. */
    final int[] birthMonth;
    final byte[] birthDom;
    final byte[] sex;
    final byte[] relation;
    final byte[] status;
    final long[] motherId;
    final byte[] motherLocal;    // -1 not a member of the family
    final int[] birthOrder;
    final boolean[] longIllness;
    final int[] disabilityOf;
    final int[] insuranceOf;
    final int[] studyOf;
    final int[] employmentOf;
    final int[] maternityOf;
    final int[] awardStart;      // persons + 1
    final int[] careStart;       // persons + 1

    // ---- member facts
    final byte[] disabilityGroup; // 0 = null
    final byte[] disabilityCause;
    final int[] disabilityFrom;
    final int[] disabilityUntil;
    final int[] workCapacityLoss;
    final int[] participation;
    final int[] contributionStart; // insurances + 1
    final int[] contributionMonth;
    final long[] contributionIncome;
    final int[] studyFrom;
    final int[] studyUntil;
    final boolean[] employed;
    final int[] jobLostOn;
    final int[] registeredOn;
    final int[] maternityStart;
    final int[] maternityDays;
    final byte[] awardKind;
    final int[] awardedOn;
    final long[] caresFor;
    final byte[] caresForLocal;    // -1 not a member

    // ---- family facts
    final byte[] incomeMember;     // local index; -1 not a member
    final long[] incomeMemberId;
    final int[] incomeMonth;
    final byte[] incomeType;
    final long[] incomeAmount;
    final long[] loanMemberId;
    final byte[] loanKind;
    final int[] loanOpened;
    final int[] loanClosed;
    final byte[] resettlerKind;
    final boolean[] inRegionalQuota;
    final String[] fromRegion;
    final int[] settledOn;
    final int[] rentRateMrp;
    final int[] diedOn;
    final long[] deceasedIin;
    final boolean[] bothParentsLost;
    final int[] dependantStart;    // losses + 1
    final long[] dependant;
    final byte[] dependantLocal;
    final int[] deceasedInsurance; // -1 none
    final long[] loanPayment;      // NO_LONG none

    // ---- assets: per family ranges; areas kept as given (to rebuild) and in ten-thousandths (to compute)
    final int[] estateStart;
    final long[] estateMemberId;
    final byte[] estateKind;
    final java.math.BigDecimal[] estateArea;
    final long[] estateAreaE4;
    final int[] estateFrom;
    final int[] estateUntil;
    final int[] vehicleStart;
    final long[] vehicleMemberId;
    final byte[] vehicleKind;
    final int[] vehicleMade;
    final int[] vehicleFrom;
    final int[] vehicleUntil;
    final int[] landStart;
    final long[] landMemberId;
    final java.math.BigDecimal[] landHectares;
    final long[] landHectaresE4;
    final byte[] landPurpose;
    final int[] landFrom;
    final int[] landUntil;
    final int[] livestockStart;
    final long[] livestockMemberId;
    final byte[] livestockSpecies;
    final int[] livestockHead;
    final int[] livestockAsOf;

    Population(PopulationBuilder b) {
        size = b.familyId.n;
        persons = b.memberId.n;
        ids = b.ids;
        regions = b.regions.toArray();
        districts = b.districts.toArray();
        familyId = b.familyId.trim();
        region = toShorts(b.region.trim());
        district = b.district.trim();
        locality = b.locality.trim();
        memberStart = b.memberStart.trim();
        incomeStart = b.incomeStart.trim();
        loanStart = b.loanStart.trim();
        resettlementOf = b.resettlementOf.trim();
        lossOf = b.lossOf.trim();
        memberId = b.memberId.trim();
        iin = b.iin.trim();
        birth = b.birth.trim();
        birthMonth = new int[birth.length];
        birthDom = new byte[birth.length];
        // No loop in this constructor itself: called once a slice, it then stays with the quick compiler; a loop here
        // had HotSpot's C2 compile its ≈ 90 column copies four times (≈ 85 kB of code each, seconds of a core).
        birthCalendar(birth, birthMonth, birthDom);
        sex = b.sex.trim();
        relation = b.relation.trim();
        status = b.status.trim();
        motherId = b.motherId.trim();
        motherLocal = b.motherLocal.trim();
        birthOrder = b.birthOrder.trim();
        longIllness = toBooleans(b.longIllness.trim());
        disabilityOf = b.disabilityOf.trim();
        insuranceOf = b.insuranceOf.trim();
        studyOf = b.studyOf.trim();
        employmentOf = b.employmentOf.trim();
        maternityOf = b.maternityOf.trim();
        awardStart = b.awardStart.trim();
        careStart = b.careStart.trim();
        disabilityGroup = b.disabilityGroup.trim();
        disabilityCause = b.disabilityCause.trim();
        disabilityFrom = b.disabilityFrom.trim();
        disabilityUntil = b.disabilityUntil.trim();
        workCapacityLoss = b.workCapacityLoss.trim();
        participation = b.participation.trim();
        contributionStart = b.contributionStart.trim();
        contributionMonth = b.contributionMonth.trim();
        contributionIncome = b.contributionIncome.trim();
        studyFrom = b.studyFrom.trim();
        studyUntil = b.studyUntil.trim();
        employed = toBooleans(b.employed.trim());
        jobLostOn = b.jobLostOn.trim();
        registeredOn = b.registeredOn.trim();
        maternityStart = b.maternityStart.trim();
        maternityDays = b.maternityDays.trim();
        awardKind = b.awardKind.trim();
        awardedOn = b.awardedOn.trim();
        caresFor = b.caresFor.trim();
        caresForLocal = b.caresForLocal.trim();
        incomeMember = b.incomeMember.trim();
        incomeMemberId = b.incomeMemberId.trim();
        incomeMonth = b.incomeMonth.trim();
        incomeType = b.incomeType.trim();
        incomeAmount = b.incomeAmount.trim();
        loanMemberId = b.loanMemberId.trim();
        loanKind = b.loanKind.trim();
        loanOpened = b.loanOpened.trim();
        loanClosed = b.loanClosed.trim();
        resettlerKind = b.resettlerKind.trim();
        inRegionalQuota = toBooleans(b.inRegionalQuota.trim());
        fromRegion = b.fromRegion.toArray(new String[0]);
        settledOn = b.settledOn.trim();
        rentRateMrp = b.rentRateMrp.trim();
        diedOn = b.diedOn.trim();
        deceasedIin = b.deceasedIin.trim();
        bothParentsLost = toBooleans(b.bothParentsLost.trim());
        dependantStart = b.dependantStart.trim();
        dependant = b.dependant.trim();
        dependantLocal = b.dependantLocal.trim();
        deceasedInsurance = b.deceasedInsurance.trim();
        loanPayment = b.loanPayment.trim();
        estateStart = b.estateStart.trim();
        estateMemberId = b.estateMemberId.trim();
        estateKind = b.estateKind.trim();
        estateArea = b.estateArea.toArray(new java.math.BigDecimal[0]);
        estateAreaE4 = e4(estateArea);
        estateFrom = b.estateFrom.trim();
        estateUntil = b.estateUntil.trim();
        vehicleStart = b.vehicleStart.trim();
        vehicleMemberId = b.vehicleMemberId.trim();
        vehicleKind = b.vehicleKind.trim();
        vehicleMade = b.vehicleMade.trim();
        vehicleFrom = b.vehicleFrom.trim();
        vehicleUntil = b.vehicleUntil.trim();
        landStart = b.landStart.trim();
        landMemberId = b.landMemberId.trim();
        landHectares = b.landHectares.toArray(new java.math.BigDecimal[0]);
        landHectaresE4 = e4(landHectares);
        landPurpose = b.landPurpose.trim();
        landFrom = b.landFrom.trim();
        landUntil = b.landUntil.trim();
        livestockStart = b.livestockStart.trim();
        livestockMemberId = b.livestockMemberId.trim();
        livestockSpecies = b.livestockSpecies.trim();
        livestockHead = b.livestockHead.trim();
        livestockAsOf = b.livestockAsOf.trim();
    }

    /** Each birth day's month ({@code year × 12 + month − 1}) and day of month. */
    private static void birthCalendar(int[] birth, int[] month, byte[] dayOfMonth) {
        for (int m = 0; m < birth.length; m++) {
            if (birth[m] != NO_DAY) {
                LocalDate d = LocalDate.ofEpochDay(birth[m]);
                month[m] = d.getYear() * 12 + d.getMonthValue() - 1;
                dayOfMonth[m] = (byte) d.getDayOfMonth();
            }
        }
    }

    /** Values in ten-thousandths when exact, else {@link #NO_E4} (null, finer or too large: computed object-wise). */
    private static long[] e4(java.math.BigDecimal[] values) {
        long[] e4 = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            e4[i] = NO_E4;
            if (values[i] != null) {
                try {
                    e4[i] = values[i].movePointRight(4).longValueExact();
                } catch (ArithmeticException e) {
                    // not a whole number of ten-thousandths, or beyond a long
                }
            }
        }
        return e4;
    }

    /** Number of families. */
    public int size() {
        return size;
    }

    /** Number of members over all families. */
    public int persons() {
        return persons;
    }

    /** The family's id as the source gave it. */
    public String familyId(int f) {
        return ids.decode(familyId[f]);
    }

    /**
     * The family's id as a whole number when the source gave it in decimal digits without leading zeros (a registry's
     * sequence id), else -1: what a writer of results needs without making the id's text.
     */
    public long familyNumber(int f) {
        long code = familyId[f];
        if (code < 0) {
            return -1;
        }
        long value = code >>> 5;
        return PopulationBuilder.decimalLength(value) == (int) (code & 31) ? value : -1;
    }

    /** ISO 3166-2:KZ code of the family's region, or null. */
    public String region(int f) {
        return region[f] < 0 ? null : regions[region[f]];
    }

    /** The family's district id, or null. */
    public String district(int f) {
        return district[f] < 0 ? null : districts[district[f]];
    }

    /** Members of family {@code f}. */
    public int memberCount(int f) {
        return memberStart[f + 1] - memberStart[f];
    }

    /** Rough bytes held by the columns (arrays only), for sizing. */
    public long approximateBytes() {
        long bytes = 0;
        for (java.lang.reflect.Field field : Population.class.getDeclaredFields()) {
            if (!field.getType().isArray() || java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            try {
                Object a = field.get(this);
                int n = java.lang.reflect.Array.getLength(a);
                Class<?> t = field.getType().getComponentType();
                int w = t == long.class ? 8 : t == int.class ? 4 : t == short.class ? 2
                        : t == byte.class || t == boolean.class ? 1 : 8;
                bytes += 16 + (long) n * w;
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return bytes;
    }

    /** Family {@code f} as the measures read it: equal, field by field, to the family it was built from. */
    public Family family(int f) {
        int first = memberStart[f];
        int last = memberStart[f + 1];
        List<Member> members = new ArrayList<>(last - first);
        for (int m = first; m < last; m++) {
            members.add(member(m));
        }
        List<Income> incomes = new ArrayList<>(incomeStart[f + 1] - incomeStart[f]);
        for (int i = incomeStart[f]; i < incomeStart[f + 1]; i++) {
            incomes.add(new Income(ids.decode(incomeMemberId[i]), month(incomeMonth[i]),
                    INCOME_TYPES[incomeType[i]], incomeAmount[i]));
        }
        List<Loan> loans = new ArrayList<>(loanStart[f + 1] - loanStart[f]);
        for (int i = loanStart[f]; i < loanStart[f + 1]; i++) {
            loans.add(new Loan(ids.decode(loanMemberId[i]), loanKind[i] < 0 ? null : LOAN_KINDS[loanKind[i]],
                    day(loanOpened[i]), day(loanClosed[i]), loanPayment[i] == NO_LONG ? null : loanPayment[i]));
        }
        Resettlement resettlement = null;
        int r = resettlementOf[f];
        if (r >= 0) {
            resettlement = new Resettlement(resettlerKind[r] < 0 ? null : ResettlerKind.values()[resettlerKind[r]],
                    inRegionalQuota[r], fromRegion[r], day(settledOn[r]),
                    rentRateMrp[r] == NO_INT ? null : rentRateMrp[r]);
        }
        BreadwinnerLoss loss = null;
        int l = lossOf[f];
        if (l >= 0) {
            List<String> dependants = new ArrayList<>();
            for (int d = dependantStart[l]; d < dependantStart[l + 1]; d++) {
                dependants.add(ids.decode(dependant[d]));
            }
            loss = new BreadwinnerLoss(day(diedOn[l]), ids.decode(deceasedIin[l]), bothParentsLost[l], dependants,
                    insurance(deceasedInsurance[l]));
        }
        return new Family(familyId(f), region(f), district(f),
                locality[f] < 0 ? null : Locality.values()[locality[f]], members, incomes, loans, resettlement, loss,
                assets(f));
    }

    private Assets assets(int f) {
        if (estateStart[f] == estateStart[f + 1] && vehicleStart[f] == vehicleStart[f + 1]
                && landStart[f] == landStart[f + 1] && livestockStart[f] == livestockStart[f + 1]) {
            return Assets.NONE;
        }
        List<RealEstate> estates = new ArrayList<>();
        for (int i = estateStart[f]; i < estateStart[f + 1]; i++) {
            estates.add(new RealEstate(ids.decode(estateMemberId[i]),
                    estateKind[i] < 0 ? null : RealEstate.Kind.values()[estateKind[i]], estateArea[i],
                    day(estateFrom[i]), day(estateUntil[i])));
        }
        List<Vehicle> vehicles = new ArrayList<>();
        for (int i = vehicleStart[f]; i < vehicleStart[f + 1]; i++) {
            vehicles.add(new Vehicle(ids.decode(vehicleMemberId[i]),
                    vehicleKind[i] < 0 ? null : Vehicle.Kind.values()[vehicleKind[i]],
                    vehicleMade[i] == NO_INT ? null : vehicleMade[i], day(vehicleFrom[i]), day(vehicleUntil[i])));
        }
        List<LandPlot> land = new ArrayList<>();
        for (int i = landStart[f]; i < landStart[f + 1]; i++) {
            land.add(new LandPlot(ids.decode(landMemberId[i]), landHectares[i],
                    landPurpose[i] < 0 ? null : LandPlot.Purpose.values()[landPurpose[i]], day(landFrom[i]),
                    day(landUntil[i])));
        }
        List<Livestock> livestock = new ArrayList<>();
        for (int i = livestockStart[f]; i < livestockStart[f + 1]; i++) {
            livestock.add(new Livestock(ids.decode(livestockMemberId[i]),
                    livestockSpecies[i] < 0 ? null : Livestock.Species.values()[livestockSpecies[i]],
                    livestockHead[i], day(livestockAsOf[i])));
        }
        return new Assets(estates, vehicles, land, livestock);
    }

    private Member member(int m) {
        Disability disability = null;
        int d = disabilityOf[m];
        if (d >= 0) {
            disability = new Disability(disabilityGroup[d] == 0 ? null : (int) disabilityGroup[d],
                    disabilityCause[d] < 0 ? null : CAUSES[disabilityCause[d]], day(disabilityFrom[d]),
                    day(disabilityUntil[d]), workCapacityLoss[d] == NO_INT ? null : workCapacityLoss[d]);
        }
        List<Award> awards = new ArrayList<>(awardStart[m + 1] - awardStart[m]);
        for (int a = awardStart[m]; a < awardStart[m + 1]; a++) {
            awards.add(new Award(awardKind[a] < 0 ? null : AWARD_KINDS[awardKind[a]], day(awardedOn[a])));
        }
        int s = studyOf[m];
        int e = employmentOf[m];
        int mat = maternityOf[m];
        List<String> cares = new ArrayList<>(careStart[m + 1] - careStart[m]);
        for (int c = careStart[m]; c < careStart[m + 1]; c++) {
            cares.add(ids.decode(caresFor[c]));
        }
        return new Member(ids.decode(memberId[m]), ids.decode(iin[m]), day(birth[m]),
                sex[m] < 0 ? null : SEXES[sex[m]], relation[m] < 0 ? null : RELATIONS[relation[m]],
                status[m] < 0 ? null : STATUSES[status[m]], ids.decode(motherId[m]),
                birthOrder[m] == NO_INT ? null : birthOrder[m], disability, insurance(insuranceOf[m]), awards,
                s < 0 ? null : new Study(day(studyFrom[s]), day(studyUntil[s])),
                e < 0 ? null : new Employment(employed[e], day(jobLostOn[e]), day(registeredOn[e])),
                mat < 0 ? null : new Maternity(day(maternityStart[mat]), maternityDays[mat]),
                longIllness[m], cares);
    }

    private SocialInsurance insurance(int i) {
        if (i < 0) {
            return null;
        }
        List<Contribution> contributions = new ArrayList<>(contributionStart[i + 1] - contributionStart[i]);
        for (int c = contributionStart[i]; c < contributionStart[i + 1]; c++) {
            contributions.add(new Contribution(month(contributionMonth[c]), contributionIncome[c]));
        }
        return new SocialInsurance(participation[i] == NO_INT ? null : participation[i], contributions);
    }

    static LocalDate day(int epochDay) {
        return epochDay == NO_DAY ? null : LocalDate.ofEpochDay(epochDay);
    }

    static int epochDay(LocalDate day) {
        return day == null ? NO_DAY : (int) day.toEpochDay();
    }

    static YearMonth month(int index) {
        return index == NO_DAY ? null : YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }

    static int monthIndex(YearMonth month) {
        return month == null ? NO_DAY : month.getYear() * 12 + month.getMonthValue() - 1;
    }

    private static short[] toShorts(int[] a) {
        short[] s = new short[a.length];
        for (int i = 0; i < a.length; i++) {
            s[i] = (short) a[i];
        }
        return s;
    }

    private static boolean[] toBooleans(byte[] a) {
        boolean[] b = new boolean[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = a[i] != 0;
        }
        return b;
    }
}
