package kz.shanyraq.synth.load;

import kz.shanyraq.synth.country.ChunkPopulation;
import kz.shanyraq.synth.country.Employers;
import kz.shanyraq.synth.country.Facts;
import kz.shanyraq.synth.country.Household;
import kz.shanyraq.synth.country.RegionProfiles;
import kz.shanyraq.synth.country.Resident;
import kz.shanyraq.synth.country.Status;
import kz.shanyraq.synth.country.SyntheticCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static kz.shanyraq.synth.load.RegistryTable.*;

/**
 * Turns the families of one chunk into registry rows, numbering persons, contracts, dwellings, vehicles, plots
 * and loans from where the previous chunk stopped ({@link IdBase}).
 *
 * <p>Rows are written in the order of each table's primary key (persons by id, a person's incomes by month, type
 * and source, …). The index builds after the load then find their input already sorted, which PostgreSQL's sort
 * detects, so rebuilding the keys costs little more than reading the table.
 */
public final class RowWriter {

    /** The reference months as {@code year × 12 + month − 1}. */
    private static final int[] INCOME_MONTH_INDEX = SyntheticCalendar.INCOME_MONTHS.stream()
            .mapToInt(m -> m.getYear() * 12 + m.getMonthValue() - 1).toArray();
    /** Every month a history may have, from the earliest to the last before the reference months, as indexes. */
    private static final int[] HISTORY_MONTH_INDEX = SyntheticCalendar.historyMonths(SyntheticCalendar.EARLIEST_HISTORY_FROM)
            .stream().mapToInt(m -> m.getYear() * 12 + m.getMonthValue() - 1).toArray();
    private static final int REFERENCE_DAY = RowBuffer.pgDay(SyntheticCalendar.REFERENCE_DATE);
    private static final Comparator<Stream> BY_TYPE_AND_SOURCE =
            Comparator.comparing((Stream s) -> s.income.type()).thenComparing(s -> s.income.source());

    private RowWriter() {
    }

    /** Where a chunk's numbering starts: the last id used by the chunks before it (0 for the first). */
    public record IdBase(long person, long contract, long estate, long vehicle, long land, long loan) {

        public static final IdBase ZERO = new IdBase(0, 0, 0, 0, 0, 0);

        public IdBase after(ChunkPopulation p) {
            return new IdBase(person + p.persons().size(), contract + p.contracts(), estate + p.estates(),
                    vehicle + p.vehicles(), land + p.landPlots(), loan + p.loans());
        }
    }

    /** Running ids of the numbered things while one chunk is written. */
    private static final class Ids {
        final long person;
        long contract;
        long estate;
        long vehicle;
        long land;
        long loan;

        Ids(IdBase base) {
            person = base.person();
            contract = base.contract();
            estate = base.estate();
            vehicle = base.vehicle();
            land = base.land();
            loan = base.loan();
        }

        long of(Resident r) {
            return person + r.local + 1;
        }
    }

    public static ChunkRows write(ChunkPopulation population, IdBase base) {
        return write(population, base, null);
    }

    /** Writes into {@code reused} (emptied first) when given, to spare allocating buffers for every chunk. */
    public static ChunkRows write(ChunkPopulation population, IdBase base, ChunkRows reused) {
        ChunkRows rows = reused != null
                ? reused.reuse(population.chunk().index(), population.households().size())
                : new ChunkRows(population.chunk().index(), population.households().size(), population.persons().size());
        int regionIndex = RegionProfiles.all().indexOf(population.chunk().region());
        long firstFamily = population.chunk().firstFamily();
        Ids ids = new Ids(base);
        for (Household h : population.households()) {
            family(rows, h, firstFamily + h.local, ids);
        }
        for (Resident r : population.persons()) {
            person(rows, r, r.household == null ? 0 : firstFamily + r.household.local, ids, regionIndex);
        }
        return rows;
    }

    private static void family(ChunkRows rows, Household h, long familyId, Ids ids) {
        rows.of(FAMILY).row(2).int8(familyId).date(h.createdOn);
        if (h.previousRegion != null) {
            rows.of(FAMILY_ADDRESS).row(6).int8(familyId).code(h.previousRegion).code(h.previousDistrict).code("rural")
                    .date(h.createdOn).date(h.addressFrom.minusDays(1));
        }
        rows.of(FAMILY_ADDRESS).row(6).int8(familyId).code(h.region.code()).code(h.districtId).code(h.locality())
                .date(h.addressFrom).nul();
        if (h.resettlement != null) {
            Facts.Resettlement s = h.resettlement;
            RowBuffer b = rows.of(RESETTLEMENT).row(6).int8(familyId).code(s.kind()).bool(s.inRegionalQuota())
                    .code(s.fromRegion()).date(s.settledOn());
            if (s.rentRateMrp() == null) {
                b.nul();
            } else {
                b.int2(s.rentRateMrp());
            }
        }
        List<Resident> lost = new ArrayList<>(h.lostBreadwinners);
        lost.sort(Comparator.comparingInt(r -> r.local));
        for (Resident r : lost) {
            rows.of(BREADWINNER_LOSS).row(4).int8(familyId).int8(ids.of(r)).date(r.death).bool(h.bothParentsLost);
        }
        if (!h.herds.isEmpty()) {
            long head = ids.of(h.head);
            List<Facts.Herd> herds = new ArrayList<>(h.herds);
            herds.sort(Comparator.comparing(Facts.Herd::species));
            for (Facts.Herd herd : herds) {
                rows.of(LIVESTOCK).row(4).int8(head).code(herd.species()).int4(herd.head()).pgDate(REFERENCE_DAY);
            }
        }
    }

