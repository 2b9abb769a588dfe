package kz.shanyraq.recompute.registry;

import kz.shanyraq.law.asof.RegistryCodes;
import kz.shanyraq.law.family.AwardKind;
import kz.shanyraq.law.family.DisabilityCause;
import kz.shanyraq.law.family.IncomeType;
import kz.shanyraq.law.family.LandPlot;
import kz.shanyraq.law.family.Livestock;
import kz.shanyraq.law.family.LoanKind;
import kz.shanyraq.law.family.Locality;
import kz.shanyraq.law.family.RealEstate;
import kz.shanyraq.law.family.ResidenceStatus;
import kz.shanyraq.law.family.ResettlerKind;
import kz.shanyraq.law.family.Vehicle;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes every registry fact the law reads about the families of an id range, for any date (periods, not the
 * facts in force), into the family snapshot's rows ({@code family_snapshot.facts}, format version
 * {@value #VERSION}, documented in docs/recompute.md). {@link FamilyFactsDecoder} picks the facts in force on a run's
 * date with the rules of {@link SliceReader}; tests compare both on several dates.
 */
final class FamilyFacts {

    /**
     * 2: a person block starts with its length, its sections with a mask of those not empty and each one's length
     * (a decoder jumps over what it does not read), incomes latest month first with the month as a step back.
     */
    static final int VERSION = 2;

    // Sections of a person block, in this order.
    static final int STATUS = 0;
    static final int DISABILITY = 1;
    static final int STUDY = 2;
    static final int ILLNESS = 3;
    static final int CARE = 4;
    static final int AWARD = 5;
    static final int MATERNITY = 6;
    static final int CONTRACT = 7;
    static final int UNEMPLOYMENT = 8;
    static final int INCOME = 9;
    static final int CONTRIBUTION = 10;
    static final int PARTICIPATION = 11;
    static final int LOAN = 12;
    static final int ESTATE = 13;
    static final int VEHICLE = 14;
    static final int LAND = 15;
    static final int LIVESTOCK = 16;
    /** Persons whose mother, father or guardian this person is (read for a deceased breadwinner only). */
    static final int KIN = 17;
    static final int SECTIONS = 18;

    private FamilyFacts() {
    }

    /** One family's encoded facts. */
    record Encoded(long familyId, byte[] facts) {
    }

    /** A person's header and sections while a range is read. */
    private static final class Person {
        final long id;
        final Varints.Writer head = new Varints.Writer();
        final int[] counts = new int[SECTIONS];
        final Varints.Writer[] sections = new Varints.Writer[SECTIONS];
        /** The month of the income row written last (rows come latest first), -1 before the first. */
        long lastIncomeMonth = -1;

        Person(long id) {
            this.id = id;
        }

        Varints.Writer row(int section) {
            counts[section]++;
            Varints.Writer w = sections[section];
            return w == null ? sections[section] = new Varints.Writer() : w;
        }

        /** {@code id length head mask (count length rows)…}: the length counts every byte after itself. */
        void writeTo(Varints.Writer out) {
            int mask = 0;
            long length = head.n;
            for (int s = 0; s < SECTIONS; s++) {
                if (counts[s] > 0) {
                    mask |= 1 << s;
                    length += Varints.size(counts[s]) + Varints.size(sections[s].n) + sections[s].n;
                }
            }
            length += Varints.size(mask);
            out.u(id).u(length);
            out.bytes(head.a, 0, head.n);
            out.u(mask);
            for (int s = 0; s < SECTIONS; s++) {
                if (counts[s] > 0) {
                    out.u(counts[s]).u(sections[s].n).bytes(sections[s].a, 0, sections[s].n);
                }
            }
        }
    }

    private record Loss(long deceased, int diedOn, boolean bothParentsLost, Person person) {
    }

    private static final class Draft {
        final long id;
        int addresses;
        final Varints.Writer address = new Varints.Writer();
        int memberships;
        final Varints.Writer membership = new Varints.Writer();
        final List<Person> persons = new ArrayList<>(4);
        int resettlements;
        final Varints.Writer resettlement = new Varints.Writer();
        final List<Loss> losses = new ArrayList<>(0);

        Draft(long id) {
            this.id = id;
        }
    }

    /** The families with ids from {@code lo} to {@code hi} (inclusive), in id order, encoded. */
    static List<Encoded> read(Connection c, long lo, long hi) throws SQLException {
        return read(c, "between " + lo + " and " + hi, (int) Math.min(1 << 16, hi - lo + 1));
    }

    /** The families with these ids (those that exist), in id order, encoded. */
    static List<Encoded> read(Connection c, long[] ids) throws SQLException {
        if (ids.length == 0) {
            return List.of();
        }
        StringBuilder s = new StringBuilder("= any('{");
        for (int i = 0; i < ids.length; i++) {
            s.append(i == 0 ? "" : ",").append(ids[i]);
        }
        return read(c, s.append("}'::bigint[])").toString(), ids.length);
    }

    private static List<Encoded> read(Connection c, String families, int expected) throws SQLException {
        List<Draft> drafts = new ArrayList<>();
        LongMap<Draft> byId = new LongMap<>(Math.max(16, expected));
        try (CopyRows r = new CopyRows(c, "select id from family where id %s order by id".formatted(families))) {
            while (r.next()) {
                Draft d = new Draft(r.getLong(0));
                drafts.add(d);
                byId.put(d.id, d);
            }
        }
        try (CopyRows r = new CopyRows(c, """
                select family_id, region_code, district_id, locality, valid_from, valid_to from family_address
                 where family_id %s order by family_id, valid_from""".formatted(families))) {
            while (r.next()) {
                Draft d = byId.get(r.getLong(0));
                if (d != null) {
                    d.addresses++;
                    d.address.u(regionNumber(r.getString(1)) + 1L).u(districtNumber(r.getString(2)))
                            .u(ordinal(RegistryCodes.parse(Locality.class, r.getString(3)))).day(r.getDay(4)).day(r.getDay(5));
                }
            }
        }
        // Persons of every membership period (a person is encoded in each family they ever belonged to).
        LongMap<List<Person>> persons = new LongMap<>(drafts.size() * 4);
        List<Person> all = new ArrayList<>();
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        try (CopyRows r = new CopyRows(c, """
                select family_id, person_id, relation, valid_from, valid_to from family_member
                 where family_id %s order by family_id, person_id, valid_from""".formatted(families))) {
            while (r.next()) {
                Draft d = byId.get(r.getLong(0));
                long person = r.getLong(1);
                if (d == null) {
                    continue;
                }
                d.memberships++;
                d.membership.u(person).u(RegistryCodes.relation(r.getString(2)).ordinal() + 1L).day(r.getDay(3))
                        .day(r.getDay(4));
                if (d.persons.isEmpty() || d.persons.get(d.persons.size() - 1).id != person) {
                    Person p = new Person(person);
                    d.persons.add(p);
                    all.add(p);
                    List<Person> same = persons.get(person);
                    if (same == null) {
                        persons.put(person, same = new ArrayList<>(1));
                    }
                    same.add(p);
                    min = Math.min(min, person);
                    max = Math.max(max, person);
                }
            }
        }
        if (!all.isEmpty()) {
            readPersons(c, persons, SliceReader.personFilter(persons, min, max), false);
        }
        readFamilyFacts(c, families, byId);
        List<Encoded> out = new ArrayList<>(drafts.size());
        Varints.Writer w = new Varints.Writer();
        for (Draft d : drafts) {
            w.n = 0;
            w.u(VERSION);
            w.u(d.addresses).bytes(d.address.a, 0, d.address.n);
            w.u(d.memberships).bytes(d.membership.a, 0, d.membership.n);
            w.u(d.persons.size());
            for (Person p : d.persons) {
                p.writeTo(w);
            }
            w.u(d.resettlements).bytes(d.resettlement.a, 0, d.resettlement.n);
            w.u(d.losses.size());
            for (Loss loss : d.losses) {
                w.u(loss.deceased()).day(loss.diedOn()).u(loss.bothParentsLost() ? 1 : 0);
                loss.person().writeTo(w);
            }
            out.add(new Encoded(d.id, w.toArray()));
        }
        return out;
    }

    /** Every fact of these persons, any date. */
    private static void readPersons(Connection c, LongMap<List<Person>> persons, String who, boolean kin)
            throws SQLException {
        try (CopyRows r = new CopyRows(c, """
                select id, iin, birth_date, death_date, sex, mother_id, birth_order from person where id %s"""
                .formatted(who))) {
            while (r.next()) {
                List<Person> ps = persons.get(r.getLong(0));
                if (ps == null) {
                    continue;
                }
                String iin = r.getString(1);
                for (Person p : ps) {
                    Varints.Writer h = p.head;
                    h.u(1); // present
                    writeIin(h, iin);
                    h.day(r.getDay(2)).day(r.getDay(3)).u(ordinal(RegistryCodes.sex(r.getString(4))))
                            .u(r.isNull(5) ? 0 : r.getLong(5) + 1).u(r.isNull(6) ? 0 : r.getLong(6) + 1);
                }
            }
        }
        persons.forEachKey(id -> {
            for (Person p : persons.get(id)) {
                if (p.head.n == 0) {
                    p.head.u(0); // no person row: never a member in force
                }
            }
        });
        rows(c, persons, STATUS, """
                select person_id, status, valid_from, valid_to from person_status where person_id %s
                 order by person_id, valid_from""", who, (r, w) -> w.u(ordinal(RegistryCodes.parse(ResidenceStatus.class,
                r.getString(1)))).day(r.getDay(2)).day(r.getDay(3)));
        rows(c, persons, DISABILITY, """
                select person_id, grp, cause, work_capacity_loss_percent, valid_from, valid_to from disability
                 where person_id %s order by person_id, valid_from""", who, (r, w) -> w
                .u(r.isNull(1) ? 0 : r.getLong(1) + 1).u(ordinal(RegistryCodes.parse(DisabilityCause.class, r.getString(2))))
                .u(r.isNull(3) ? 0 : r.getLong(3) + 1).day(r.getDay(4)).day(r.getDay(5)));
        rows(c, persons, STUDY, """
                select person_id, valid_from, valid_to from study where person_id %s and full_time
                 order by person_id, valid_from""", who, (r, w) -> w.day(r.getDay(1)).day(r.getDay(2)));
        rows(c, persons, ILLNESS, """
                select person_id, valid_from, valid_to from long_illness where person_id %s""", who,
                (r, w) -> w.day(r.getDay(1)).day(r.getDay(2)));
        rows(c, persons, CARE, """
                select carer_id, cared_id, valid_from, valid_to from care_duty where carer_id %s
                 order by carer_id, cared_id, valid_from""", who,
                (r, w) -> w.u(r.getLong(1)).day(r.getDay(2)).day(r.getDay(3)));
        rows(c, persons, AWARD, """
                select person_id, kind, awarded_on from award where person_id %s order by person_id, awarded_on""",
                who, (r, w) -> w.u(ordinal(RegistryCodes.parse(AwardKind.class, r.getString(1)))).day(r.getDay(2)));
        rows(c, persons, MATERNITY, """
                select person_id, starts_on, days from maternity_leave where person_id %s""", who,
                (r, w) -> w.day(r.getDay(1)).u(r.getLong(2)));
        rows(c, persons, CONTRACT, """
                select person_id, started_on, ended_on from employment_contract where person_id %s""", who,
                (r, w) -> w.day(r.getDay(1)).day(r.getDay(2)));
        rows(c, persons, UNEMPLOYMENT, """
                select person_id, registered_on, ended_on from unemployment_registration where person_id %s""", who,
                (r, w) -> w.day(r.getDay(1)).day(r.getDay(2)));
        // Incomes, latest month first: the first row's month as its index, each next row's as the step back from
        // the row before (0: the same month), so a decoder stops at the first month before the months it reads;
        // the type's ordinal + 1 (0: a type the law does not know, read as OTHER).
        try (CopyRows r = new CopyRows(c, """
                select person_id, month, type, amount from income where person_id %s
                 order by person_id, month desc""".formatted(who))) {
            while (r.next()) {
                List<Person> ps = persons.get(r.getLong(0));
                if (ps == null) {
                    continue;
                }
                long month = monthOf(r.getDay(1));
                int type = ordinal(RegistryCodes.parse(IncomeType.class, r.getString(2)));
                long amount = r.getLong(3);
                for (Person p : ps) {
                    p.row(INCOME).u(p.lastIncomeMonth < 0 ? month : p.lastIncomeMonth - month).u(type).u(amount);
                    p.lastIncomeMonth = month;
                }
            }
        }
        rows(c, persons, CONTRIBUTION, """
                select person_id, month, income from social_contribution where person_id %s order by person_id, month""",
                who, (r, w) -> w.u(monthOf(r.getDay(1))).u(r.getLong(2)));
        rows(c, persons, PARTICIPATION, """
                select person_id, as_of, months from insurance_participation where person_id %s""", who,
                (r, w) -> w.day(r.getDay(1)).u(r.getLong(2)));
        if (kin) {
            rows(c, persons, KIN, """
                    select related_person_id, person_id from person_relation
                     where related_person_id %s and kind in ('mother', 'father', 'guardian')""", who,
                    (r, w) -> w.u(r.getLong(1)));
            return;
        }
        rows(c, persons, LOAN, """
                select person_id, kind, opened_on, closed_on from loan where person_id %s
                 order by person_id, opened_on, id""", who,
                (r, w) -> w.u(ordinal(RegistryCodes.parse(LoanKind.class, r.getString(1)))).day(r.getDay(2)).day(r.getDay(3)));
        rows(c, persons, ESTATE, """
                select person_id, kind, area_m2::text, valid_from, valid_to from real_estate where person_id %s
                 order by person_id, valid_from, id""", who, (r, w) -> decimal(
                w.u(ordinal(RegistryCodes.parse(RealEstate.Kind.class, r.getString(1)))), r.getString(2))
                .day(r.getDay(3)).day(r.getDay(4)));
        rows(c, persons, VEHICLE, """
                select person_id, kind, made_year, valid_from, valid_to from vehicle where person_id %s
                 order by person_id, valid_from, id""", who,
                (r, w) -> w.u(ordinal(RegistryCodes.parse(Vehicle.Kind.class, r.getString(1))))
                        .u(r.isNull(2) ? 0 : r.getLong(2) + 1).day(r.getDay(3)).day(r.getDay(4)));
        rows(c, persons, LAND, """
                select person_id, hectares::text, purpose, valid_from, valid_to from land_plot where person_id %s
                 order by person_id, valid_from, id""", who, (r, w) -> decimal(w, r.getString(1))
                .u(ordinal(RegistryCodes.parse(LandPlot.Purpose.class, r.getString(2)))).day(r.getDay(3)).day(r.getDay(4)));
        rows(c, persons, LIVESTOCK, """
                select person_id, species, head, as_of from livestock where person_id %s
                 order by person_id, species, as_of desc""", who,
                (r, w) -> w.u(ordinal(RegistryCodes.parse(Livestock.Species.class, r.getString(1)))).u(r.getLong(2))
                        .day(r.getDay(3)));
    }

    private interface RowWriter {
        void write(CopyRows r, Varints.Writer w) throws SQLException;
    }

    private static void rows(Connection c, LongMap<List<Person>> persons, int section, String query, String who,
                             RowWriter writer) throws SQLException {
        Varints.Writer row = new Varints.Writer();
        try (CopyRows r = new CopyRows(c, query.formatted(who))) {
            while (r.next()) {
                List<Person> ps = persons.get(r.getLong(0));
                if (ps == null) {
                    continue;
                }
                row.n = 0;
                writer.write(r, row);
                for (Person p : ps) {
                    p.row(section).bytes(row.a, 0, row.n);
                }
            }
        }
    }

    private static void readFamilyFacts(Connection c, String families, LongMap<Draft> byId) throws SQLException {
        try (CopyRows r = new CopyRows(c, """
                select family_id, kind, in_regional_quota, from_region, settled_on, rent_rate_mrp from resettlement
                 where family_id %s""".formatted(families))) {
            while (r.next()) {
                Draft d = byId.get(r.getLong(0));
                if (d != null) {
                    d.resettlements++;
                    d.resettlement.u(ordinal(RegistryCodes.parse(ResettlerKind.class, r.getString(1))))
                            .u(r.getBoolean(2) ? 1 : 0).text(r.getString(3)).day(r.getDay(4))
                            .u(r.isNull(5) ? 0 : r.getLong(5) + 1);
                }
            }
        }
        LongMap<List<Person>> deceased = new LongMap<>(64);
        boolean any = false;
        try (CopyRows r = new CopyRows(c, """
                select family_id, deceased_id, died_on, both_parents_lost from breadwinner_loss
                 where family_id %s order by family_id, deceased_id""".formatted(families))) {
            while (r.next()) {
                Draft d = byId.get(r.getLong(0));
                if (d != null) {
                    long id = r.getLong(1);
                    Person p = new Person(id);
                    d.losses.add(new Loss(id, r.getDay(2), r.getBoolean(3), p));
                    any = true;
                    List<Person> same = deceased.get(id);
                    if (same == null) {
                        deceased.put(id, same = new ArrayList<>(1));
                    }
                    same.add(p);
                }
            }
        }
        if (!any) {
            return;
        }
        StringBuilder ids = new StringBuilder("= any('{");
        deceased.forEachKey(id -> ids.append(id).append(','));
        ids.setLength(ids.length() - 1);
        readPersons(c, deceased, ids.append("}'::bigint[])").toString(), true);
    }

    private static void writeIin(Varints.Writer h, String iin) {
        int len = iin.length();
        boolean digits = len > 0 && len <= 17;
        long v = 0;
        for (int i = 0; digits && i < len; i++) {
            char ch = iin.charAt(i);
            digits = ch >= '0' && ch <= '9';
            v = v * 10 + (ch - '0');
        }
        if (digits) {
            h.u(len).u(v);
        } else {
            h.u(0).text(iin);
        }
    }

    private static Varints.Writer decimal(Varints.Writer w, String text) {
        if (text == null) {
            return w.u(0).s(0);
        }
        BigDecimal d = new BigDecimal(text);
        return w.u(d.scale() + 1L).s(d.unscaledValue().longValueExact());
    }

    private static int ordinal(Enum<?> e) {
        return e == null ? 0 : e.ordinal() + 1;
    }

    private static long monthOf(int epochDay) {
        java.time.LocalDate d = java.time.LocalDate.ofEpochDay(epochDay);
        return d.getYear() * 12L + d.getMonthValue() - 1;
    }

    /** {@code KZ-75} → 75. */
    private static int regionNumber(String code) {
        if (code == null || code.length() != 5 || !code.startsWith("KZ-")) {
            throw new IllegalStateException("family snapshot: region code '" + code + "' is not KZ-NN");
        }
        return Integer.parseInt(code, 3, 5, 10);
    }

    /** {@code KZ-75-01} → 7501 + 1; null → 0. */
    private static long districtNumber(String id) {
        if (id == null) {
            return 0;
        }
        if (id.length() != 8 || !id.startsWith("KZ-") || id.charAt(5) != '-') {
            throw new IllegalStateException("family snapshot: district id '" + id + "' is not KZ-NN-NN");
        }
        return Integer.parseInt(id, 3, 5, 10) * 100L + Integer.parseInt(id, 6, 8, 10) + 1;
    }
}
