package kz.shanyraq.ingest;

import kz.shanyraq.ingest.ImportError.Reason;
import org.junit.jupiter.api.Test;

import static kz.shanyraq.ingest.TestIins.iin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** A record may refer to a person or family in the registry, or to one the same batch states. */
class ReferencesAcrossBatchesTest extends RegistryDatabase {

    private final String mother = iin("1990-04-01", 'F', 11);
    private final String son = iin("2015-06-01", 'M', 12);
    private final String daughter = iin("2018-09-01", 'F', 13);

    @Test
    void a_mother_stated_in_the_same_batch_can_be_referred_to_before_or_after_her_line() {
        ImportResult r = importer().importBatch(SourceKind.PERSONS, "births-1", Format.CSV, text("""
                iin,birth_date,sex,status,mother_iin,birth_order
                %s,2015-06-01,M,citizen,%s,1
                %s,1990-04-01,F,citizen,,
                %s,2018-09-01,F,citizen,%s,2
                """.formatted(son, mother, mother, daughter, mother)));

        assertThat(r.newPersons()).isEqualTo(3);
        assertThat(column("select c.iin from person c join person m on m.id = c.mother_id where m.iin = '" + mother + "' order by c.birth_order"))
                .containsExactly(son, daughter);
    }

    @Test
    void a_mother_already_in_the_registry_is_found_by_her_iin() {
        importer().importBatch(SourceKind.PERSONS, "mother", Format.CSV, text("iin,birth_date,sex,status\n%s,1990-04-01,F,citizen\n".formatted(mother)));

        importer().importBatch(SourceKind.PERSONS, "son", Format.JSON, text("""
                [{"iin": "%s", "birth_date": "2015-06-01", "sex": "M", "status": "citizen", "mother_iin": "%s", "birth_order": 1}]"""
                .formatted(son, mother)));

        assertThat(count("select count(*) from person c join person m on m.id = c.mother_id")).isEqualTo(1);
    }

    @Test
    void a_family_formed_by_one_batch_is_found_by_its_key_in_the_next_ones() {
        importer().importBatch(SourceKind.PERSONS, "p", Format.CSV, text("iin,birth_date,sex,status\n%s,1990-04-01,F,citizen\n%s,2015-06-01,M,citizen\n"
                .formatted(mother, son)));
        ImportResult formed = importer().importBatch(SourceKind.FAMILY_MEMBERS, "f", Format.CSV, text("""
                family_key,iin,relation,valid_from
                KST-77,%s,head,2015-01-01
                KST-77,%s,child,2015-06-01
                """.formatted(mother, son)));
        importer().importBatch(SourceKind.ADDRESSES, "a", Format.CSV, text("family_key,region_code,locality,valid_from\nKST-77,KZ-39,urban,2015-01-01\n"));
        ImportResult joined = importer().importBatch(SourceKind.FAMILY_MEMBERS, "f2", Format.CSV, text("""
                family_key,iin,relation,valid_from
                KST-77,%s,head,2015-01-01
                """.formatted(mother)));

        assertThat(formed.newFamilies()).isEqualTo(1);
        assertThat(joined.newFamilies()).isZero();
        assertThat(count("family")).isEqualTo(1);
        assertThat(column("select region_code from family_address a join family_key k using (family_id) where k.family_key = 'KST-77'"))
                .containsExactly("KZ-39");
    }

    @Test
    void a_person_known_neither_to_the_registry_nor_to_the_batch_is_refused() {
        assertThatThrownBy(() -> importer().importBatch(SourceKind.PERSONS, "orphan", Format.CSV, text("""
                iin,birth_date,sex,status,mother_iin
                %s,2015-06-01,M,citizen,%s
                """.formatted(son, mother))))
                .isInstanceOfSatisfying(BatchRejectedException.class, e -> assertThat(e.errors())
                        .extracting(ImportError::line, ImportError::field, ImportError::reason)
                        .containsExactly(tuple(2, "mother_iin", Reason.UNKNOWN_PERSON)));
        assertThat(count("person")).isZero();
    }

    @Test
    void an_error_message_never_repeats_the_iin_it_is_about() {
        assertThatThrownBy(() -> importer().importBatch(SourceKind.PERSONS, "orphan-2", Format.CSV, text("""
                iin,birth_date,sex,status,mother_iin
                %s,2015-06-01,M,citizen,%s
                """.formatted(son, mother))))
                .isInstanceOf(BatchRejectedException.class)
                .hasMessageNotContaining(mother)
                .hasMessageNotContaining(son);
    }
}
