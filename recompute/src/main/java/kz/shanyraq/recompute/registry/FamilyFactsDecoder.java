package kz.shanyraq.recompute.registry;

import kz.shanyraq.law.asof.EmploymentOnDate;
import kz.shanyraq.law.asof.InForceOnDate;
import kz.shanyraq.law.asof.IncomeOfPeriod;
import kz.shanyraq.law.batch.Population;
import kz.shanyraq.law.batch.PopulationBuilder;
import kz.shanyraq.law.family.IncomeType;
import kz.shanyraq.law.family.LandPlot;
import kz.shanyraq.law.family.LoanKind;
import kz.shanyraq.law.family.RealEstate;
import kz.shanyraq.law.family.Relation;
import kz.shanyraq.law.family.ResidenceStatus;
import kz.shanyraq.law.family.Vehicle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

import static kz.shanyraq.recompute.registry.FamilyFacts.*;

/**
 * Feeds a family of the snapshot ({@link FamilyFacts}) to a {@link PopulationBuilder} as of a date, choosing the
 * facts in force with the rules of {@link SliceReader} (which does it in SQL): the address, memberships and
 * residence status in force (the latest start wins), the members alive, incomes of the {@code incomeMonths} whole
 * months before the month of the date, employed by a running contract or by entrepreneurial income of the month or
 * the month before, property held on the date, the deceased breadwinner's insurance as of the day after the death.
 * One decoder per thread; it keeps a builder's region and district codes until {@link #into} names another builder.
 *
 * <p>Format 2 is read in one pass: the memberships in force by their dates first, then only those persons' blocks
 * (the others are jumped over by their length), recording where each non-empty section starts (jumped over by its
 * length); each member's sections are then read once, incomes only down to the first month the law does not read.
 */
final class FamilyFactsDecoder {

    private static final int NONE = Integer.MIN_VALUE;
    private static final int ENTREPRENEURIAL = IncomeType.ENTREPRENEURIAL.ordinal() + 1;
    private static final int OTHER_INCOME = IncomeType.OTHER.ordinal();
    private static final int CITIZEN = ResidenceStatus.CITIZEN.ordinal();
    private static final Relation[] RELATIONS = Relation.values();

    private final int on;
    private final int currentMonth;
    private final int firstIncomeMonth;
    private final IncomeOfPeriod period;
    private final EmploymentOnDate employment;
    /** The row, read once from start to end. */
    private final Varints.Reader r = new Varints.Reader();
    /** A member's sections, each read once where {@link #r} recorded it. */
    private final Varints.Reader s = new Varints.Reader();
    /**
     * The fields of the row being read: a row's varints are decoded by one loop ({@link Varints.Reader#row}), not
     * one inlined decoder per field, which kept the compiled decoder small enough to inline what it calls.
     */
    private final long[] v = new long[8];

    private PopulationBuilder b;
    private final int[] regionCodes = new int[100];
    private final int[] districtCodes = new int[10_000];
    // the codes' texts, kept across builders (a run makes a builder per slice)
    private final String[] regionNames = new String[100];
    private final String[] districtNames = new String[10_000];

    // The family being decoded: memberships in force (by dates), the persons read (slots), members, their incomes.
    private int candidates;
    private long[] cPerson = new long[8];
    private int[] cRelation = new int[8];
    private int persons;
    private long[] pId = new long[8];
    private long[] pCode = new long[8];
    private boolean[] pPresent = new boolean[8];
    private long[] pIin = new long[8];
    private int[] pBirth = new int[8];
    private int[] pDeath = new int[8];
    private int[] pSex = new int[8];
    private long[] pMother = new long[8];
    private int[] pOrder = new int[8];
    private int[] pMask = new int[8];
    private int[] secPos = new int[8 * SECTIONS];
    private int[] secCount = new int[8 * SECTIONS];
    private int members;
    private int[] mSlot = new int[8];
    private int[] mRelation = new int[8];
    private int[] order = new int[8];
    private int[] byId = new int[8];
    private long[] memberIds = new long[8];
    private int incomes;
    private long[] iMember = new long[32];
    private int[] iMonth = new int[32];
    private int[] iType = new int[32];
    private long[] iAmount = new long[32];

