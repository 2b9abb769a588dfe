package kz.shanyraq.synth.calibration;

import kz.shanyraq.synth.country.ChunkPopulation;
import kz.shanyraq.synth.country.Facts;
import kz.shanyraq.synth.country.Household;
import kz.shanyraq.synth.country.Resident;
import kz.shanyraq.synth.country.Role;
import kz.shanyraq.synth.country.Status;
import kz.shanyraq.synth.country.SyntheticCalendar;
import kz.shanyraq.synth.load.ChunkRows;
import kz.shanyraq.synth.load.RegistryTable;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts what the generator made, straight from its families (no database): the figures the synthetic country is
 * calibrated against, for tests and for tuning. {@link CalibrationReport} counts the same from a loaded registry.
 */
public final class PopulationCensus {

    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final Map<String, Long> personsByRegion = new TreeMap<>();
    private final Map<String, Long> familiesByRegion = new TreeMap<>();
    private final Map<Integer, Long> familySizes = new TreeMap<>();
    private final Map<Integer, Long> birthsByYear = new TreeMap<>();
    private final Map<String, Long> rowsByTable = new LinkedHashMap<>();
    private final Map<String, Long> povertyLines;
    private final kz.shanyraq.synth.country.LawAmounts law = kz.shanyraq.synth.country.LawAmounts.standard();

    public PopulationCensus(Map<String, Long> povertyLines) {
        this.povertyLines = povertyLines;
    }

    public synchronized void add(ChunkPopulation population, ChunkRows rows) {
        LocalDate ref = SyntheticCalendar.REFERENCE_DATE;
        for (Household h : population.households()) {
            List<Resident> current = h.current();
            String region = h.region.code();
            inc("families", 1);
            familiesByRegion.merge(region, 1L, Long::sum);
            personsByRegion.merge(region, (long) current.size(), Long::sum);
            familySizes.merge(Math.min(current.size(), 10), 1L, Long::sum);
            if (h.rural) {
                inc("persons rural", current.size());
            }
            int minors = 0, dependants = 0;
            long counted = 0;
            for (Resident r : current) {
                int age = r.age();
                boolean child = r.role == Role.CHILD || r.role == Role.GRANDCHILD;
                if (child && age < 18) minors++;
                if (child && (age < 18 || (age < 23 && r.studyingFullTime()))) dependants++;
                for (Facts.IncomeStream s : r.incomes) {
                    if (law.countedForAsp(s.type())) counted += s.total(0, 3);
                }
            }
            if (minors >= 4) inc("families with 4+ minors", 1);
            if (!h.lostBreadwinners.isEmpty() && dependants > 0) {
                inc("survivor families", 1);
                inc("survivor dependants", dependants);
            }
            if (counted <= povertyLines.get(region) * current.size() * 3L) {
                inc("families at or below the poverty line", 1);
                inc("persons in families at or below the poverty line", current.size());
                inc("children aged 1–6 in families at or below the poverty line",
                        current.stream().filter(r -> r.age() >= 1 && r.age() <= 6).count());
                boolean loans = false;
                for (Resident r : current) {
                    if (r.loans != null) {
                        for (Facts.Loan l : r.loans) {
                            loans |= !"mortgage".equals(l.kind());
                        }
                    }
                }
                if (!loans) inc("families at or below the line without non-mortgage loans", 1);
            }
            if (h.poor) inc("families drawn poor", 1);
            if (h.resettlement != null) inc("resettlement " + h.resettlement.kind(), 1);
            for (Resident r : current) {
                person(r, ref);
            }
        }
        for (Resident r : population.persons()) {
            if (r.birth.isBefore(ref) && r.birth.getYear() >= 1990) {
                birthsByYear.merge(r.birth.getYear(), 1L, Long::sum);
            }
        }
        inc("persons (records, incl. deceased)", population.persons().size());
        if (rows != null) {
            for (RegistryTable t : RegistryTable.values()) {
                rowsByTable.merge(t.table, rows.of(t).rows(), Long::sum);
            }
        }
    }

    private void person(Resident r, LocalDate ref) {
        int age = r.age();
        inc("persons", 1);
        inc(age < 18 ? "age 0-17" : r.pensionAge() ? "pension age" : "age 18 to pension", 1);
        if (age >= 65) inc("age 65+", 1);
        if (!r.birth.isBefore(ref.minusYears(1))) inc("births in the last 12 months", 1);
        if (r.dueDate != null) inc("pregnant", 1);
        if (r.disabled()) {
            inc("persons with disability", 1);
            if (age < 18) inc("children with disability", 1);
            if (!r.pensionAge()) inc("persons with disability under pension age (ГСП)", 1);
            if (r.workCapacityLoss > 0) inc("ГФСС loss of working capacity", 1);
        }
        if (r.award != null) inc("awarded mothers", 1);
        if (r.employee) inc("employees", 1);
        if (r.employee && r.contractRegistered) inc("registered contracts", 1);
        if (r.entrepreneur) inc("self-employed", 1);
        if (r.pension > 0) inc("pensioners", 1);
        if (r.studyingFullTime()) inc("full-time students", 1);
        if (r.caresFor != null) inc("carers", 1);
        if (r.insured) inc("insured", 1);
        if (r.contributions != null) inc("with 24 months of contributions", 1);
        if (r.maternityLeaveStart != null) inc("maternity leaves", 1);
        if (r.jobTo != null) inc("lost a job (6 months)", 1);
        if (r.status == Status.KANDAS) inc("kandas", 1);
        if (r.status != Status.CITIZEN && r.status != Status.KANDAS) inc("other non-citizens", 1);
        for (Facts.IncomeStream s : r.incomes) {
            if (s.type().equals("multichild-allowance")) inc("multi-child allowance families", 1);
        }
    }

    private void inc(String key, long n) {
        counts.merge(key, n, Long::sum);
    }

    public synchronized long count(String key) {
        return counts.getOrDefault(key, 0L);
    }

    public Map<String, Long> counts() {
        return counts;
    }

    public Map<String, Long> personsByRegion() {
        return personsByRegion;
    }

    public Map<String, Long> familiesByRegion() {
        return familiesByRegion;
    }

    public Map<Integer, Long> familySizes() {
        return familySizes;
    }

    public Map<Integer, Long> birthsByYear() {
        return birthsByYear;
    }

    public Map<String, Long> rowsByTable() {
        return rowsByTable;
    }
}
