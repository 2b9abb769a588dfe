package kz.shanyraq.recompute.registry;

import kz.shanyraq.law.batch.Population;
import kz.shanyraq.law.batch.PopulationBuilder;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Income;
import kz.shanyraq.recompute.TestRegistry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The family snapshot holds every fact for any date: decoded as of a date, each family is the family the slow path
 * (one query per table, filtered in SQL) reads on that date — members, facts in force, incomes, property, losses.
 */
class FamilySnapshotTest {

    /** Dates around the country's reference date: before and after births, deaths, contracts, moves. */
    private static final List<LocalDate> DATES = List.of(TestRegistry.ON, LocalDate.of(2026, 1, 15),
            LocalDate.of(2025, 7, 1), LocalDate.of(2027, 3, 31));

    @Test
    @DisplayName("decoded on any of four dates, every family equals the one the registry's tables give")
    void everyFamilyDecodesAsTheSlowPathReadsItOnAnyDate() throws Exception {
        DataSource ds = TestRegistry.dataSource();
        FamilySnapshot.refresh(ds);
        for (LocalDate on : DATES) {
            int compared = assertSameAsSlowPath(ds, on);
            assertThat(compared).as("families compared on %s", on).isGreaterThan(10_000);
        }
    }

    /** Compares every family of the registry both ways on a date; returns how many. */
    static int assertSameAsSlowPath(DataSource ds, LocalDate on) throws SQLException {
        int compared = 0;
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            assertThat(FamilySnapshot.usable(c)).isTrue();
            RegistrySnapshot slow = RegistrySnapshot.forLaw(on);
            RegistrySnapshot fast = RegistrySnapshot.forLaw(on);
            for (RegistrySnapshot.Range r : RegistrySnapshot.slices(c, 2_000)) {
                List<Family> expected = normalized(slow.read(c, r).families());
                Slice decoded = fast.readFromFamilySnapshot(c, r);
                Population p = decoded.population();
                assertThat(p.size()).as("families of %s on %s", r, on).isEqualTo(expected.size());
                int persons = 0;
                for (int i = 0; i < p.size(); i++) {
                    Family e = expected.get(i);
                    assertThat(sorted(p.family(i))).as("family %s on %s", e.id(), on).isEqualTo(e);
                    persons += e.size();
                    compared++;
                }
                assertThat(decoded.persons()).isEqualTo(persons);
            }
            c.rollback();
        }
        return compared;
    }

    /** The slow path's families as a population gives them back (one representation), incomes in one order. */
    private static List<Family> normalized(List<Family> families) {
        PopulationBuilder b = new PopulationBuilder();
        families.forEach(b::add);
        Population p = b.build();
        List<Family> out = new ArrayList<>(families.size());
        for (int i = 0; i < p.size(); i++) {
            out.add(sorted(p.family(i)));
        }
        return out;
    }

    /** Incomes in one order (the snapshot does not keep the income's source, which the server orders by last). */
    private static Family sorted(Family f) {
        List<Income> incomes = new ArrayList<>(f.incomes());
        incomes.sort(Comparator.comparing(Income::month).reversed().thenComparing(Income::memberId)
                .thenComparing(Income::type).thenComparingLong(Income::amount));
        return new Family(f.id(), f.region(), f.district(), f.locality(), f.members(), incomes, f.loans(),
                f.resettlement(), f.breadwinnerLoss()).withAssets(f.assets());
    }
}
