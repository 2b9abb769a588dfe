package kz.shanyraq.ingest.labour;

import kz.shanyraq.ingest.BatchRejectedException;
import kz.shanyraq.ingest.Format;
import kz.shanyraq.ingest.ImportError;
import kz.shanyraq.ingest.ImportResult;
import kz.shanyraq.ingest.RegistryDatabase;
import kz.shanyraq.law.labour.Bin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ImportingEnterprisesTest extends RegistryDatabase {

    static final String MINE = Bin.complete("9801400001");
    static final String SHOP = Bin.complete("1507400002");
    static final List<String> LABOUR_TABLES = List.of("enterprise_staff_month", "enterprise_contribution_month",
            "accident_insurance_contract", "wage_arrears_report", "workplace_accident", "labour_prescription",
            "labour_violation", "labour_inspection", "worker_complaint", "collective_agreement", "trade_union_presence",
            "vision_zero_membership", "enterprise_insolvency", "labour_conflict", "enterprise");

    static final String ENTERPRISES = """
            bin,name,oked,region_code,district_id,size,registered_on,liquidated_on
            %s,ТОО «Карагандинская шахта»,0510,KZ-35,,large,1998-01-20,
            %s,ИП Магазин,4711,KZ-59,,micro,2015-07-01,
            """.formatted(MINE, SHOP);

    @BeforeEach
    void noEnterprises() throws SQLException {
        execute("truncate " + String.join(", ", LABOUR_TABLES) + " cascade"); // stabilisation plans (V53) refer to enterprises
    }

    private EnterpriseImporter enterprises() {
        return new EnterpriseImporter(dataSource, "test-operator", TODAY);
    }

    private Map<String, Long> labourCounts() {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String t : LABOUR_TABLES) {
            counts.put(t, count(t));
        }
        counts.put("import_batch", count("import_batch"));
        return counts;
    }

    @Test
    void enterprises_and_their_monthly_staff_are_imported_and_the_same_batch_again_changes_nothing() {
        ImportResult first = enterprises().importBatch(EnterpriseSourceKind.ENTERPRISES, "ent-1", Format.CSV, text(ENTERPRISES));
        assertThat(first.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
        assertThat(count("enterprise")).isEqualTo(2);
        String staff = """
                [{"bin": "%s", "month": "2025-10", "esutd_contracts": 1200, "hires": 10, "separations": 30, "layoffs": 20}]
                """.formatted(MINE);
        enterprises().importBatch(EnterpriseSourceKind.ENTERPRISE_STAFF, "staff-1", Format.JSON, text(staff));
        assertThat(column("select esutd_contracts from enterprise_staff_month")).containsExactly("1200");

        ImportResult again = enterprises().importBatch(EnterpriseSourceKind.ENTERPRISES, "ent-1", Format.CSV, text(ENTERPRISES));
        assertThat(again.outcome()).isEqualTo(ImportResult.Outcome.ALREADY_IMPORTED);
        ImportResult resent = enterprises().importBatch(EnterpriseSourceKind.ENTERPRISES, "ent-2", Format.CSV, text(ENTERPRISES));
        assertThat(resent.changed()).isZero();
        assertThat(count("enterprise")).isEqualTo(2);
    }

    @Test
    void a_batch_with_one_wrong_bin_is_refused_whole_and_writes_nothing() {
        enterprises().importBatch(EnterpriseSourceKind.ENTERPRISES, "ent-1", Format.CSV, text(ENTERPRISES));
        Map<String, Long> before = labourCounts();
        String wrong = MINE.substring(0, 11) + (char) ('0' + (MINE.charAt(11) - '0' + 1) % 10);
        String insurance = """
                contract_ref,bin,insurer,valid_from,valid_to
                OSNS-1,%s,Insurer,2025-01-01,2025-12-31
                OSNS-2,%s,Insurer,2025-01-01,2025-12-31
                OSNS-3,%s,Insurer,2025-03-01,2025-02-01
                """.formatted(SHOP, wrong, SHOP);
        assertThatThrownBy(() -> enterprises().importBatch(EnterpriseSourceKind.ACCIDENT_INSURANCE, "osns-1", Format.CSV,
                text(insurance)))
                .isInstanceOfSatisfying(BatchRejectedException.class, e -> assertThat(e.errors())
                        .extracting(ImportError::line, ImportError::field, ImportError::reason)
                        .containsExactly(tuple(3, "bin", ImportError.Reason.INVALID_BIN),
                                tuple(4, "valid_to", ImportError.Reason.PERIOD_REVERSED)));
        assertThat(labourCounts()).isEqualTo(before);
    }

    @Test
    void a_fact_about_an_enterprise_the_registry_does_not_hold_is_refused() {
        String accidents = """
                accident_ref,bin,occurred_on,severity,victims,killed,notified_on,commission_on,act_n1_on
                N1-1,%s,2025-09-01,fatal,1,,2025-09-01,,
                """.formatted(MINE);
        assertThatThrownBy(() -> enterprises().importBatch(EnterpriseSourceKind.WORKPLACE_ACCIDENTS, "acc-1", Format.CSV,
                text(accidents)))
                .isInstanceOfSatisfying(BatchRejectedException.class, e -> assertThat(e.errors())
                        .extracting(ImportError::field, ImportError::reason)
                        .containsExactlyInAnyOrder(tuple("killed", ImportError.Reason.INCONSISTENT),
                                tuple("bin", ImportError.Reason.UNKNOWN_ENTERPRISE)));
        assertThat(count("workplace_accident")).isZero();
    }

    @Test
    void stoppage_hours_belong_to_stoppages_only_and_both_sources_keep_their_own_records() {
        enterprises().importBatch(EnterpriseSourceKind.ENTERPRISES, "ent-1", Format.CSV, text(ENTERPRISES));
        String bad = """
                source,conflict_ref,bin,kind,started_on,ended_on,stoppage_hours,participants,demands
                ministry,M-1,%s,protest,2025-05-01,2025-05-01,4,50,
                """.formatted(MINE);
        assertThatThrownBy(() -> enterprises().importBatch(EnterpriseSourceKind.LABOUR_CONFLICTS, "c-0", Format.CSV, text(bad)))
                .isInstanceOf(BatchRejectedException.class);
        String both = """
                source,conflict_ref,bin,kind,started_on,ended_on,stoppage_hours,participants,demands
                ministry,M-1,%1$s,stoppage,2025-05-01,2025-05-01,4,50,wage rise
                trade-unions,TU-7,%1$s,stoppage,2025-05-01,2025-05-01,4,60,wage rise
                """.formatted(MINE);
        enterprises().importBatch(EnterpriseSourceKind.LABOUR_CONFLICTS, "c-1", Format.CSV, text(both));
        assertThat(column("select source from labour_conflict order by source")).containsExactly("ministry", "trade-unions");
    }

    static final String INSPECTION = """
            inspection_ref,bin,kind,reason,started_on,finished_on,inspector
            INS-1,%s,scheduled,preventive-control-list,2025-09-01,2025-09-05,inspector-35
            """.formatted(MINE);

    @Test
    void violations_and_prescriptions_of_an_inspection_are_imported_with_the_fine_in_tenge_of_the_violation_day_and_again_change_nothing() {
        enterprises().importBatch(EnterpriseSourceKind.ENTERPRISES, "ent-1", Format.CSV, text(ENTERPRISES));
        enterprises().importBatch(EnterpriseSourceKind.LABOUR_INSPECTIONS, "ins-1", Format.CSV, text(INSPECTION));
        String violations = """
                [{"inspection_ref": "INS-1", "item": 1, "severity": "gross", "checklist_item": "safety-briefing",
                  "found_on": "2025-09-02", "fine_mrp": 50, "description": "no safety briefing"},
                 {"inspection_ref": "INS-1", "item": 2, "severity": "minor", "found_on": "2025-09-02", "fixed_on": "2025-09-20"}]
                """;
        ImportResult imported = enterprises().importBatch(EnterpriseSourceKind.LABOUR_VIOLATIONS, "v-1", Format.JSON, text(violations));
        assertThat(imported.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
        // 50 МРП at the 2025 МРП for fines, 3 932 ₸
        assertThat(column("select fine_kzt::bigint from labour_violation where item = 1")).containsExactly("196600");
        String prescriptions = """
                prescription_ref,inspection_ref,bin,issued_on,deadline,executed_on
                P-1,INS-1,%s,2025-09-05,2025-10-05,
                """.formatted(MINE);
        enterprises().importBatch(EnterpriseSourceKind.LABOUR_PRESCRIPTIONS, "p-1", Format.CSV, text(prescriptions));
        assertThat(column("select deadline from labour_prescription")).containsExactly("2025-10-05");

        ImportResult resent = enterprises().importBatch(EnterpriseSourceKind.LABOUR_VIOLATIONS, "v-2", Format.JSON, text(violations));
        assertThat(resent.changed()).isZero();
        assertThat(count("labour_violation")).isEqualTo(2);
    }

    @Test
    void a_prescription_batch_naming_an_unknown_inspection_or_another_enterprise_is_refused_whole_and_writes_nothing() {
        enterprises().importBatch(EnterpriseSourceKind.ENTERPRISES, "ent-1", Format.CSV, text(ENTERPRISES));
        enterprises().importBatch(EnterpriseSourceKind.LABOUR_INSPECTIONS, "ins-1", Format.CSV, text(INSPECTION));
        Map<String, Long> before = labourCounts();
        String prescriptions = """
                prescription_ref,inspection_ref,bin,issued_on,deadline,executed_on
                P-1,INS-1,%1$s,2025-09-05,2025-10-05,
                P-2,INS-9,%1$s,2025-09-05,2025-10-05,
                P-3,INS-1,%2$s,2025-09-05,2025-10-05,
                P-4,INS-1,%1$s,2025-08-05,2025-08-01,
                """.formatted(MINE, SHOP);
        assertThatThrownBy(() -> enterprises().importBatch(EnterpriseSourceKind.LABOUR_PRESCRIPTIONS, "p-1", Format.CSV,
                text(prescriptions)))
                .isInstanceOfSatisfying(BatchRejectedException.class, e -> assertThat(e.errors())
                        .extracting(ImportError::line, ImportError::field, ImportError::reason)
                        .containsExactlyInAnyOrder(tuple(3, "inspection_ref", ImportError.Reason.UNKNOWN_INSPECTION),
                                tuple(4, "bin", ImportError.Reason.INCONSISTENT),
                                tuple(5, "deadline", ImportError.Reason.PERIOD_REVERSED),
                                tuple(5, "issued_on", ImportError.Reason.INCONSISTENT)));
        String violations = """
                inspection_ref,item,severity,checklist_item,found_on,fine_mrp,fixed_on,description
                INS-1,1,gross,,2025-09-02,10,,
                INS-1,2,fatal,,2025-09-02,,,
                """;
        assertThatThrownBy(() -> enterprises().importBatch(EnterpriseSourceKind.LABOUR_VIOLATIONS, "v-1", Format.CSV,
                text(violations)))
                .isInstanceOfSatisfying(BatchRejectedException.class, e -> assertThat(e.errors())
                        .extracting(ImportError::line, ImportError::field, ImportError::reason)
                        .containsExactly(tuple(3, "severity", ImportError.Reason.UNKNOWN_CODE)));
        assertThat(labourCounts()).isEqualTo(before);
    }
}
