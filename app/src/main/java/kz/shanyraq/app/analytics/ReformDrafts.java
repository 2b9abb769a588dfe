package kz.shanyraq.app.analytics;

import kz.shanyraq.law.parameter.Parameter;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.law.parameter.ParameterVersion;
import kz.shanyraq.law.parameter.Unit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A reform picked in the form (a parameter, a date, a new value or a change in percent) written as the parameter
 * file it stands for: the same YAML an analyst may write by hand, so both go through the one reading and checking.
 */
final class ReformDrafts {

    private ReformDrafts() {
    }

    /** The numeric parameters one may pick (amounts, coefficients, shares, ages …), by name. */
    static List<String> numeric(ParameterBook law) {
        return law.all().stream().filter(p -> p.unit().kind() == Unit.Kind.NUMBER).map(Parameter::name).sorted()
                .toList();
    }

    /**
     * The reform's YAML: from {@code from} on, every value of the parameter (each key of a keyed one) becomes
     * {@code value}, or the value in force on {@code from} changed by {@code percent}.
     */
    static String yaml(ParameterBook law, String name, LocalDate from, BigDecimal value, BigDecimal percent) {
        if (name == null || !law.has(name)) {
            throw AnalyticsRefusedException.invalid("parameter", "the law has no parameter '" + name + "'");
        }
        if (from == null) {
            throw AnalyticsRefusedException.invalid("from", "the date the change takes effect is required");
        }
        if ((value == null) == (percent == null)) {
            throw AnalyticsRefusedException.invalid("value", "give either a new value or a change in percent");
        }
        Parameter p = law.parameter(name);
        if (p.unit().kind() != Unit.Kind.NUMBER) {
            throw AnalyticsRefusedException.invalid("parameter", name + " is not a number (" + p.unit().code() + ")");
        }
        ParameterVersion v = p.versionOn(from);
        StringBuilder y = new StringBuilder("parameters:\n  - name: ").append(name).append('\n')
                .append("    title: {ru: ").append(q(p.title().ru())).append(", kk: ").append(q(p.title().kk()))
                .append(", en: ").append(q(p.title().en())).append("}\n")
                .append("    unit: ").append(p.unit().code()).append('\n');
        if (p.keyedBy() != null) {
            y.append("    keyed-by: ").append(p.keyedBy()).append('\n');
        }
        y.append("    versions:\n      - from: ").append(from).append('\n');
        if (v != null && v.isKeyed()) {
            y.append("        values:\n");
            for (Map.Entry<String, Object> e : v.values().entrySet()) {
                y.append("          ").append(q(e.getKey())).append(": ")
                        .append(changed(e.getValue(), value, percent, name)).append('\n');
            }
        } else {
            y.append("        value: ").append(changed(v == null ? null : v.value(), value, percent, name)).append('\n');
        }
        y.append("        status: unverified\n")
                .append("        act: ").append(q("Проект изменения (моделирование) / Draft amendment (simulation)"))
                .append('\n').append("        sources: [simulation]\n");
        return y.toString();
    }

    private static String changed(Object old, BigDecimal value, BigDecimal percent, String name) {
        if (value != null) {
            return value.stripTrailingZeros().toPlainString();
        }
        if (!(old instanceof BigDecimal) && !(old instanceof Number)) {
            throw AnalyticsRefusedException.invalid("percent", name + " has no known value on that date to change");
        }
        BigDecimal o = old instanceof BigDecimal b ? b : new BigDecimal(old.toString());
        return o.multiply(BigDecimal.ONE.add(percent.movePointLeft(2))).setScale(4, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    private static String q(String s) {
        return "\"" + (s == null ? "" : s.replace("\\", "\\\\").replace("\"", "\\\"")) + "\"";
    }
}
