package kz.shanyraq.recompute.registry;

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
 * The baseline of {@code SnapshotDecodeCpuTime}: the decoder of format version 1 as it was on main at bf9ddab
 * (with that commit's varint reader), unchanged but for its name. Not used by the recompute.
 *
 * <p>Feeds a family of the snapshot ({@link FamilyFacts}) to a {@link PopulationBuilder} as of a date, choosing the
 * facts in force with the rules of {@link SliceReader} (which does it in SQL): the address, memberships and
 * residence status in force (the latest start wins), the members alive, incomes of the {@code incomeMonths} whole
 * months before the month of the date, employed by a running contract or by entrepreneurial income of the month or
 * the month before, property held on the date, the deceased breadwinner's insurance as of the day after the death.
 * One decoder per thread; it keeps a builder's region and district codes until {@link #into} names another builder.
 */
final class FamilyFactsDecoderV1 {

    private static final int NONE = Integer.MIN_VALUE;
    private static final int[] FIELDS = new int[SECTIONS];

    static {
        FIELDS[STATUS] = 3;
        FIELDS[DISABILITY] = 5;
        FIELDS[STUDY] = 2;
        FIELDS[ILLNESS] = 2;
        FIELDS[CARE] = 3;
        FIELDS[AWARD] = 2;
        FIELDS[MATERNITY] = 2;
        FIELDS[CONTRACT] = 2;
        FIELDS[UNEMPLOYMENT] = 2;
        FIELDS[INCOME] = 3;
        FIELDS[CONTRIBUTION] = 2;
        FIELDS[PARTICIPATION] = 2;
        FIELDS[LOAN] = 3;
        FIELDS[ESTATE] = 5;
        FIELDS[VEHICLE] = 4;
        FIELDS[LAND] = 5;
        FIELDS[LIVESTOCK] = 3;
        FIELDS[KIN] = 1;
    }

    private static final int ENTREPRENEURIAL = IncomeType.ENTREPRENEURIAL.ordinal() + 1;
    private static final int OTHER_INCOME = IncomeType.OTHER.ordinal();
    private static final int CITIZEN = ResidenceStatus.CITIZEN.ordinal();
    private static final Relation[] RELATIONS = Relation.values();

    private final int on;
    private final int currentMonth;
    private final int firstIncomeMonth;
    private final Reader r = new Reader();
    private final Reader s = new Reader();

    private PopulationBuilder b;
    private final int[] regionCodes = new int[100];
    private final int[] districtCodes = new int[10_000];

    // The family being decoded: persons (blocks), memberships in force, members.
    private int persons;
    private long[] pId = new long[8];
    private boolean[] pPresent = new boolean[8];
    private long[] pIin = new long[8];
    private int[] pBirth = new int[8];
    private int[] pDeath = new int[8];
    private int[] pSex = new int[8];
    private long[] pMother = new long[8];
    private int[] pOrder = new int[8];
    private int[] secPos = new int[8 * SECTIONS];
    private int[] secCount = new int[8 * SECTIONS];
    private int members;
    private int[] mSlot = new int[8];
    private int[] mRelation = new int[8];
    private int[] order = new int[8];
    private int[] byId = new int[8];
    private long[] memberIds = new long[8];

    FamilyFactsDecoderV1(LocalDate on, int incomeMonths) {
        this.on = (int) on.toEpochDay();
        this.currentMonth = on.getYear() * 12 + on.getMonthValue() - 1;
        this.firstIncomeMonth = currentMonth - incomeMonths;
    }

    /** Feeds families to this builder from now on. */
    FamilyFactsDecoderV1 into(PopulationBuilder builder) {
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
        if (version != 1) {
            throw new IllegalStateException("family " + familyId + ": snapshot format " + version + ", expected "
                    + 1 + " (rebuild the snapshot)");
        }
        // Address: the latest start in force wins.
        int region = -1;
        long district = 0;
        int locality = 0;
        int addressFrom = NONE;
        for (int n = r.i(); n > 0; n--) {
            int reg = r.i() - 1;
            long dis = r.u();
            int loc = r.i();
            int f = r.day();
            int t = r.day();
            if (f <= on && (t == NONE || t >= on) && (addressFrom == NONE || f > addressFrom)) {
                addressFrom = f;
                region = reg;
                district = dis;
                locality = loc;
            }
        }
        // Memberships: keep those in force (resolved against persons below).
        int membershipsAt = r.position();
        int memberships = r.i();
        for (int n = 0; n < memberships; n++) {
            r.u();
            r.u();
            r.day();
            r.day();
        }
        persons = r.i();
        ensurePersons(persons);
        for (int p = 0; p < persons; p++) {
            readPerson(p);
        }
        members = 0;
        s.seek(membershipsAt);
        s.i();
        for (int n = 0; n < memberships; n++) {
            long person = s.u();
            int relation = s.i() - 1;
            int f = s.day();
            int t = s.day();
            if (f <= on && (t == NONE || t >= on)) {
                int slot = slotOf(person);
                if (slot >= 0 && pPresent[slot] && pBirth[slot] <= on && (pDeath[slot] == NONE || pDeath[slot] > on)) {
                    ensureMembers(members + 1);
                    mSlot[members] = slot;
                    mRelation[members] = relation;
                    members++;
                }
            }
        }
        sortMembers();
        b.family(PopulationBuilder.number(familyId), region < 0 ? -1 : regionCode(region),
                district == 0 ? -1 : districtCode((int) district - 1), locality - 1);
        for (int k = 0; k < members; k++) {
            memberIds[k] = pId[mSlot[order[k]]];
        }
        for (int k = 0; k < members; k++) {
            feedMember(order[k]);
        }
        for (int k = 0; k < members; k++) {
            feedIncomes(mSlot[order[k]]);
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
        feedLoss();
        b.endFamily();
        return members;
    }

    private void readPerson(int p) {
        pId[p] = r.u();
        pPresent[p] = r.i() == 1;
        if (pPresent[p]) {
            int len = r.i();
            if (len > 0) {
                pIin[p] = PopulationBuilder.digits(r.u(), len);
            } else {
                pIin[p] = b.text(r.text());
            }
            pBirth[p] = r.day();
            pDeath[p] = r.day();
            pSex[p] = r.i() - 1;
            pMother[p] = r.u() - 1;
            pOrder[p] = r.i() - 1;
        }
        for (int sec = 0; sec < SECTIONS; sec++) {
            int count = r.i();
            secCount[p * SECTIONS + sec] = count;
            secPos[p * SECTIONS + sec] = r.position();
            for (int k = count * FIELDS[sec]; k > 0; k--) {
                r.u();
            }
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

    private boolean isMember(long person) {
        for (int k = 0; k < members; k++) {
            if (memberIds[k] == person) {
                return true;
            }
        }
        return false;
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
        return from <= on && (to == NONE || to >= on);
    }

    private void section(int p, int sec) {
        s.seek(secPos[p * SECTIONS + sec]);
    }

    private void feedMember(int m) {
        int p = mSlot[m];
        long id = pId[p];
        // residence status: the latest start in force
        int status = CITIZEN;
        int statusFrom = NONE;
        section(p, STATUS);
        for (int n = secCount[p * SECTIONS + STATUS]; n > 0; n--) {
            int st = s.i();
            int f = s.day();
            int t = s.day();
            if (inForce(f, t) && (statusFrom == NONE || f > statusFrom)) {
                statusFrom = f;
                status = st == 0 ? CITIZEN : st - 1;
            }
        }
        boolean ill = false;
        section(p, ILLNESS);
        for (int n = secCount[p * SECTIONS + ILLNESS]; n > 0; n--) {
            ill |= inForce(s.day(), s.day());
        }
        long mother = pMother[p] >= 0 && isMember(pMother[p]) ? PopulationBuilder.number(pMother[p]) : Long.MIN_VALUE;
        b.member(PopulationBuilder.number(id), pIin[p], pBirth[p], pSex[p], mRelation[m], status, mother,
                pOrder[p] < 0 ? Population.NO_INT : pOrder[p], ill);
        // disability: the latest start in force
        section(p, DISABILITY);
        int dFrom = NONE;
        int dGroup = 0;
        int dCause = 0;
        int dLoss = 0;
        int dTo = NONE;
        for (int n = secCount[p * SECTIONS + DISABILITY]; n > 0; n--) {
            int g = s.i();
            int c = s.i();
            int l = s.i();
            int f = s.day();
            int t = s.day();
            if (inForce(f, t) && (dFrom == NONE || f > dFrom)) {
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
        section(p, STUDY);
        int sFrom = NONE;
        int sTo = NONE;
        for (int n = secCount[p * SECTIONS + STUDY]; n > 0; n--) {
            int f = s.day();
            int t = s.day();
            if (inForce(f, t) && (sFrom == NONE || f > sFrom)) {
                sFrom = f;
                sTo = t;
            }
        }
        if (sFrom != NONE) {
            b.study(sFrom, sTo);
        }
        // employed: a contract runs on the date, or entrepreneurial income of the month or the month before
        boolean employed = false;
        int lost = NONE;
        section(p, CONTRACT);
        for (int n = secCount[p * SECTIONS + CONTRACT]; n > 0; n--) {
            int started = s.day();
            int ended = s.day();
            if (started <= on) {
                if (ended == NONE || ended >= on) {
                    employed = true;
                } else if (lost == NONE || ended > lost) {
                    lost = ended;
                }
            }
        }
        section(p, INCOME);
        for (int n = secCount[p * SECTIONS + INCOME]; n > 0 && !employed; n--) {
            int month = s.i();
            int type = s.i();
            long amount = s.u();
            if (type == ENTREPRENEURIAL && amount > 0 && (month == currentMonth || month == currentMonth - 1)
                    && month >= firstIncomeMonth) {
                employed = true;
            }
        }
        int registered = NONE;
        section(p, UNEMPLOYMENT);
        for (int n = secCount[p * SECTIONS + UNEMPLOYMENT]; n > 0; n--) {
            int reg = s.day();
            int ended = s.day();
            if (reg <= on && (ended == NONE || ended >= on) && (registered == NONE || reg > registered)) {
                registered = reg;
            }
        }
        b.employment(employed, employed ? NONE : lost, registered);
        section(p, MATERNITY);
        int mStart = NONE;
        int mDays = 0;
        for (int n = secCount[p * SECTIONS + MATERNITY]; n > 0; n--) {
            int st = s.day();
            int days = s.i();
            if (st <= on && (mStart == NONE || st > mStart)) {
                mStart = st;
                mDays = days;
            }
        }
        if (mStart != NONE) {
            b.maternity(mStart, mDays);
        }
        section(p, AWARD);
        for (int n = secCount[p * SECTIONS + AWARD]; n > 0; n--) {
            int kind = s.i();
            int day = s.day();
            if (kind > 0 && day <= on) {
                b.award(kind - 1, day);
            }
        }
        section(p, CARE);
        for (int n = secCount[p * SECTIONS + CARE]; n > 0; n--) {
            long cared = s.u();
            if (inForce(s.day(), s.day()) && isMember(cared)) {
                b.caresFor(PopulationBuilder.number(cared));
            }
        }
    }

    /**
     * The insurance of the person in slot {@code p} as of {@code asOf}: contributions of the months before
     * {@code beforeMonth}, the latest participation reported by {@code asOf}.
     */
    private void insurance(int p, int asOf, int beforeMonth, boolean deceased) {
        section(p, PARTICIPATION);
        int latest = NONE;
        int months = Population.NO_INT;
        for (int n = secCount[p * SECTIONS + PARTICIPATION]; n > 0; n--) {
            int day = s.day();
            int m = s.i();
            if (day <= asOf && (latest == NONE || day > latest)) {
                latest = day;
                months = m;
            }
        }
        boolean open = false;
        section(p, CONTRIBUTION);
        int count = secCount[p * SECTIONS + CONTRIBUTION];
        for (int n = count; n > 0; n--) {
            int month = s.i();
            long income = s.u();
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

    private void feedIncomes(int p) {
        long id = PopulationBuilder.number(pId[p]);
        section(p, INCOME);
        for (int n = secCount[p * SECTIONS + INCOME]; n > 0; n--) {
            int month = s.i();
            int type = s.i();
            long amount = s.u();
            if (month >= firstIncomeMonth && month < currentMonth) {
                b.income(id, month, type == 0 ? OTHER_INCOME : type - 1, amount);
            }
        }
    }

    private void feedLoansAndProperty(int p) {
        long id = PopulationBuilder.number(pId[p]);
        section(p, LOAN);
        for (int n = secCount[p * SECTIONS + LOAN]; n > 0; n--) {
            int kind = s.i();
            int opened = s.day();
            int closed = s.day();
            if (opened <= on) {
                b.loan(id, kind == 0 ? LoanKind.OTHER.ordinal() : kind - 1, opened,
                        closed != NONE && closed <= on ? closed : NONE, Population.NO_LONG);
            }
        }
        section(p, ESTATE);
        for (int n = secCount[p * SECTIONS + ESTATE]; n > 0; n--) {
            int kind = s.i();
            BigDecimal area = decimal();
            int f = s.day();
            int t = s.day();
            if (inForce(f, t)) {
                b.realEstate(id, kind == 0 ? RealEstate.Kind.OTHER.ordinal() : kind - 1, area, f, dayAfter(t));
            }
        }
        section(p, VEHICLE);
        for (int n = secCount[p * SECTIONS + VEHICLE]; n > 0; n--) {
            int kind = s.i();
            int made = s.i();
            int f = s.day();
            int t = s.day();
            if (inForce(f, t)) {
                b.vehicle(id, kind == 0 ? Vehicle.Kind.OTHER.ordinal() : kind - 1,
                        made == 0 ? Population.NO_INT : made - 1, f, dayAfter(t));
            }
        }
        section(p, LAND);
        for (int n = secCount[p * SECTIONS + LAND]; n > 0; n--) {
            BigDecimal hectares = decimal();
            int purpose = s.i();
            int f = s.day();
            int t = s.day();
            if (inForce(f, t)) {
                b.landPlot(id, hectares, purpose == 0 ? LandPlot.Purpose.OTHER.ordinal() : purpose - 1, f, dayAfter(t));
            }
        }
        // livestock: rows by species, latest count first; the latest count by the date per species
        section(p, LIVESTOCK);
        int last = -1;
        for (int n = secCount[p * SECTIONS + LIVESTOCK]; n > 0; n--) {
            int species = s.i();
            int head = s.i();
            int asOf = s.day();
            if (species > 0 && asOf <= on && species != last) {
                last = species;
                b.livestock(id, species - 1, head, asOf);
            }
        }
    }

    private BigDecimal decimal() {
        int scale = s.i();
        long unscaled = s.s();
        return scale == 0 ? null : BigDecimal.valueOf(unscaled, scale - 1);
    }

    private static int dayAfter(int lastDayHeld) {
        return lastDayHeld == NONE ? NONE : lastDayHeld + 1;
    }

    /** The breadwinner loss on the date: the latest death by the date; the same day, the lower person id. */
    private void feedLoss() {
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
            readPerson(slot);
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
            section(chosen, KIN);
            for (int q = secCount[chosen * SECTIONS + KIN]; q > 0 && !dependant; q--) {
                dependant = s.u() == pId[p];
            }
            if (dependant) {
                b.dependant(PopulationBuilder.number(pId[p]));
            }
        }
        LocalDate asOf = LocalDate.ofEpochDay(chosenDied + 1L);
        insurance(chosen, chosenDied + 1, asOf.getYear() * 12 + asOf.getMonthValue() - 1, true);
    }

    private int regionCode(int number) {
        int c = regionCodes[number];
        if (c == NONE) {
            c = regionCodes[number] = b.region("KZ-" + (number < 10 ? "0" : "") + number);
        }
        return c;
    }

    private int districtCode(int number) {
        int c = districtCodes[number];
        if (c == NONE) {
            int reg = number / 100;
            int dis = number % 100;
            c = districtCodes[number] = b.district("KZ-" + (reg < 10 ? "0" : "") + reg + "-" + (dis < 10 ? "0" : "") + dis);
        }
        return c;
    }

    private void ensurePersons(int n) {
        if (n > pId.length) {
            int size = Math.max(n, pId.length * 2);
            pId = Arrays.copyOf(pId, size);
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

    /** Reads what a {@link Writer} wrote. */
    private static final class Reader {
        private byte[] a;
        private int at;
        private int end;

        Reader reset(byte[] bytes, int from, int length) {
            a = bytes;
            at = from;
            end = from + length;
            return this;
        }

        long u() {
            long v = 0;
            int shift = 0;
            while (true) {
                if (at >= end) {
                    throw new IllegalStateException("family snapshot: truncated value");
                }
                byte b = a[at++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return v;
                }
                shift += 7;
            }
        }

        int i() {
            return (int) u();
        }

        long s() {
            long v = u();
            return (v >>> 1) ^ -(v & 1);
        }

        int day() {
            long v = u();
            if (v == 0) {
                return Integer.MIN_VALUE;
            }
            v -= 1;
            return (int) ((v >>> 1) ^ -(v & 1));
        }

        String text() {
            int len = i();
            if (len == 0) {
                return null;
            }
            String s = new String(a, at, len - 1, java.nio.charset.StandardCharsets.UTF_8);
            at += len - 1;
            return s;
        }

        int position() {
            return at;
        }

        Reader seek(int position) {
            at = position;
            return this;
        }

        int next() {
            return a[at++] & 0xFF;
        }

        boolean atEnd() {
            return at >= end;
        }
    }
}
