package kz.shanyraq.ingest;

import kz.shanyraq.ingest.coverage.RegistryCoverage;
import kz.shanyraq.law.coverage.Coverage;
import kz.shanyraq.law.coverage.MonthSpan;
import kz.shanyraq.law.coverage.RegistrySource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.Optional;

import static kz.shanyraq.ingest.TestIins.iin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An import of a monthly source records the months it brings: the registry knows what it covers (issue 22). */
class CoverageByImportsTest extends RegistryDatabase {

    private final String worker = iin("1986-07-02", 'M', 21);

    @BeforeEach
    void aPerson() {
        importer().importBatch(SourceKind.PERSONS, "p", Format.CSV,
                text("iin,birth_date,sex,status\n%s,1986-07-02,M,citizen\n".formatted(worker)));
    }

    private Optional<MonthSpan> incomes() {
        return RegistryCoverage.read(dataSource).of(RegistrySource.INCOMES);
    }

    @Test
    void an_empty_registry_tracks_no_source() {
        assertThat(RegistryCoverage.read(dataSource)).isEqualTo(Coverage.GIVEN);
    }

    @Test
    void an_income_import_covers_its_months_and_a_later_one_advances_the_last_month_received() {
        importer().importBatch(SourceKind.INCOMES, "inc-1", Format.CSV, text("""
                iin,month,type,source,amount
                %s,2025-07,wage,gcvp,310000
                %s,2025-09,wage,gcvp,310000
                """.formatted(worker, worker)));
        assertThat(incomes()).contains(new MonthSpan(YearMonth.of(2025, 7), YearMonth.of(2025, 9)));

        importer().importBatch(SourceKind.INCOMES, "inc-2", Format.CSV, text("""
                iin,month,type,source,amount
                %s,2025-12,wage,gcvp,320000
                """.formatted(worker)));
        assertThat(incomes()).contains(new MonthSpan(YearMonth.of(2025, 7), YearMonth.of(2025, 12)));
        assertThat(RegistryCoverage.read(dataSource).of(RegistrySource.SOCIAL_CONTRIBUTIONS)).isEmpty();
    }

    @Test
    void contributions_are_covered_apart_from_incomes() {
        importer().importBatch(SourceKind.SOCIAL_CONTRIBUTIONS, "so-1", Format.CSV, text("""
                iin,month,income
                %s,2024-01,300000
                """.formatted(worker)));

        assertThat(RegistryCoverage.read(dataSource).of(RegistrySource.SOCIAL_CONTRIBUTIONS))
                .contains(new MonthSpan(YearMonth.of(2024, 1), YearMonth.of(2024, 1)));
        assertThat(incomes()).isEmpty();
    }

    @Test
    void a_refused_batch_records_no_coverage() {
        assertThatThrownBy(() -> importer().importBatch(SourceKind.INCOMES, "bad", Format.CSV, text("""
                iin,month,type,source,amount
                %s,2025-07,wage,gcvp,-5
                """.formatted(worker)))).isInstanceOf(BatchRejectedException.class);

        assertThat(incomes()).isEmpty();
    }
}