    FamilyFactsDecoder(LocalDate on, int incomeMonths) {
        this.on = (int) on.toEpochDay();
        this.period = new IncomeOfPeriod(on, incomeMonths);
        this.employment = new EmploymentOnDate(on);
        this.currentMonth = period.currentMonth();
        this.firstIncomeMonth = Math.min(period.firstMonth(), employment.firstIncomeMonth());
    }

    /** Feeds families to this builder from now on. */
    FamilyFactsDecoder into(PopulationBuilder builder) {
        if (builder != b) {
            b = builder;
            Arrays.fill(regionCodes, NONE);
            Arrays.fill(districtCodes, NONE);
        }
        return this;
    }

    /** Feeds one family; returns how many members it has on the date. */
    int feed(long familyId, byte[] bytes, int from, int length) {
        r.reset(bytes, from, length);
        s.reset(bytes, from, length);
        int version = r.i();
        if (version != VERSION) {
            throw new IllegalStateException("family " + familyId + ": snapshot format " + version + ", expected "
                    + VERSION + " (rebuild the snapshot)");
        }
        // Address: the latest start in force wins.
        int region = -1;
        long district = 0;
        int locality = 0;
        int addressFrom = NONE;
        for (int n = r.i(); n > 0; n--) {
            r.row(v, 5);
            int reg = (int) v[0] - 1;
            long dis = v[1];
            int loc = (int) v[2];
            int f = day(v[3]);
            int t = day(v[4]);
            if (inForce(f, t) && InForceOnDate.later(f, addressFrom)) {
                addressFrom = f;
                region = reg;
                district = dis;
                locality = loc;
            }
        }
        // Memberships in force by their dates; a person of none of them is passed over whole below.
        candidates = 0;
        for (int n = r.i(); n > 0; n--) {
            r.row(v, 4);
            long person = v[0];
            int relation = (int) v[1] - 1;
            int f = day(v[2]);
            int t = day(v[3]);
            if (inForce(f, t)) { // membership on the date
                if (candidates == cPerson.length) {
                    cPerson = Arrays.copyOf(cPerson, candidates * 2);
                    cRelation = Arrays.copyOf(cRelation, candidates * 2);
                }
                cPerson[candidates] = person;
                cRelation[candidates] = relation;
                candidates++;
            }
        }
        persons = 0;
        for (int n = r.i(); n > 0; n--) {
            long id = r.u();
            long blockLength = r.u();
            if (isCandidate(id)) {
                ensurePersons(persons + 1);
                readPerson(familyId, persons++, id, blockLength);
            } else {
                r.skip(blockLength);
            }
        }
        // Members: the memberships in force of persons alive on the date.
        members = 0;
        for (int c = 0; c < candidates; c++) {
            int slot = slotOf(cPerson[c]);
            if (slot >= 0 && pPresent[slot] && pBirth[slot] <= on && (pDeath[slot] == NONE || pDeath[slot] > on)) {
                ensureMembers(members + 1);
                mSlot[members] = slot;
                mRelation[members] = cRelation[c];
                members++;
            }
        }
        sortMembers();
        b.family(PopulationBuilder.number(familyId), region < 0 ? -1 : regionCode(region),
                district == 0 ? -1 : districtCode((int) district - 1), locality - 1);
        for (int k = 0; k < members; k++) {
            memberIds[k] = pId[mSlot[order[k]]];
        }
        incomes = 0;
        for (int k = 0; k < members; k++) {
            feedMember(order[k]);
        }
        // The incomes read with each member, fed after the members (the builder's order).
        for (int i = 0; i < incomes; i++) {
            b.income(iMember[i], iMonth[i], iType[i], iAmount[i]);
        }
        // Loans and property in the order of the persons' ids (as the server's reader returns them).
        for (int k = 0; k < members; k++) {
            int m = k;
            int j = k;
            while (j > 0 && pId[mSlot[byId[j - 1]]] > pId[mSlot[m]]) {
                byId[j] = byId[j - 1];
                j--;
            }
            byId[j] = m;
        }
        for (int k = 0; k < members; k++) {
            feedLoansAndProperty(mSlot[byId[k]]);
        }
        for (int n = r.i(); n > 0; n--) {
            int kind = r.i() - 1;
            boolean quota = r.i() == 1;
            String fromRegion = r.text();
            int settled = r.day();
            int rent = r.i();
            if (settled <= on) {
                b.resettlement(kind, quota, fromRegion, settled, rent == 0 ? Population.NO_INT : rent - 1);
            }
        }
        feedLoss(familyId);
        b.endFamily();
        return members;
    }

