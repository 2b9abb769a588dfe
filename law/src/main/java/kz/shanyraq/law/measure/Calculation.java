package kz.shanyraq.law.measure;

import kz.shanyraq.law.explain.ConditionCheck;
import kz.shanyraq.law.explain.Explanation;
import kz.shanyraq.law.explain.ParameterUse;
import kz.shanyraq.law.explain.RoundingUse;
import kz.shanyraq.law.explain.Step;
import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.Parameter;
import kz.shanyraq.law.parameter.ParameterUnknownException;
import kz.shanyraq.law.parameter.ParameterVersion;
import kz.shanyraq.law.parameter.Rounding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One calculation of one measure for one beneficiary. Reads parameters, checks conditions and records each step
 * when an explanation is wanted; when it is not, recording costs nothing.
 *
 * <pre>{@code
 * Calculation c = Calculation.start(this, member.id(), law, explain);
 * if (!c.check("child-order", LABEL, order, order >= 1)) return c.refuse("child-order", REASON);
 * BigDecimal amount = c.step("amount", null, "coefficient × МРП", c.number("x.coefficient", key).multiply(c.number("mrp", "social-benefits")));
 * return c.entitle(Payment.ONE_TIME, day, day, c.round("x.rounding", amount));
 * }</pre>
 */
public final class Calculation {

    private final Measure measure;
    private final String beneficiary;
    private final Law law;
    private final boolean explain;
    private final List<ConditionCheck> conditions;
    private final List<ParameterUse> parameters;
    private final List<Step> steps;
    private RoundingUse rounding;

    private Calculation(Measure measure, String beneficiary, Law law, boolean explain) {
        this.measure = measure;
        this.beneficiary = beneficiary;
        this.law = law;
        this.explain = explain;
        this.conditions = explain ? new ArrayList<>() : null;
        this.parameters = explain ? new ArrayList<>() : null;
        this.steps = explain ? new ArrayList<>() : null;
    }

    public static Calculation start(Measure measure, String beneficiary, Law law, boolean explain) {
        return new Calculation(measure, beneficiary, law, explain);
    }

    /**
     * Runs a calculation body; a parameter the law does not give turns into {@link Undetermined}, and so does every
     * day before the law's history ({@link kz.shanyraq.law.parameter.ParameterBook#historyStarts()}).
     */
    public static Decision run(Measure measure, String beneficiary, Law law, boolean explain,
                               java.util.function.Function<Calculation, Decision> body) {
        Calculation c = start(measure, beneficiary, law, explain);
        LocalDate first = law.book().historyStarts();
        if (law.day().isBefore(first)) {
            return c.undetermined(new ParameterUnknownException(measure.normParameter(), null, law.day(),
                    "the law's history as we hold it starts " + first + "; an earlier date is undetermined"));
        }
        try {
            return body.apply(c);
        } catch (ParameterUnknownException e) {
            return c.undetermined(e);
        }
    }

    public LocalDate day() {
        return law.day();
    }

    public Law law() {
        return law;
    }

    public boolean explaining() {
        return explain;
    }

    public String beneficiary() {
        return beneficiary;
    }

    // ---- parameters -------------------------------------------------------------------------------------------

    public BigDecimal number(String parameter) {
        return number(parameter, null);
    }

    public BigDecimal number(String parameter, String key) {
        BigDecimal v = law.number(parameter, key);
        used(parameter, key, v);
        return v;
    }

    /** A parameter read on another day than the calculation's (e.g. МРП on the birth date). */
    public BigDecimal numberOn(LocalDate day, String parameter, String key) {
        Law other = law.on(day);
        BigDecimal v = other.number(parameter, key);
        if (explain) {
            parameters.add(use(other.version(parameter), parameter, key, v));
        }
        return v;
    }

    /**
     * A parameter that decides nothing in this case: every value it could take leads to the same result. When the law
     * gives it, it is read and recorded as usual; when it does not, the result stands (it is not undetermined) and the
     * explanation notes the unknown and why it does not decide. Returns null in that case.
     *
     * @param whyNotDeciding why no possible value changes the result (shown in the explanation)
     */
    public BigDecimal numberNotDeciding(String parameter, String key, String whyNotDeciding) {
        try {
            return number(parameter, key);
        } catch (ParameterUnknownException e) {
            noteUnknown(e, whyNotDeciding);
            return null;
        }
    }

    /** Records in the explanation an unknown parameter that does not decide the result, and why. */
    public void noteUnknown(ParameterUnknownException e, String whyNotDeciding) {
        check("unknown-not-deciding", Text.of("Неизвестный параметр закона не влияет на результат",
                        "Белгісіз заң параметрі нәтижеге әсер етпейді",
                        "An unknown parameter of the law does not change the result"),
                e.getMessage() + " — " + whyNotDeciding, true);
    }

    public boolean flag(String parameter) {
        boolean v = law.flag(parameter);
        used(parameter, null, v);
        return v;
    }

    public List<String> codes(String parameter) {
        List<String> v = law.codes(parameter);
        used(parameter, null, v);
        return v;
    }

    private void used(String parameter, String key, Object value) {
        if (explain) {
            parameters.add(use(law.version(parameter), parameter, key, value));
        }
    }

