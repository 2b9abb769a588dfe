package kz.shanyraq.law.labour;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class InspectionRulesTest {

    final LabourFines fines = LabourFines.standard();

    @Test
    void a_fine_of_10_MRP_for_a_violation_of_May_2022_is_paid_at_the_general_MRP_of_3063_not_the_3180_of_benefits_budget_law_2022_from_1_April() {
        LabourFines.Fine fine = fines.fine(new BigDecimal("10"), LocalDate.of(2022, 5, 1));
        assertThat(fine.mrpValue()).isEqualByComparingTo("3063");
        assertThat(fine.tenge()).isEqualByComparingTo("30630");
    }

    @Test
    void the_same_fine_follows_the_MRP_of_the_violation_day_3932_in_2025_and_4325_in_2026_budget_laws() {
        assertThat(fines.fine(new BigDecimal("10"), LocalDate.of(2025, 12, 31)).tenge()).isEqualByComparingTo("39320");
        assertThat(fines.fine(new BigDecimal("10"), LocalDate.of(2026, 1, 1)).tenge()).isEqualByComparingTo("43250");
        assertThat(fines.fine(new BigDecimal("10"), LocalDate.of(2022, 3, 31)).mrpValue()).isEqualByComparingTo("3063");
    }

    @Test
    void the_codes_size_of_a_fine_is_reported_unknown_with_where_to_look_not_guessed_code_of_administrative_offences() {
        LabourFines.CodeSize gross = fines.codeSize("gross", LocalDate.of(2025, 6, 1));
        assertThat(gross.mrp()).isEmpty();
        assertThat(gross.act()).contains("об административных правонарушениях");
        assertThat(gross.note()).contains("adilet");
    }

    @Test
    void a_stoppage_of_exactly_3_hours_is_a_strike_and_2_9_hours_is_not_kgit_counting_rule_seed_000() {
        LocalDate day = LocalDate.of(2025, 8, 1);
        assertThat(Strikes.minStoppageHours(day)).isEqualByComparingTo("3");
        assertThat(Strikes.isStrike("stoppage", new BigDecimal("3.0"), day)).isTrue();
        assertThat(Strikes.isStrike("stoppage", new BigDecimal("2.9"), day)).isFalse();
        assertThat(Strikes.isStrike("protest", new BigDecimal("8"), day)).isFalse();
        assertThat(Strikes.isStrike("stoppage", null, day)).isFalse();
    }

    @Test
    void a_prescription_not_executed_is_overdue_the_day_after_its_deadline_and_executed_once_executed() {
        LocalDate deadline = LocalDate.of(2026, 3, 31);
        assertThat(Prescriptions.on(deadline, null, deadline)).isEqualTo(Prescriptions.State.OPEN);
        assertThat(Prescriptions.on(deadline, null, deadline.plusDays(1))).isEqualTo(Prescriptions.State.OVERDUE);
        assertThat(Prescriptions.on(deadline, deadline.plusDays(5), deadline.plusDays(3))).isEqualTo(Prescriptions.State.OVERDUE);
        assertThat(Prescriptions.on(deadline, deadline.plusDays(5), deadline.plusDays(5))).isEqualTo(Prescriptions.State.EXECUTED);
        assertThat(Prescriptions.executedLate(deadline, deadline.plusDays(5))).isTrue();
    }

    @Test
    void every_checklist_item_has_a_grade_and_a_legal_basis_order_12656_appendix_2() {
        InspectionChecklist c = InspectionChecklist.reference();
        assertThat(c.status()).isEqualTo("reference");
        assertThat(c.items()).hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy(i -> {
                    assertThat(InspectionChecklist.SEVERITIES).contains(i.severity());
                    assertThat(i.basis()).isNotBlank();
                });
        assertThat(c.item("wages-on-time")).get().extracting(InspectionChecklist.Item::severity).isEqualTo("gross");
    }
}