    private boolean isCandidate(long person) {
        for (int c = 0; c < candidates; c++) {
            if (cPerson[c] == person) {
                return true;
            }
        }
        return false;
    }

    /** Reads a person block's head and records where its sections start, without reading them. */
    private void readPerson(long familyId, int p, long id, long blockLength) {
        int blockEnd = r.position() + (int) Math.min(blockLength, Integer.MAX_VALUE);
        pId[p] = id;
        pCode[p] = PopulationBuilder.number(id);
        pPresent[p] = r.i() == 1;
        if (pPresent[p]) {
            int len = r.i();
            if (len > 0) {
                pIin[p] = PopulationBuilder.digits(r.u(), len);
            } else {
                pIin[p] = b.text(r.text());
            }
            r.row(v, 5);
            pBirth[p] = day(v[0]);
            pDeath[p] = day(v[1]);
            pSex[p] = (int) v[2] - 1;
            pMother[p] = v[3] - 1;
            pOrder[p] = (int) v[4] - 1;
        }
        int mask = r.i();
        pMask[p] = mask;
        while (mask != 0) {
            int sec = Integer.numberOfTrailingZeros(mask);
            mask &= mask - 1;
            secCount[p * SECTIONS + sec] = r.i();
            long bytes = r.u();
            secPos[p * SECTIONS + sec] = r.position();
            r.skip(bytes);
        }
        if (r.position() != blockEnd) {
            throw new IllegalStateException("family " + familyId + ": person " + id + "'s block is " + blockLength
                    + " bytes long but its fields take " + (r.position() - blockEnd + blockLength) + " (a damaged row)");
        }
    }

    private int slotOf(long person) {
        for (int p = 0; p < persons; p++) {
            if (pId[p] == person) {
                return p;
            }
        }
        return -1;
    }

    /** The position in the member order of the first member with this person id, -1 for none. */
    private int memberIndex(long person) {
        for (int k = 0; k < members; k++) {
            if (memberIds[k] == person) {
                return k;
            }
        }
        return -1;
    }

    /** The server's order: head, spouse, children, others; then birth date, id (an insertion sort: few members). */
    private void sortMembers() {
        for (int k = 0; k < members; k++) {
            int j = k;
            while (j > 0 && before(k, order[j - 1])) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = k;
        }
    }

    private boolean before(int x, int y) {
        int c = Integer.compare(rank(mRelation[x]), rank(mRelation[y]));
        if (c != 0) {
            return c < 0;
        }
        c = Integer.compare(pBirth[mSlot[x]], pBirth[mSlot[y]]);
        return c != 0 ? c < 0 : pId[mSlot[x]] < pId[mSlot[y]];
    }

    private static int rank(int relation) {
        return switch (RELATIONS[relation]) {
            case HEAD -> 0;
            case SPOUSE -> 1;
            case CHILD -> 2;
            default -> 3;
        };
    }

    private boolean inForce(int from, int to) {
        return InForceOnDate.holds(from, to, on);
    }

    /** Positions {@link #s} at a section of the person in slot {@code p}; returns its row count (0: empty). */
    private int section(int p, int sec) {
        if ((pMask[p] & (1 << sec)) == 0) {
            return 0;
        }
        s.seek(secPos[p * SECTIONS + sec]);
        return secCount[p * SECTIONS + sec];
    }