    private static void person(ChunkRows rows, Resident r, long familyId, Ids ids, int regionIndex) {
        long id = ids.of(r);
        RowBuffer p = rows.of(PERSON).row(7).int8(id).code(r.iin).date(r.birth).code(r.female ? "F" : "M").date(r.death)
                .int8OrNull(r.mother == null ? 0 : ids.of(r.mother), r.mother != null);
        if (r.birthOrder > 0) {
            p.int2(r.birthOrder);
        } else {
            p.nul();
        }
        if (r.status != Status.CITIZEN) {
            rows.of(PERSON_STATUS).row(4).int8(id).code(r.status.code).date(r.statusFrom)
                    .date(r.citizenFrom == null ? null : r.citizenFrom.minusDays(1));
            if (r.citizenFrom != null) {
                rows.of(PERSON_STATUS).row(4).int8(id).code(Status.CITIZEN.code).date(r.citizenFrom).nul();
            }
        } else {
            // Citizenship is a fact like any other: the registry holds it, the reader does not assume it.
            rows.of(PERSON_STATUS).row(4).int8(id).code(Status.CITIZEN.code).date(r.birth).nul();
        }
        if (r.household != null) {
            rows.of(FAMILY_MEMBER).row(5).int8(familyId).int8(id).code(r.role.code).date(r.memberFrom).date(r.memberTo);
        }
        relations(rows, r, id, ids);
        incomes(rows, r, id);
        if (r.contributions != null) {
            LocalDate month = r.contributionsFrom;
            for (long income : r.contributions) {
                if (income > 0) {
                    rows.of(SOCIAL_CONTRIBUTION).row(3).int8(id).date(month).int8(income);
                }
                month = month.plusMonths(1);
            }
        }
        if (r.insured) {
            rows.of(INSURANCE_PARTICIPATION).row(3).int8(id).pgDate(REFERENCE_DAY).int4(r.participationMonths);
        }
        if (r.employee && r.contractRegistered) {
            rows.of(EMPLOYMENT_CONTRACT).row(6).int8(++ids.contract).int8(id).code(Employers.bin(regionIndex, r.employer))
                    .date(r.jobFrom).date(r.jobTo).code(r.jobEndReason);
        }
        if (r.unemployedFrom != null) {
            rows.of(UNEMPLOYMENT_REGISTRATION).row(3).int8(id).date(r.unemployedFrom).nul();
        }
        facts(rows, r, id, ids);
    }

    /** Kinship rows of a person, in key order (related person, kind). */
    private static void relations(ChunkRows rows, Resident r, long id, Ids ids) {
        Resident[] related = new Resident[4];
        String[] kinds = new String[4];
        LocalDate[] from = new LocalDate[4];
        LocalDate[] to = new LocalDate[4];
        int n = 0;
        if (r.mother != null) {
            related[n] = r.mother;
            kinds[n] = "mother";
            from[n++] = r.birth;
        }
        if (r.father != null) {
            related[n] = r.father;
            kinds[n] = "father";
            from[n++] = r.birth;
        }
        if (r.female && r.spouse != null) {
            // Recorded once per couple; the index on related_person_id finds it from the husband's side.
            related[n] = r.spouse;
            kinds[n] = "spouse";
            to[n] = r.death != null ? r.death : r.spouse.death;
            from[n++] = r.marriedOn;
        }
        if (r.guardian != null) {
            related[n] = r.guardian;
            kinds[n] = "guardian";
            from[n++] = r.memberFrom;
        }
        for (int done = 0; done < n; done++) {
            int next = -1;
            for (int i = 0; i < n; i++) {
                if (related[i] != null && (next < 0 || related[i].local < related[next].local)) {
                    next = i;
                }
            }
            rows.of(PERSON_RELATION).row(5).int8(id).int8(ids.of(related[next])).code(kinds[next]).date(from[next])
                    .date(to[next]);
            related[next] = null;
        }
    }

