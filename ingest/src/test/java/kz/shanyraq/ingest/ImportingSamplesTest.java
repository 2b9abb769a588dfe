package kz.shanyraq.ingest;

import kz.shanyraq.ingest.ImportError.Reason;
import kz.shanyraq.ingest.ImportResult.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ImportingSamplesTest extends RegistryDatabase {

    @Test
    void the_sample_batches_of_every_kind_load_into_the_registry() {
        importAllSamples(Format.CSV);

        assertThat(count("district")).isEqualTo(4);
        assertThat(count("person")).isEqualTo(11);
        assertThat(count("family")).isEqualTo(3);
        assertThat(count("family_key")).isEqualTo(3);
        assertThat(count("family_member")).isEqualTo(12);
        assertThat(count("family_address")).isEqualTo(3);
        assertThat(count("income")).isEqualTo(11);
        assertThat(count("real_estate")).isEqualTo(2);
        assertThat(count("loan")).isEqualTo(2);
        assertThat(count("breadwinner_loss")).isEqualTo(1);
        for (String table : TABLES) {
            if (!table.equals("regional_figure")) {
                assertThat(count(table)).as(table).isPositive();
            }
        }
        assertThat(count("import_batch")).isEqualTo(SourceKind.values().length);
        assertThat(count("select count(*) from import_batch where imported_by = 'test-operator' and rows = changed")).isEqualTo(SourceKind.values().length);
    }

    @Test
    void imported_persons_and_families_get_registry_ids_above_a_trillion_so_they_never_meet_synthetic_ones() {
        importAllSamples(Format.CSV);

        assertThat(count("select min(id) from person")).isEqualTo(1_000_000_000_001L);
        assertThat(count("select min(id) from family")).isEqualTo(1_000_000_000_001L);
        assertThat(count("select min(id) from loan")).isGreaterThan(1_000_000_000_000L);
    }

    @Test
    void a_child_is_linked_to_her_mother_and_a_family_is_formed_on_its_earliest_membership_day() {
        importAllSamples(Format.CSV);

        assertThat(column("""
                select c.birth_order || ':' || m.iin from person c join person m on m.id = c.mother_id order by c.birth_date""").size())
                .isEqualTo(4);
        assertThat(column("select f.created_on::text from family f join family_key k on k.family_id = f.id where k.family_key = 'NKO-0002'"))
                .containsExactly("1985-01-01");
        assertThat(column("select status || ' ' || valid_from || ' ' || coalesce(valid_to::text, '…') from person_status s "
                + "join person p on p.id = s.person_id where p.iin = '791212330012'")).containsExactly("kandas 2023-05-01 …");
    }

    @Test
    void importing_the_same_batch_twice_changes_nothing_and_says_already_imported() {
        ImportResult first = importer().importBatch(SourceKind.DISTRICTS, "kato-2025-11", Format.CSV, sample(SourceKind.DISTRICTS, Format.CSV));
        importAllSamples(Format.CSV);
        Map<String, List<String>> before = registryContent();
        Map<String, Long> countsBefore = rowCounts();

        ImportResult again = importer().importBatch(SourceKind.DISTRICTS, "kato-2025-11", Format.CSV, sample(SourceKind.DISTRICTS, Format.CSV));
        for (SourceKind kind : SourceKind.values()) {
            ImportResult r = importer().importBatch(kind, "sample-" + kind.code() + "-csv", Format.CSV, sample(kind, Format.CSV));
            assertThat(r.outcome()).as(kind.code()).isEqualTo(Outcome.ALREADY_IMPORTED);
            assertThat(r.changed()).isZero();
        }

        assertThat(first.outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(again.outcome()).isEqualTo(Outcome.ALREADY_IMPORTED);
        assertThat(again.importedAt()).isEqualTo(first.importedAt());
        assertThat(again.rows()).isEqualTo(4);
        assertThat(registryContent()).isEqualTo(before);
        assertThat(rowCounts()).isEqualTo(countsBefore);
    }

    @Test
    void facts_re_sent_in_a_new_batch_do_not_duplicate_and_count_as_unchanged() {
        importAllSamples(Format.CSV);
        Map<String, List<String>> before = registryContent();

        for (SourceKind kind : SourceKind.values()) {
            ImportResult r = importer().importBatch(kind, "resent-" + kind.code(), Format.JSON, sample(kind, Format.JSON));
            assertThat(r.outcome()).as(kind.code()).isEqualTo(Outcome.IMPORTED);
            assertThat(r.changed()).as(kind.code()).isZero();
            assertThat(r.unchanged()).as(kind.code()).isEqualTo(r.rows());
        }

        assertThat(registryContent()).isEqualTo(before);
    }

    @Test
    void a_corrected_fact_replaces_the_earlier_one_on_its_natural_key() {
        importAllSamples(Format.CSV);

        ImportResult r = importer().importBatch(SourceKind.INCOMES, "gcvp-correction-1", Format.CSV, text("""
                iin,month,type,source,amount
                860702310021,2025-03,wage,gcvp,330000
                860702310021,2025-02,wage,gcvp,310000
                """));

        assertThat(r.changed()).isEqualTo(1);
        assertThat(r.unchanged()).isEqualTo(1);
        assertThat(count("income")).isEqualTo(11);
        assertThat(count("select amount from income where month = '2025-03-01' and type = 'wage'")).isEqualTo(330_000);
    }

    @Test
    void the_same_batch_id_with_changed_content_is_refused_and_nothing_is_written() {
        importAllSamples(Format.CSV);
        Map<String, List<String>> before = registryContent();

        assertThatThrownBy(() -> importer().importBatch(SourceKind.INCOMES, "sample-incomes-csv", Format.CSV, text("""
                iin,month,type,source,amount
                860702310021,2025-03,wage,gcvp,999999
                """)))
                .isInstanceOfSatisfying(BatchRejectedException.class, e -> assertThat(e.errors())
                        .extracting(ImportError::line, ImportError::field, ImportError::reason)
                        .containsExactly(tuple(0, "batch_id", Reason.BATCH_ID_REUSED)));

        assertThat(registryContent()).isEqualTo(before);
    }

    @Test
    void csv_and_json_give_the_same_registry() {
        importAllSamples(Format.CSV);
        Map<String, List<String>> fromCsv = registryContent();
        emptyRegistryNow();

        importAllSamples(Format.JSON);

        assertThat(registryContent()).isEqualTo(fromCsv);
    }

    @Test
    void a_kandas_who_becomes_a_citizen_keeps_the_history_of_her_status() {
        importAllSamples(Format.CSV);

        importer().importBatch(SourceKind.PERSONS, "gbdfl-2025-12-01", Format.CSV, text("""
                iin,birth_date,sex,status,status_from
                820830430021,1982-08-30,F,citizen,2025-12-01
                """));

        assertThat(column("select status || ' ' || valid_from || ' ' || coalesce(valid_to::text, '…') from person_status s "
                + "join person p on p.id = s.person_id where p.iin = '820830430021' order by valid_from"))
                .containsExactly("kandas 2023-05-01 2025-11-30", "citizen 2025-12-01 …");
    }

    private void emptyRegistryNow() {
        try {
            emptyRegistry();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