    private void feedMember(int m) {
        int p = mSlot[m];
        // residence status: the latest start in force
        int status = CITIZEN;
        int statusFrom = NONE;
        int cStatus = section(p, STATUS);
        for (int n = cStatus; n > 0; n--) {
            s.row(v, 3);
            int st = (int) v[0];
            int f = day(v[1]);
            int t = day(v[2]);
            if (inForce(f, t) && InForceOnDate.later(f, statusFrom)) {
                statusFrom = f;
                status = st == 0 ? CITIZEN : st - 1;
            }
        }
        boolean ill = false;
        int cIllness = section(p, ILLNESS);
        for (int n = cIllness; n > 0; n--) {
            s.row(v, 2);
            ill |= inForce(day(v[0]), day(v[1]));
        }
        int motherAt = pMother[p] >= 0 ? memberIndex(pMother[p]) : -1;
        long mother = motherAt >= 0 ? pCode[mSlot[order[motherAt]]] : Long.MIN_VALUE;
        b.member(pCode[p], pIin[p], pBirth[p], pSex[p], mRelation[m], status, mother,
                pOrder[p] < 0 ? Population.NO_INT : pOrder[p], ill);
        // disability: the latest start in force
        int cDisability = section(p, DISABILITY);
        int dFrom = NONE;
        int dGroup = 0;
        int dCause = 0;
        int dLoss = 0;
        int dTo = NONE;
        for (int n = cDisability; n > 0; n--) {
            s.row(v, 5);
            int g = (int) v[0];
            int c = (int) v[1];
            int l = (int) v[2];
            int f = day(v[3]);
            int t = day(v[4]);
            if (inForce(f, t) && InForceOnDate.later(f, dFrom)) {
                dFrom = f;
                dGroup = g;
                dCause = c;
                dLoss = l;
                dTo = t;
            }
        }
        if (dFrom != NONE) {
            b.disability(dGroup == 0 ? 0 : dGroup - 1, dCause - 1, dFrom, dTo, dLoss == 0 ? Population.NO_INT : dLoss - 1);
        }
        insurance(p, on, currentMonth, false);
        int cStudy = section(p, STUDY);
        int sFrom = NONE;
        int sTo = NONE;
        for (int n = cStudy; n > 0; n--) {
            s.row(v, 2);
            int f = day(v[0]);
            int t = day(v[1]);
            if (inForce(f, t) && InForceOnDate.later(f, sFrom)) {
                sFrom = f;
                sTo = t;
            }
        }
        if (sFrom != NONE) {
            b.study(sFrom, sTo);
        }
        // employed on the date: the registry's one rule (EmploymentOnDate), fed the contracts, the incomes and
        // the registrations as unemployed
        EmploymentOnDate employment = this.employment.reset();
        int cContract = section(p, CONTRACT);
        for (int n = cContract; n > 0; n--) {
            s.row(v, 2);
            employment.contract(day(v[0]), day(v[1]));
        }
        // incomes, latest month first: read once, up to the first month before those the law reads; those of the
        // months read are kept to be fed after the members
        int incomeRows = section(p, INCOME);
        for (int k = 0, month = 0; k < incomeRows; k++) {
            s.row(v, 3);
            month = k == 0 ? (int) v[0] : month - (int) v[0]; // the first row's month, then steps back
            if (month < firstIncomeMonth) {
                break;
            }
            int type = (int) v[1];
            long amount = v[2];
            employment.income(month, type == ENTREPRENEURIAL, amount);
            if (period.counts(month)) {
                keepIncome(pCode[p], month, type == 0 ? OTHER_INCOME : type - 1, amount);
            }
        }
        int cUnemployment = section(p, UNEMPLOYMENT);
        for (int n = cUnemployment; n > 0; n--) {
            s.row(v, 2);
            employment.registration(day(v[0]), day(v[1]));
        }
        b.employment(employment.employed(), employment.jobLostOn(), employment.registeredOn());
        int cMaternity = section(p, MATERNITY);
        int mStart = NONE;
        int mDays = 0;
        for (int n = cMaternity; n > 0; n--) {
            s.row(v, 2);
            int st = day(v[0]);
            int days = (int) v[1];
            if (st <= on && (mStart == NONE || st > mStart)) {
                mStart = st;
                mDays = days;
            }
        }
        if (mStart != NONE) {
            b.maternity(mStart, mDays);
        }
        int cAward = section(p, AWARD);
        for (int n = cAward; n > 0; n--) {
            s.row(v, 2);
            int kind = (int) v[0];
            int day = day(v[1]);
            if (kind > 0 && day <= on) {
                b.award(kind - 1, day);
            }
        }
        int cCare = section(p, CARE);
        for (int n = cCare; n > 0; n--) {
            s.row(v, 3);
            long cared = v[0];
            int caredAt = inForce(day(v[1]), day(v[2])) ? memberIndex(cared) : -1;
            if (caredAt >= 0) {
                b.caresFor(pCode[mSlot[order[caredAt]]]);
            }
        }
    }

