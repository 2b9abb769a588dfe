package kz.shanyraq.ingest;

import kz.shanyraq.ingest.ImportError.Reason;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static kz.shanyraq.ingest.TestIins.iin;
import static kz.shanyraq.ingest.TestIins.withWrongCheckDigit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

/** Each kind of bad input is refused with its line, field and reason, and nothing of the batch is written. */
class RefusingBadBatchesTest extends RegistryDatabase {

    private static final String DAULET = "860702310021";
    private static final String AIGERIM = "880314410012";
    private static final AtomicInteger BATCH = new AtomicInteger();

    @BeforeEach
    void aRegistryWithTheSampleFamilies() {
        for (SourceKind kind : List.of(SourceKind.DISTRICTS, SourceKind.PERSONS, SourceKind.FAMILY_MEMBERS, SourceKind.ADDRESSES)) {
            importer().importBatch(kind, "base-" + kind.code(), Format.CSV, sample(kind, Format.CSV));
        }
    }

    @Test
    void an_iin_with_a_wrong_check_digit() {
        String good = iin("1990-01-01", 'M', 1);
        assertThat(refused(SourceKind.PERSONS, Format.CSV, """
                iin,birth_date,sex,status
                %s,1990-01-01,M,citizen
                %s,1990-01-01,M,citizen
                """.formatted(good, withWrongCheckDigit(iin("1990-01-01", 'M', 7)))))
                .singleElement().satisfies(e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.field()).isEqualTo("iin");
                    assertThat(e.reason()).isEqualTo(Reason.INVALID_IIN);
                    assertThat(e.message().en()).contains("check digit");
                    assertThat(e.message().ru()).contains("ИИН");
                    assertThat(e.message().kk()).contains("ЖСН");
                });
    }

    @Test
    void an_iin_that_does_not_match_the_birth_date_or_the_sex() {
        assertThat(refused(SourceKind.PERSONS, Format.CSV, """
                iin,birth_date,sex,status
                %s,1990-01-02,M,citizen
                %s,1990-01-01,F,citizen
                %s,1990-01-01,M,citizen
                """.formatted(iin("1990-01-01", 'M', 1), iin("1990-01-01", 'M', 2), iin("2090-01-01", 'M', 3))))
                .extracting(ImportError::line, ImportError::field, ImportError::reason)
                .containsExactly(
                        tuple(2, "iin", Reason.IIN_BIRTH_DATE_MISMATCH),
                        tuple(3, "iin", Reason.IIN_SEX_MISMATCH),
                        tuple(4, "iin", Reason.IIN_BIRTH_DATE_MISMATCH));
    }

    @Test
    void a_date_that_does_not_exist_and_a_period_that_ends_before_it_starts() {
        assertThat(errorsOf(SourceKind.STUDY, Format.CSV, """
                iin,full_time,valid_from,valid_to
                %s,true,2025-02-30,
                %s,true,2025-09-01,2025-08-31
                %s,true,1.9.2025,
                """.formatted(DAULET, AIGERIM, AIGERIM)))
                .containsExactly(
                        tuple(2, "valid_from", Reason.INVALID_DATE),
                        tuple(3, "valid_to", Reason.PERIOD_REVERSED),
                        tuple(4, "valid_from", Reason.INVALID_DATE));
    }

    @Test
    void a_month_that_does_not_exist_a_negative_amount_and_an_unknown_income_type() {
        assertThat(errorsOf(SourceKind.INCOMES, Format.CSV, """
                iin,month,type,source,amount
                %s,2025-13,wage,gcvp,100
                %s,2025-01,wage,gcvp,-5
                %s,2025-01,salary,gcvp,100
                %s,2025-01,wage,gcvp,12.5
                """.formatted(DAULET, DAULET, DAULET, AIGERIM)))
                .containsExactly(
                        tuple(2, "month", Reason.INVALID_MONTH),
                        tuple(3, "amount", Reason.NEGATIVE_AMOUNT),
                        tuple(4, "type", Reason.UNKNOWN_CODE),
                        tuple(5, "amount", Reason.INVALID_NUMBER));
    }

    @Test
    void a_region_outside_the_twenty_and_a_district_that_does_not_exist_or_lies_in_another_region() {
        assertThat(errorsOf(SourceKind.ADDRESSES, Format.CSV, """
                family_key,region_code,district_id,locality,valid_from
                NKO-0001,KZ-99,,urban,2011-06-01
                NKO-0002,KZ-59,KZ-59-77,rural,1985-01-01
                AST-0001,KZ-71,KZ-59-01,urban,2023-05-01
                """))
                .containsExactly(
                        tuple(2, "region_code", Reason.UNKNOWN_REGION),
                        tuple(3, "district_id", Reason.UNKNOWN_DISTRICT),
                        tuple(4, "district_id", Reason.DISTRICT_OUTSIDE_REGION));
    }

    @Test
    void a_person_or_a_family_the_registry_does_not_know() {
        String stranger = iin("1975-05-05", 'F', 42);
        assertThat(errorsOf(SourceKind.FAMILY_MEMBERS, Format.CSV, """
                family_key,iin,relation,valid_from
                NKO-0009,%s,head,2020-01-01
                """.formatted(stranger)))
                .containsExactly(tuple(2, "iin", Reason.UNKNOWN_PERSON));
        assertThat(errorsOf(SourceKind.RESETTLEMENT, Format.CSV, """
                family_key,kind,in_regional_quota,settled_on
                NKO-0009,resettler,true,2024-03-01
                """))
                .containsExactly(tuple(2, "family_key", Reason.UNKNOWN_FAMILY));
    }

    @Test
    void the_same_natural_key_twice_in_one_batch() {
        assertThat(errorsOf(SourceKind.INCOMES, Format.CSV, """
                iin,month,type,source,amount
                %s,2025-04,wage,gcvp,100
                %s,2025-04,pension,enpf,100
                %s,2025-04,wage,gcvp,200
                """.formatted(DAULET, DAULET, DAULET)))
                .containsExactly(tuple(4, "source", Reason.DUPLICATE_KEY));
    }

    @Test
    void a_membership_that_overlaps_one_in_the_registry_or_in_the_same_batch() {
        assertThat(errorsOf(SourceKind.FAMILY_MEMBERS, Format.CSV, """
                family_key,iin,relation,valid_from,valid_to
                AST-0001,%s,other,2024-01-01,
                NEW-0001,%s,head,2020-01-01,2021-12-31
                NEW-0002,%s,head,2021-06-01,
                """.formatted(DAULET, "100404520034", "100404520034")))
                .containsExactly(
                        tuple(2, "valid_from", Reason.OVERLAPPING_PERIOD),
                        tuple(3, "valid_from", Reason.OVERLAPPING_PERIOD),
                        tuple(4, "valid_from", Reason.OVERLAPPING_PERIOD),
                        tuple(4, "valid_from", Reason.OVERLAPPING_PERIOD));
    }

    @Test
    void a_move_closes_the_old_membership_and_opens_the_new_one_in_the_same_batch() {
        importer().importBatch(SourceKind.FAMILY_MEMBERS, "move-1", Format.CSV, text("""
                family_key,iin,relation,valid_from,valid_to
                NKO-0001,%s,head,2011-06-01,2025-12-31
                NKO-0003,%s,head,2026-01-01,
                """.formatted(DAULET, DAULET)));

        assertThat(column("select k.family_key || ' ' || m.valid_from || ' ' || coalesce(m.valid_to::text, '…') from family_member m "
                + "join family_key k on k.family_id = m.family_id join person p on p.id = m.person_id where p.iin = '" + DAULET
                + "' order by m.valid_from")).containsExactly("NKO-0001 2011-06-01 2025-12-31", "NKO-0003 2026-01-01 …");
    }

    @Test
    void missing_values_missing_columns_and_unknown_columns() {
        assertThat(errorsOf(SourceKind.INCOMES, Format.CSV, """
                iin,month,type,source,amount
                %s,2025-04,,gcvp,100
                """.formatted(DAULET)))
                .containsExactly(tuple(2, "type", Reason.REQUIRED));
        assertThat(errorsOf(SourceKind.INCOMES, Format.CSV, """
                iin,month,type,amount,bonus
                %s,2025-04,wage,100,5
                """.formatted(DAULET)))
                .containsExactly(tuple(1, "source", Reason.MISSING_COLUMN), tuple(1, "bonus", Reason.UNKNOWN_FIELD));
    }

    @Test
    void json_errors_name_the_record_index_and_the_path_of_the_value() {
        assertThat(errorsOf(SourceKind.INCOMES, Format.JSON, """
                [
                  {"iin": "%s", "month": "2025-04", "type": "wage", "source": "gcvp", "amount": 100},
                  {"iin": "%s", "month": "2025-04", "type": "wage", "source": "gcvp", "amount": "100"},
                  {"iin": %s, "month": "2025-04", "type": "wage", "source": "gcvp", "amount": 100, "bonus": 1},
                  {"iin": "%s", "month": "2025-04", "type": "wage", "source": "gcvp", "amount": 100.5}
                ]""".formatted(DAULET, AIGERIM, DAULET, withWrongCheckDigit(DAULET))))
                .containsExactly(
                        tuple(1, "$[1].amount", Reason.WRONG_TYPE),
                        tuple(2, "$[2].iin", Reason.WRONG_TYPE),
                        tuple(2, "$[2].bonus", Reason.UNKNOWN_FIELD),
                        tuple(3, "$[3].iin", Reason.INVALID_IIN),
                        tuple(3, "$[3].amount", Reason.WRONG_TYPE));
    }

    @Test
    void files_that_cannot_be_read() {
        assertThat(errorsOf(SourceKind.INCOMES, Format.CSV, """
                iin,month,type,source,amount
                %s,2025-04,wage,gcvp
                """.formatted(DAULET)))
                .containsExactly(tuple(2, "record", Reason.MALFORMED_FILE));
        assertThat(errorsOf(SourceKind.INCOMES, Format.CSV, "iin,month,type,source,amount\n\"" + DAULET + ",2025-04,wage,gcvp,1\n"))
                .extracting(t -> t.toList().get(2)).containsExactly(Reason.MALFORMED_FILE);
        assertThat(errorsOf(SourceKind.INCOMES, Format.JSON, "[{\"iin\": \"" + DAULET + "\", }]"))
                .containsExactly(tuple(0, "$[0]", Reason.MALFORMED_FILE));
        assertThat(errorsOf(SourceKind.INCOMES, Format.JSON, "{\"iin\": \"" + DAULET + "\"}"))
                .containsExactly(tuple(0, "$", Reason.MALFORMED_FILE));
        assertThat(errorsOf(SourceKind.INCOMES, Format.CSV, "iin,month,type,source,amount\n"))
                .containsExactly(tuple(0, "file", Reason.EMPTY_BATCH));
        assertThat(errorsOf(SourceKind.INCOMES, Format.JSON, "[]"))
                .containsExactly(tuple(0, "file", Reason.EMPTY_BATCH));
        assertThat(refusedBytes(SourceKind.INCOMES, new byte[]{'i', 'i', 'n', '\n', (byte) 0xC3, (byte) 0x28}))
                .extracting(ImportError::reason).containsExactly(Reason.MALFORMED_FILE);
    }

    @Test
    void a_birth_in_the_future_a_death_before_birth_and_a_fact_before_birth() {
        assertThat(errorsOf(SourceKind.PERSONS, Format.CSV, """
                iin,birth_date,sex,status,death_date
                %s,2026-03-01,F,citizen,
                %s,1990-01-01,M,citizen,1989-12-31
                """.formatted(iin("2026-03-01", 'F', 1), iin("1990-01-01", 'M', 2))))
                .containsExactly(tuple(2, "birth_date", Reason.DATE_IN_FUTURE), tuple(3, "death_date", Reason.PERIOD_REVERSED));
        assertThat(errorsOf(SourceKind.INCOMES, Format.CSV, """
                iin,month,type,source,amount
                240210610057,2024-01,social-benefit,gcvp,100
                240210610057,2024-02,social-benefit,gcvp,100
                """))
                .containsExactly(tuple(2, "month", Reason.BEFORE_BIRTH));
    }

    @Test
    void a_mother_must_be_a_woman_born_before_her_child_and_so_must_a_woman_on_maternity_leave() {
        assertThat(errorsOf(SourceKind.PERSONS, Format.CSV, """
                iin,birth_date,sex,status,mother_iin,birth_order
                %s,2020-01-01,F,citizen,%s,1
                %s,1980-01-01,F,citizen,%s,1
                """.formatted(iin("2020-01-01", 'F', 1), DAULET, iin("1980-01-01", 'F', 2), AIGERIM)))
                .containsExactly(tuple(2, "mother_iin", Reason.NOT_FEMALE), tuple(3, "mother_iin", Reason.INCONSISTENT));
        assertThat(errorsOf(SourceKind.MATERNITY_LEAVES, Format.CSV, """
                iin,starts_on,days
                %s,2025-01-01,126
                %s,2025-01-01,130
                """.formatted(DAULET, AIGERIM)))
                .containsExactly(tuple(2, "iin", Reason.NOT_FEMALE), tuple(3, "days", Reason.OUT_OF_RANGE));
    }

    @Test
    void a_carer_of_themselves_and_an_employer_with_a_wrong_bin() {
        assertThat(errorsOf(SourceKind.CARE_DUTIES, Format.CSV, """
                carer_iin,cared_iin,valid_from
                %s,%s,2025-01-01
                """.formatted(AIGERIM, AIGERIM)))
                .containsExactly(tuple(2, "cared_iin", Reason.SAME_PERSON));
        assertThat(errorsOf(SourceKind.EMPLOYMENT_CONTRACTS, Format.CSV, """
                contract_ref,iin,employer_bin,started_on
                C-1,%s,050440012344,2025-01-01
                """.formatted(DAULET)))
                .containsExactly(tuple(2, "employer_bin", Reason.INVALID_BIN));
    }

    @Test
    void a_batch_id_that_is_empty_or_has_odd_characters() {
        for (String id : new String[]{"", " x", "a/b", "x".repeat(201)}) {
            Map<String, Long> before = rowCounts();
            try {
                importer().importBatch(SourceKind.INCOMES, id, Format.CSV, sample(SourceKind.INCOMES, Format.CSV));
                fail("batch id '" + id + "' accepted");
            } catch (BatchRejectedException e) {
                assertThat(e.errors()).extracting(ImportError::reason).containsExactly(Reason.INVALID_BATCH_ID);
            }
            assertThat(rowCounts()).isEqualTo(before);
        }
    }

    @Test
    void one_bad_record_among_many_good_ones_refuses_the_whole_batch_with_every_error_in_file_order() {
        StringBuilder csv = new StringBuilder("iin,month,type,source,amount\n");
        for (int m = 1; m <= 12; m++) {
            csv.append(DAULET).append(",2024-").append(String.format("%02d", m)).append(",wage,gcvp,300000\n");
        }
        csv.append(AIGERIM).append(",2024-01,wage,gcvp,-1\n");
        csv.append(withWrongCheckDigit(AIGERIM)).append(",2024-02,wages,gcvp,1\n");

        List<ImportError> errors = refused(SourceKind.INCOMES, Format.CSV, csv.toString());

        assertThat(errors).extracting(ImportError::line, ImportError::field, ImportError::reason).containsExactly(
                tuple(14, "amount", Reason.NEGATIVE_AMOUNT),
                tuple(15, "iin", Reason.INVALID_IIN),
                tuple(15, "type", Reason.UNKNOWN_CODE));
        assertThat(count("income")).isZero();
    }

    @Test
    void csv_line_numbers_count_blank_lines_and_values_that_span_lines() {
        assertThat(errorsOf(SourceKind.EMPLOYMENT_CONTRACTS, Format.CSV, """
                contract_ref,iin,employer_bin,started_on,ended_on,end_reason

                C-1,%s,050440012343,2019-01-01,2020-01-01,"по соглашению
                сторон"
                C-2,%s,050440012343,2020-13-01,,
                """.formatted(DAULET, AIGERIM)))
                .containsExactly(tuple(3, "end_reason", Reason.INVALID_TEXT), tuple(5, "started_on", Reason.INVALID_DATE));
    }

    // ----- helpers

    private List<Tuple> errorsOf(SourceKind kind, Format format, String content) {
        return refused(kind, format, content).stream().map(e -> tuple(e.line(), e.field(), e.reason())).toList();
    }

    private List<ImportError> refused(SourceKind kind, Format format, String content) {
        return refusedStream(kind, format, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private List<ImportError> refusedBytes(SourceKind kind, byte[] content) {
        return refusedStream(kind, Format.CSV, content);
    }

    private List<ImportError> refusedStream(SourceKind kind, Format format, byte[] content) {
        Map<String, Long> before = rowCounts();
        try {
            importer().importBatch(kind, "bad-" + BATCH.incrementAndGet(), format, new java.io.ByteArrayInputStream(content));
        } catch (BatchRejectedException e) {
            assertThat(rowCounts()).as("nothing written").isEqualTo(before);
            assertThat(e.errors()).allSatisfy(err -> assertThat(List.of(err.message().ru(), err.message().kk(), err.message().en()))
                    .allSatisfy(m -> assertThat(m).isNotBlank()));
            return e.errors();
        }
        return fail("the batch was accepted");
    }
}
