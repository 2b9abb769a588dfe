package kz.shanyraq.bench.dmn;

import kz.shanyraq.law.assistance.PovertyLine;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.law.parameter.ParameterUnknownException;
import kz.shanyraq.law.region.Regions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The {@code Parameters} input of the DMN slice model: every parameter value the law module resolves for the day,
 * read once from {@link ParameterBook} (never written into the DMN file). A value the book does not know on the day
 * is {@code null}; the DMN decisions turn a null they need into an undetermined outcome, as the law engine does
 * with {@link ParameterUnknownException}. Keyed parameters are expanded to explicit keys (child order and number
 * of children 1–30), so the model looks values up with {@code get value(...)}.
 */
public final class SliceParameters {

    /** Keys 1..30: the range the law's inputs accept for child order and number of children. */
    static final int MAX_KEY = 30;
    /** Birth allowance is paid by the law of the day of birth: rate segments cover this many months back. */
    private static final int BIRTH_WINDOW_MONTHS = 13;

    private SliceParameters() {
    }

    public static Map<String, Object> of(ParameterBook book, LocalDate on) {
        Law law = book.on(on);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("day", on);
        p.put("mrp", number(() -> law.number("mrp", "social-benefits")));
        p.put("pm", number(() -> law.number("subsistence-minimum")));
        p.put("asp", asp(law));
        p.put("birth", birth(book, on));
        Map<String, Object> childcare = new LinkedHashMap<>();
        childcare.put("durationMonths", number(() -> law.number("childcare-allowance.duration-months")));
        childcare.put("coefficients", byKey(law, "childcare-allowance.coefficient"));
        childcare.put("rounding", rounding(law, "childcare-allowance.rounding"));
        p.put("childcare", childcare);
        Map<String, Object> multichild = new LinkedHashMap<>();
        multichild.put("inForce", flag(() -> law.flag("multichild-allowance.in-force")));
        multichild.put("studentAgeLimit", number(() -> law.number("multichild-allowance.student-age-limit")));
        multichild.put("minimumChildren", number(() -> law.number("multichild-allowance.minimum-children")));
        multichild.put("perChildFrom", number(() -> law.number("multichild-allowance.per-child-from")));
        multichild.put("coefficients", byKey(law, "multichild-allowance.coefficient"));
        multichild.put("rounding", rounding(law, "multichild-allowance.rounding"));
        p.put("multichild", multichild);
        Map<String, Object> awarded = new LinkedHashMap<>();
        Map<String, Object> awardedCoefficients = new LinkedHashMap<>();
        for (String rate : List.of("kumis-alka", "altyn-alka")) {
            awardedCoefficients.put(rate, number(() -> law.number("awarded-mother-allowance.coefficient", rate)));
        }
        awarded.put("coefficients", awardedCoefficients);
        awarded.put("rounding", rounding(law, "awarded-mother-allowance.rounding"));
        p.put("awarded", awarded);
        Map<String, Object> carer = new LinkedHashMap<>();
        carer.put("coefficient", number(() -> law.number("disabled-child-carer-allowance.coefficient")));
        carer.put("rounding", rounding(law, "disabled-child-carer-allowance.rounding"));
        p.put("disabledChildCarer", carer);
        Map<String, Object> disability = new LinkedHashMap<>();
        disability.put("youngChildAge", number(() -> law.number("disability-benefit.young-child-age")));
        Map<String, Object> categories = new LinkedHashMap<>();
        categories.put("young-child", number(() -> law.number("disability-benefit.coefficient", "young-child")));
        for (String table : List.of("childhood", "general-illness", "work-injury", "occupational-disease", "other")) {
            for (int g = 1; g <= 3; g++) {
                String key = table + "-group-" + g;
                categories.put(key, number(() -> law.number("disability-benefit.coefficient", key)));
            }
        }
        disability.put("coefficients", categories);
        disability.put("rounding", rounding(law, "disability-benefit.rounding"));
        p.put("disability", disability);
        return p;
    }