    private void keepIncome(long member, int month, int type, long amount) {
        if (incomes == iMonth.length) {
            int size = incomes * 2;
            iMember = Arrays.copyOf(iMember, size);
            iMonth = Arrays.copyOf(iMonth, size);
            iType = Arrays.copyOf(iType, size);
            iAmount = Arrays.copyOf(iAmount, size);
        }
        iMember[incomes] = member;
        iMonth[incomes] = month;
        iType[incomes] = type;
        iAmount[incomes] = amount;
        incomes++;
    }

    /**
     * The insurance of the person in slot {@code p} as of {@code asOf}: contributions of the months before
     * {@code beforeMonth}, the latest participation reported by {@code asOf}.
     */
    private void insurance(int p, int asOf, int beforeMonth, boolean deceased) {
        int cParticipation = section(p, PARTICIPATION);
        int latest = NONE;
        int months = Population.NO_INT;
        for (int n = cParticipation; n > 0; n--) {
            s.row(v, 2);
            int day = day(v[0]);
            int m = (int) v[1];
            if (day <= asOf && (latest == NONE || day > latest)) {
                latest = day;
                months = m;
            }
        }
        boolean open = false;
        int count = section(p, CONTRIBUTION);
        for (int n = count; n > 0; n--) {
            s.row(v, 2);
            int month = (int) v[0];
            long income = v[1];
            if (month < beforeMonth) {
                if (!open) {
                    open(deceased, months);
                    open = true;
                }
                b.contribution(month, income);
            }
        }
        if (!open && latest != NONE) {
            open(deceased, months);
        }
    }

    private void open(boolean deceased, int participation) {
        if (deceased) {
            b.deceasedInsurance(participation);
        } else {
            b.insurance(participation);
        }
    }

    private void feedLoansAndProperty(int p) {
        long id = pCode[p];
        int cLoan = section(p, LOAN);
        for (int n = cLoan; n > 0; n--) {
            s.row(v, 3);
            int kind = (int) v[0];
            int opened = day(v[1]);
            int closed = day(v[2]);
            if (opened <= on) {
                b.loan(id, kind == 0 ? LoanKind.OTHER.ordinal() : kind - 1, opened,
                        closed != NONE && closed <= on ? closed : NONE, Population.NO_LONG);
            }
        }
        int cEstate = section(p, ESTATE);
        for (int n = cEstate; n > 0; n--) {
            s.row(v, 5);
            int kind = (int) v[0];
            BigDecimal area = decimal(v[1], v[2]);
            int f = day(v[3]);
            int t = day(v[4]);
            if (inForce(f, t)) {
                b.realEstate(id, kind == 0 ? RealEstate.Kind.OTHER.ordinal() : kind - 1, area, f, dayAfter(t));
            }
        }
        int cVehicle = section(p, VEHICLE);
        for (int n = cVehicle; n > 0; n--) {
            s.row(v, 4);
            int kind = (int) v[0];
            int made = (int) v[1];
            int f = day(v[2]);
            int t = day(v[3]);
            if (inForce(f, t)) {
                b.vehicle(id, kind == 0 ? Vehicle.Kind.OTHER.ordinal() : kind - 1,
                        made == 0 ? Population.NO_INT : made - 1, f, dayAfter(t));
            }
        }
        int cLand = section(p, LAND);
        for (int n = cLand; n > 0; n--) {
            s.row(v, 5);
            BigDecimal hectares = decimal(v[0], v[1]);
            int purpose = (int) v[2];
            int f = day(v[3]);
            int t = day(v[4]);
            if (inForce(f, t)) {
                b.landPlot(id, hectares, purpose == 0 ? LandPlot.Purpose.OTHER.ordinal() : purpose - 1, f, dayAfter(t));
            }
        }
        // livestock: rows by species, latest count first; the latest count by the date per species
        int cLivestock = section(p, LIVESTOCK);
        int last = -1;
        for (int n = cLivestock; n > 0; n--) {
            s.row(v, 3);
            int species = (int) v[0];
            int head = (int) v[1];
            int asOf = day(v[2]);
            if (species > 0 && asOf <= on && species != last) {
                last = species;
                b.livestock(id, species - 1, head, asOf);
            }
        }
    }