    /**
     * Income rows (V103: one per year, type and source, the twelve months in an array, a month without income NULL)
     * in key order: year, then type, then source. The history months and the reference months of the same type and
     * source share their year's row.
     */
    private static void incomes(ChunkRows rows, Resident r, long id) {
        List<Facts.IncomeStream> past = r.pastIncomes == null ? List.of() : r.pastIncomes;
        List<Facts.IncomeStream> current = r.incomes;
        if (past.isEmpty() && current.isEmpty()) {
            return;
        }
        List<Stream> all = new ArrayList<>(past.size() + current.size());
        int n = 0;
        for (Facts.IncomeStream t : past) {
            all.add(new Stream(t, HISTORY_MONTH_INDEX.length - t.amounts().length, HISTORY_MONTH_INDEX));
            n = t.amounts().length;
        }
        for (Facts.IncomeStream t : current) {
            all.add(new Stream(t, 0, INCOME_MONTH_INDEX));
        }
        all.sort(BY_TYPE_AND_SOURCE);
        int firstMonth = n > 0 ? HISTORY_MONTH_INDEX[HISTORY_MONTH_INDEX.length - n] : INCOME_MONTH_INDEX[0];
        int lastMonth = INCOME_MONTH_INDEX[INCOME_MONTH_INDEX.length - 1];
        RowBuffer b = rows.of(INCOME);
        long[] months = new long[12];
        for (int year = firstMonth / 12; year <= lastMonth / 12; year++) {
            for (int i = 0; i < all.size(); ) {
                Facts.IncomeStream s = all.get(i).income;
                Arrays.fill(months, RowBuffer.NULL_INT8);
                boolean any = false;
                // the streams of one type and source (a history one and a reference one) fill one row
                int j = i;
                for (; j < all.size() && all.get(j).income.type().equals(s.type())
                        && all.get(j).income.source().equals(s.source()); j++) {
                    Stream t = all.get(j);
                    long[] amounts = t.income.amounts();
                    for (int m = 0; m < amounts.length; m++) {
                        int month = t.months[t.offset + m];
                        if (month / 12 == year && amounts[m] > 0) {
                            months[month % 12] = amounts[m];
                            any = true;
                        }
                    }
                }
                if (any) {
                    b.row(5).int8(id).int2(year).code(s.type()).code(s.source()).int8Array(months);
                }
                i = j;
            }
        }
    }

    /** An income stream and the months (indexes) its amounts belong to, from {@code months[offset]}. */
    private record Stream(Facts.IncomeStream income, int offset, int[] months) {
    }

    private static void facts(ChunkRows rows, Resident r, long id, Ids ids) {
        if (r.disabilityGroup != 0) {
            RowBuffer b = rows.of(DISABILITY).row(6).int8(id);
            if (r.disabilityGroup > 0) {
                b.int2(r.disabilityGroup);
            } else {
                b.nul();
            }
            b.code(r.disabilityCause);
            if (r.workCapacityLoss > 0) {
                b.int2(r.workCapacityLoss);
            } else {
                b.nul();
            }
            b.date(r.disabilityFrom).nul();
        }
        if (r.studyFrom != null) {
            rows.of(STUDY).row(4).int8(id).bool(true).date(r.studyFrom).date(r.studyTo);
        }
        if (r.illnessFrom != null) {
            rows.of(LONG_ILLNESS).row(3).int8(id).date(r.illnessFrom).nul();
        }
        if (r.caresFor != null) {
            rows.of(CARE_DUTY).row(4).int8(id).int8(ids.of(r.caresFor)).date(r.careFrom).nul();
        }
        if (r.award != null) {
            rows.of(AWARD).row(3).int8(id).code(r.award).date(r.awardedOn);
        }
        if (r.maternityLeaveStart != null) {
            rows.of(MATERNITY_LEAVE).row(3).int8(id).date(r.maternityLeaveStart).int2(r.maternityLeaveDays);
        }
        if (r.estates != null) {
            for (Facts.Estate e : r.estates) {
                rows.of(REAL_ESTATE).row(7).int8(++ids.estate).int8(id).code(e.kind()).code(e.regionCode())
                        .numeric(e.areaCentiM2(), 2).date(e.from()).nul();
            }
        }
        if (r.vehicles != null) {
            for (Facts.Vehicle v : r.vehicles) {
                rows.of(VEHICLE).row(6).int8(++ids.vehicle).int8(id).code(v.kind()).int2(v.madeYear()).date(v.from()).nul();
            }
        }
        if (r.land != null) {
            for (Facts.LandPlot p : r.land) {
                rows.of(LAND_PLOT).row(6).int8(++ids.land).int8(id).numeric(p.hectaresE4(), 4).code(p.purpose())
                        .date(p.from()).nul();
            }
        }
        if (r.loans != null) {
            for (Facts.Loan l : r.loans) {
                rows.of(LOAN).row(6).int8(++ids.loan).int8(id).code(l.kind()).int8(l.principal()).date(l.openedOn()).nul();
            }
        }
    }
}