    private static Map<String, Object> asp(Law law) {
        Map<String, Object> asp = new LinkedHashMap<>();
        asp.put("residenceStatuses", codes(() -> law.codes("asp.eligibility.residence-statuses")));
        asp.put("refuseNonMortgage", flag(() -> law.flag("asp.loans.refuse-non-mortgage")));
        asp.put("exemptLoanKinds", codes(() -> law.codes("asp.loans.exempt-kinds")));
        asp.put("excludedIncomeTypes", codes(() -> law.codes("asp.income.excluded-types")));
        asp.put("quarterMonths", number(() -> law.number("asp.income.quarter-months")));
        asp.put("atLineEligible", flag(() -> law.flag("asp.eligibility.income-at-line-eligible")));
        asp.put("rounding", rounding(law, "asp.rounding"));
        Map<String, Object> lines = new LinkedHashMap<>();
        for (String region : Regions.codes()) {
            lines.put(region, number(() -> PovertyLine.of(law, region)));
        }
        asp.put("povertyLines", lines);
        // What the assessment reads after the income test (form of assistance, assignment period): the DMN slice
        // does not decide the form, it only needs to know whether those parameters are known on the day.
        asp.put("assignmentKnown", known(() -> {
            law.codes("asp.assignment.start");
            if (law.flag("asp.form.in-force")) {
                law.number("asp.able-bodied.min-age");
                law.number("asp.able-bodied.pension-age", "male");
                law.number("asp.able-bodied.pension-age", "female");
                law.flag("asp.form.only-one-able-bodied-carer");
            }
        }));
        return asp;
    }

    /** Segments of the rates in force on each day a child under one may have been born on (sorted by start). */
    private static Map<String, Object> birth(ParameterBook book, LocalDate on) {
        List<Map<String, Object>> segments = new ArrayList<>();
        Map<String, Object> previous = null;
        for (LocalDate d = on.minusMonths(BIRTH_WINDOW_MONTHS); !d.isAfter(on); d = d.plusDays(1)) {
            Law law = book.on(d);
            Map<String, Object> rate = new LinkedHashMap<>();
            boolean fixed = book.parameter("birth-allowance.fixed-amount").versionOn(d) != null;
            rate.put("fixed", fixed ? byKey(law, "birth-allowance.fixed-amount") : null);
            rate.put("coefficients", byKey(law, "birth-allowance.coefficient"));
            rate.put("mrp", number(() -> law.number("mrp", "social-benefits")));
            rate.put("rounding", rounding(law, "birth-allowance.rounding"));
            if (!rate.equals(previous)) {
                Map<String, Object> segment = new LinkedHashMap<>();
                segment.put("from", d);
                segment.putAll(rate);
                segments.add(segment);
                previous = rate;
            }
        }
        Map<String, Object> birth = new LinkedHashMap<>();
        birth.put("claimMonths", number(() -> book.on(on).number("birth-allowance.claim-months")));
        birth.put("rates", segments);
        return birth;
    }

    private static Map<String, Object> byKey(Law law, String parameter) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int k = 1; k <= MAX_KEY; k++) {
            String key = String.valueOf(k);
            values.put(key, number(() -> law.number(parameter, key)));
        }
        return values;
    }

    private static String rounding(Law law, String parameter) {
        try {
            return law.rounding(parameter).code();
        } catch (ParameterUnknownException e) {
            return null;
        }
    }

    private static BigDecimal number(Supplier<BigDecimal> read) {
        try {
            return Objects.requireNonNull(read.get());
        } catch (ParameterUnknownException e) {
            return null;
        }
    }

    private static Boolean flag(Supplier<Boolean> read) {
        try {
            return read.get();
        } catch (ParameterUnknownException e) {
            return null;
        }
    }

    private static List<String> codes(Supplier<List<String>> read) {
        try {
            return new ArrayList<>(read.get()); // not List.copyOf: FEEL "list contains" may ask for null
        } catch (ParameterUnknownException e) {
            return null;
        }
    }

    private static boolean known(Runnable reads) {
        try {
            reads.run();
            return true;
        } catch (ParameterUnknownException e) {
            return false;
        }
    }
}