    private ParameterUse use(ParameterVersion v, String parameter, String key, Object value) {
        Parameter p = law.book().parameter(parameter);
        String shown = value instanceof BigDecimal b ? b.toPlainString() : String.valueOf(value);
        return new ParameterUse(parameter, p.title(), key, shown, p.unit().code(), v.from(), v.to(),
                v.status().code(), v.status().confidence(), v.derivedFrom(), v.retroactive(), v.reference().citation(),
                v.reference().sources(), v.location().toString());
    }

    /**
     * Whether the measure existed on the calculation's day, by its flag parameter ({@code x.in-force}); a measure that
     * did not exist is not applicable, not unknown. Returns the refusal naming the day it was introduced, or null when
     * the measure is in force.
     */
    public Refusal refuseIfNotInForce(String flagParameter) {
        boolean inForce = flag(flagParameter);
        LocalDate introduced = law.book().parameter(flagParameter).versions().stream()
                .filter(v -> Boolean.TRUE.equals(v.value())).map(ParameterVersion::from).findFirst().orElse(null);
        String since = introduced == null ? "—"
                : introduced.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        if (check("in-force", Text.of("Мера существует на дату расчёта (введена " + since + ")",
                "Шара есептеу күні бар (" + since + " енгізілген)",
                "The measure exists on the day evaluated (introduced on " + since + ")"), inForce, inForce)) {
            return null;
        }
        return refuse("in-force", Text.of("Мера не применяется: введена " + since,
                "Шара қолданылмайды: " + since + " енгізілген", "Not applicable: introduced on " + since));
    }

    // ---- conditions and steps ---------------------------------------------------------------------------------

    /** Records a condition with the value seen and returns whether it held. */
    public boolean check(String code, Text label, Object actual, boolean satisfied) {
        if (explain) {
            conditions.add(new ConditionCheck(code, label, String.valueOf(actual), satisfied));
        }
        return satisfied;
    }

    /** Records an intermediate value and returns it. */
    public BigDecimal step(String name, Text label, String formula, BigDecimal value) {
        if (explain) {
            steps.add(new Step(name, label, formula, value));
        }
        return value;
    }

    /** Same, computing the value only as needed (it is needed anyway, but the label may be costly). */
    public BigDecimal step(String name, Supplier<Text> label, String formula, BigDecimal value) {
        if (explain) {
            steps.add(new Step(name, label.get(), formula, value));
        }
        return value;
    }

    /** Rounds to whole tenge by the measure's rounding parameter in force on the calculation's day. */
    public long round(String roundingParameter, BigDecimal raw) {
        return roundOn(law.day(), roundingParameter, raw);
    }

    /** Rounds by the rounding parameter in force on another day (the day the right arose). */
    public long roundOn(LocalDate day, String roundingParameter, BigDecimal raw) {
        Law on = law.on(day);
        Rounding r = on.rounding(roundingParameter);
        long rounded = r.apply(raw);
        if (explain) {
            parameters.add(use(on.version(roundingParameter), roundingParameter, null, r.code()));
            rounding = new RoundingUse(r.code(), roundingParameter, raw, rounded);
        }
        return rounded;
    }

    // ---- outcomes ---------------------------------------------------------------------------------------------

    public Entitlement entitle(Payment payment, LocalDate from, LocalDate to, long amount) {
        return new Entitlement(measure.id(), beneficiary, payment, from, to, amount,
                explain ? explanation("entitled", amount, null) : null);
    }

    public Refusal refuse(String condition, Text reason) {
        return new Refusal(measure.id(), beneficiary, condition, reason,
                explain ? explanation("refused", null, reason) : null);
    }

    public Undetermined undetermined(ParameterUnknownException e) {
        Text reason = Text.of("Неизвестен параметр закона: " + e.getMessage(),
                "Заң параметрі белгісіз: " + e.getMessage(),
                "A parameter of the law is unknown: " + e.getMessage());
        return new Undetermined(measure.id(), beneficiary, e.parameter(), reason,
                explain ? explanation("undetermined", null, reason) : null);
    }

    /**
     * Undetermined because the law needs facts the registry does not hold (a period outside a source's coverage):
     * {@code missing} names them, {@code reason} says so to people.
     */
    public Undetermined undetermined(String missing, Text reason) {
        return new Undetermined(measure.id(), beneficiary, missing, reason,
                explain ? explanation("undetermined", null, reason) : null);
    }

    private Explanation explanation(String outcome, Long amount, Text reason) {
        return explanation(outcome, amount, reason, norm());
    }

    /**
     * The explanation of a result that is not a benefit decision (the well-being scoring: outcome {@code scored}),
     * with the norm given by the caller; null when the calculation does not explain.
     */
    public Explanation explanation(String outcome, Long amount, Text reason, String norm) {
        if (!explain) {
            return null;
        }
        return new Explanation(measure.id(), measure.title(), beneficiary, law.day(), norm,
                List.copyOf(conditions), List.copyOf(parameters), List.copyOf(steps), rounding, outcome, amount,
                reason);
    }

    private String norm() {
        Parameter p = law.book().parameter(measure.normParameter());
        ParameterVersion v = p.versionOn(law.day());
        if (v != null) {
            return v.reference().citation();
        }
        // Outside the norm parameter's history (e.g. a fixed amount period): cite what was actually used.
        return parameters != null && !parameters.isEmpty() ? parameters.get(0).citation()
                : "no norm in force on " + law.day() + " in our history";
    }
}