    /** {@code scale + 1} (0: null) and the zig-zagged unscaled value. */
    private static BigDecimal decimal(long scale, long zigzag) {
        return scale == 0 ? null : BigDecimal.valueOf((zigzag >>> 1) ^ -(zigzag & 1), (int) scale - 1);
    }

    /** A day as written: 0 for none, else {@code zigzag(epochDay) + 1}. */
    private static int day(long written) {
        return Varints.day(written);
    }

    private static int dayAfter(int lastDayHeld) {
        return lastDayHeld == NONE ? NONE : lastDayHeld + 1;
    }

    /** The breadwinner loss on the date: the latest death by the date; the same day, the lower person id. */
    private void feedLoss(long familyId) {
        int n = r.i();
        if (n == 0) {
            return;
        }
        // The deceased's blocks go after the members' slots.
        int chosen = -1;
        int chosenDied = NONE;
        long chosenId = 0;
        boolean chosenBoth = false;
        for (int k = 0; k < n; k++) {
            long deceased = r.u();
            int died = r.day();
            boolean both = r.i() == 1;
            int slot = persons + k;
            ensurePersons(slot + 1);
            long id = r.u();
            readPerson(familyId, slot, id, r.u());
            if (pPresent[slot] && died <= on && (chosen < 0 || died > chosenDied
                    || (died == chosenDied && deceased < chosenId))) {
                chosen = slot;
                chosenDied = died;
                chosenId = deceased;
                chosenBoth = both;
            }
        }
        if (chosen < 0) {
            return;
        }
        b.breadwinnerLoss(chosenDied, pIin[chosen], chosenBoth);
        for (int k = 0; k < members; k++) {
            int p = mSlot[order[k]];
            boolean dependant = pMother[p] == chosenId;
            int cKin = section(chosen, KIN);
            for (int q = cKin; q > 0 && !dependant; q--) {
                dependant = s.u() == pId[p];
            }
            if (dependant) {
                b.dependant(pCode[p]);
            }
        }
        LocalDate asOf = LocalDate.ofEpochDay(chosenDied + 1L);
        insurance(chosen, chosenDied + 1, asOf.getYear() * 12 + asOf.getMonthValue() - 1, true);
    }

    private int regionCode(int number) {
        int c = regionCodes[number];
        if (c == NONE) {
            String name = regionNames[number];
            if (name == null) {
                name = regionNames[number] = "KZ-" + (number < 10 ? "0" : "") + number;
            }
            c = regionCodes[number] = b.region(name);
        }
        return c;
    }

    private int districtCode(int number) {
        int c = districtCodes[number];
        if (c == NONE) {
            String name = districtNames[number];
            if (name == null) {
                int reg = number / 100;
                int dis = number % 100;
                name = districtNames[number] = "KZ-" + (reg < 10 ? "0" : "") + reg + "-" + (dis < 10 ? "0" : "") + dis;
            }
            c = districtCodes[number] = b.district(name);
        }
        return c;
    }

    private void ensurePersons(int n) {
        if (n > pId.length) {
            int size = Math.max(n, pId.length * 2);
            pId = Arrays.copyOf(pId, size);
            pCode = Arrays.copyOf(pCode, size);
            pMask = Arrays.copyOf(pMask, size);
            pPresent = Arrays.copyOf(pPresent, size);
            pIin = Arrays.copyOf(pIin, size);
            pBirth = Arrays.copyOf(pBirth, size);
            pDeath = Arrays.copyOf(pDeath, size);
            pSex = Arrays.copyOf(pSex, size);
            pMother = Arrays.copyOf(pMother, size);
            pOrder = Arrays.copyOf(pOrder, size);
            secPos = Arrays.copyOf(secPos, size * SECTIONS);
            secCount = Arrays.copyOf(secCount, size * SECTIONS);
        }
    }

    private void ensureMembers(int n) {
        if (n > mSlot.length) {
            int size = Math.max(n, mSlot.length * 2);
            mSlot = Arrays.copyOf(mSlot, size);
            mRelation = Arrays.copyOf(mRelation, size);
            order = Arrays.copyOf(order, size);
            byId = Arrays.copyOf(byId, size);
            memberIds = Arrays.copyOf(memberIds, size);
        }
    }
}
