package kz.shanyraq.law.history;

import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Inputs;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.Measures;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.measure.Undetermined;
import kz.shanyraq.law.parameter.ParameterBook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For each МРП- or ПМ-based measure, each year 2017–2026 and the day before and the day of each change (МРП and ПМ
 * of 01.04.2020 and 01.04.2022, the carer allowance of 01.07.2019, the multi-child allowance of 01.01.2020, the Social
 * Code of 01.07.2023, the rounding of 01.01.2025): the amount equals coefficient × base with that date's rounding.
 * The expected amounts ({@code history/amounts.csv}) are computed from the research note's tables
 * (reference/legal-history-2017-2023.md) by a separate script, not from the parameter files.
 */
@DisplayName("Amount = coefficient × МРП or ПМ with the rounding of the date, 2017–2026 (legal-history-2017-2023)")
class AmountsByMeasureAndDateTest {

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = AmountsByMeasureAndDateTest.class.getResourceAsStream("/history/amounts.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split(";", -1))
                    .map(f -> Arguments.of(f[0], LocalDate.parse(f[1]), f[2], f[3], f[4]))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0} on {1} [{2}]: {3} ({4})")
    @MethodSource("cases")
    void the_amount_is_the_coefficient_times_the_base_rounded_by_the_rule_of_the_date(String measureId, LocalDate day,
            String keys, String expected, String formula) {
        Measure measure = Measures.byId(measureId).orElseThrow();
        Map<String, String> raw = new LinkedHashMap<>();
        Arrays.stream(keys.split(" ")).filter(k -> !k.isBlank()).forEach(k -> {
            String[] kv = k.split("=", 2);
            raw.put(kv[0], kv[1]);
        });
        Decision d = measure.calculate(Inputs.parse(measureId, measure.inputs(), raw),
                ParameterBook.standard().on(day), false);
        String[] want = expected.split(":", 2);
        switch (want[0]) {
            case "entitled" -> assertThat(d).isInstanceOfSatisfying(Entitlement.class,
                    e -> assertThat(e.amount()).as(formula).isEqualTo(Long.parseLong(want[1])));
            case "refused" -> assertThat(d).isInstanceOfSatisfying(Refusal.class,
                    r -> assertThat(r.condition()).isEqualTo(want[1]));
            default -> assertThat(d).isInstanceOfSatisfying(Undetermined.class,
                    u -> assertThat(u.parameter()).isEqualTo(want[1]));
        }
    }
}
