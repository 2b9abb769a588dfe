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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private final Map<String, Integer> local = new HashMap<>();
    private boolean built;

    /**
     * Keeps only incomes of {@code first} and later months (memory: 24 months of incomes of 20 M persons do not
     * need to be held when the evaluation reads one quarter). Measures read the income of the quarter before the
     * evaluation quarter; a window starting later than that changes results, so choose it from the date.
     */
    public PopulationBuilder keepIncomeFrom(YearMonth first) {
        keepIncomeFrom = monthIndex(first);
        return this;
    }

    /** Adds one family; refuses (naming the family) a family of more than {@link #MAX_MEMBERS} members. */
    public PopulationBuilder add(Family family) {
        if (built) {
            throw new IllegalStateException("the population is already built");
        }
        if (family.members().size() > MAX_MEMBERS) {
            throw new IllegalArgumentException("family " + family.id() + ": members: " + family.members().size()
                    + " is more than " + MAX_MEMBERS);
        }
        local.clear();
        List<Member> members = family.members();
        for (int i = 0; i < members.size(); i++) {
            local.putIfAbsent(members.get(i).id(), i);
        }
        familyId.add(ids.encode(family.id()));
        int r = regions.code(family.region());
        if (r > Short.MAX_VALUE) {
            throw new IllegalArgumentException("family " + family.id() + ": region: too many distinct regions");
        }
        region.add(r);
        district.add(districts.code(family.district()));
        locality.add(family.locality() == null ? -1 : family.locality().ordinal());
        for (Member m : members) {
            addMember(m);
        }
        memberStart.add(memberId.n);
        for (Income in : family.incomes()) {
            int month = monthIndex(in.month());
            if (month < keepIncomeFrom) {
                continue;
            }
            incomeMember.add(localOf(in.memberId()));
            incomeMemberId.add(ids.encode(in.memberId()));
            incomeMonth.add(month);
            incomeType.add(in.type().ordinal());
            incomeAmount.add(in.amount());
        }
        incomeStart.add(incomeAmount.n);
        for (Loan l : family.loans()) {
            loanMemberId.add(ids.encode(l.memberId()));
            loanKind.add(l.kind() == null ? -1 : l.kind().ordinal());
            loanOpened.add(epochDay(l.openedOn()));
            loanClosed.add(epochDay(l.closedOn()));
            loanPayment.add(l.monthlyPayment() == null ? Population.NO_LONG : l.monthlyPayment());
        }
        loanStart.add(loanOpened.n);
        addAssets(family.assets());
        Resettlement rs = family.resettlement();
        if (rs == null) {
            resettlementOf.add(-1);
        } else {
            resettlementOf.add(settledOn.n);
            resettlerKind.add(rs.kind() == null ? -1 : rs.kind().ordinal());
            inRegionalQuota.add(rs.inRegionalQuota() ? 1 : 0);
            fromRegion.add(rs.fromRegion());
            settledOn.add(epochDay(rs.settledOn()));
            rentRateMrp.add(rs.rentSubsidyRateMrp() == null ? NO_INT : rs.rentSubsidyRateMrp());
        }
        BreadwinnerLoss loss = family.breadwinnerLoss();
        if (loss == null) {
            lossOf.add(-1);
        } else {
            lossOf.add(diedOn.n);
            diedOn.add(epochDay(loss.diedOn()));
            deceasedIin.add(ids.encode(loss.deceasedIin()));
            bothParentsLost.add(loss.bothParentsLost() ? 1 : 0);
            for (String d : loss.dependants()) {
                dependant.add(ids.encode(d));
                dependantLocal.add(localOf(d));
            }
            dependantStart.add(dependant.n);
            deceasedInsurance.add(addInsurance(loss.deceasedInsurance()));
        }
        return this;
    }

    private void addAssets(Assets a) {
        for (RealEstate r : a.realEstate()) {
            estateMemberId.add(ids.encode(r.memberId()));
            estateKind.add(r.kind() == null ? -1 : r.kind().ordinal());
            estateArea.add(r.areaM2());
            estateFrom.add(epochDay(r.from()));
            estateUntil.add(epochDay(r.until()));
        }
        estateStart.add(estateFrom.n);
        for (Vehicle v : a.vehicles()) {
            vehicleMemberId.add(ids.encode(v.memberId()));
            vehicleKind.add(v.kind() == null ? -1 : v.kind().ordinal());
            vehicleMade.add(v.madeYear() == null ? NO_INT : v.madeYear());
            vehicleFrom.add(epochDay(v.from()));
            vehicleUntil.add(epochDay(v.until()));
        }
        vehicleStart.add(vehicleFrom.n);
        for (LandPlot l : a.landPlots()) {
            landMemberId.add(ids.encode(l.memberId()));
            landHectares.add(l.hectares());
            landPurpose.add(l.purpose() == null ? -1 : l.purpose().ordinal());
            landFrom.add(epochDay(l.from()));
            landUntil.add(epochDay(l.until()));
        }
        landStart.add(landFrom.n);
        for (Livestock l : a.livestock()) {
            livestockMemberId.add(ids.encode(l.memberId()));
            livestockSpecies.add(l.species() == null ? -1 : l.species().ordinal());
            livestockHead.add(l.head());
            livestockAsOf.add(epochDay(l.asOf()));
        }
        livestockStart.add(livestockAsOf.n);
    }

    private void addMember(Member m) {
        memberId.add(ids.encode(m.id()));
        iin.add(ids.encode(m.iin()));
        birth.add(epochDay(m.birthDate()));
        sex.add(m.sex() == null ? -1 : m.sex().ordinal());
        relation.add(m.relation() == null ? -1 : m.relation().ordinal());
        status.add(m.status().ordinal());
        motherId.add(ids.encode(m.motherId()));
        motherLocal.add(localOf(m.motherId()));
        birthOrder.add(m.birthOrder() == null ? NO_INT : m.birthOrder());
        longIllness.add(m.longIllness() ? 1 : 0);
        Disability d = m.disability();
        if (d == null) {
            disabilityOf.add(-1);
        } else {
            disabilityOf.add(disabilityFrom.n);
            disabilityGroup.add(d.group() == null ? 0 : d.group());
            disabilityCause.add(d.cause() == null ? -1 : d.cause().ordinal());
            disabilityFrom.add(epochDay(d.from()));
            disabilityUntil.add(epochDay(d.until()));
            workCapacityLoss.add(d.workCapacityLossPercent() == null ? NO_INT : d.workCapacityLossPercent());
        }
        insuranceOf.add(addInsurance(m.socialInsurance()));
        Study s = m.study();
        if (s == null) {
            studyOf.add(-1);
        } else {
            studyOf.add(studyFrom.n);
            studyFrom.add(epochDay(s.from()));
            studyUntil.add(epochDay(s.until()));
        }
        Employment e = m.employment();
        if (e == null) {
            employmentOf.add(-1);
        } else {
            employmentOf.add(jobLostOn.n);
            employed.add(e.employed() ? 1 : 0);
            jobLostOn.add(epochDay(e.jobLostOn()));
            registeredOn.add(epochDay(e.registeredUnemployedOn()));
        }
        Maternity mat = m.maternity();
        if (mat == null) {
            maternityOf.add(-1);
        } else {
            maternityOf.add(maternityStart.n);
            maternityStart.add(epochDay(mat.leaveStartsOn()));
            maternityDays.add(mat.days());
        }
        for (Award a : m.awards()) {
            awardKind.add(a.kind() == null ? -1 : a.kind().ordinal());
            awardedOn.add(epochDay(a.awardedOn()));
        }
        awardStart.add(awardedOn.n);
        for (String c : m.caresFor()) {
            caresFor.add(ids.encode(c));
            caresForLocal.add(localOf(c));
        }
        careStart.add(caresFor.n);
    }

    private int addInsurance(SocialInsurance insurance) {
        if (insurance == null) {
            return -1;
        }
        int index = participation.n;
        participation.add(insurance.participationMonths() == null ? NO_INT : insurance.participationMonths());
        for (Contribution c : insurance.contributions()) {
            contributionMonth.add(monthIndex(c.month()));
            contributionIncome.add(c.income());
        }
        contributionStart.add(contributionIncome.n);
        return index;
    }

    private int localOf(String memberId) {
        if (memberId == null) {
            return -1;
        }
        Integer i = local.get(memberId);
        return i == null ? -1 : i;
    }

    /** The population of every family added, in the order added. */
    public Population build() {
        built = true;
        return new Population(this);
    }

    private static Columns.Ints start() {
        Columns.Ints c = new Columns.Ints();
        c.add(0);
        return c;
    }
}
