package kz.shanyraq.cli;

import kz.shanyraq.law.explain.Explanation;
import kz.shanyraq.law.explain.ExplanationText;
import kz.shanyraq.law.json.LawJson;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Inputs;
import kz.shanyraq.law.measure.InvalidInputException;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.Measures;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.measure.Undetermined;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code amount MEASURE --on DATE [key=value ...] [--explain]}: the amount in whole tenge as the last line. */
@Command(name = "amount", mixinStandardHelpOptions = true,
        description = {"Computes one measure's amount on a date. The last line printed is the amount in whole tenge.",
                "Exit codes: 0 amount printed, 2 wrong measure/key/value, 3 refused, 4 a parameter is unknown.",
                "See 'measures' for every measure and its keys."})
final class AmountCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MEASURE", description = "Measure id, e.g. birth-allowance.")
    String measureId;

    @Parameters(index = "1..*", paramLabel = "key=value", description = "The case, e.g. child-order=2.")
    List<String> keyValues = List.of();

    @Mixin
    LawOptions law;

    @Option(names = "--explain", description = "Print the explanation before the amount.")
    boolean explain;

    @Option(names = "--json", description = "Print the explanation as JSON (with --explain).")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Locale locale = law.locale();
        Measure measure = Measures.byId(measureId).orElse(null);
        if (measure == null) {
            err.println("error: unknown measure '" + measureId + "' (known: "
                    + Measures.all().stream().map(Measure::id).collect(Collectors.joining(", ")) + ")");
            return ShanyraqCommand.INVALID;
        }
        Inputs inputs;
        try {
            inputs = Inputs.parse(measure.id(), measure.inputs(), parse(keyValues));
        } catch (InvalidInputException e) {
            err.println("error: " + e.getMessage());
            return ShanyraqCommand.INVALID;
        }
        Decision decision;
        try {
            decision = measure.calculate(inputs, law.book().on(law.on), explain);
        } catch (InvalidInputException e) {
            err.println("error: " + e.getMessage());
            return ShanyraqCommand.INVALID;
        }
        if (explain) {
            // Refusals and undetermined results are explained too.
            Explanation e = decision.explanation();
            out.print(json ? LawJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(e) + "\n"
                    : ExplanationText.render(e, locale));
        }
        out.flush();
        if (decision instanceof Entitlement ent) {
            out.println(ent.amount());
            out.flush();
            return 0;
        }
        if (decision instanceof Refusal r) {
            err.println("refused: " + r.reason().in(locale) + " [" + r.condition() + "]");
            return ShanyraqCommand.REFUSED;
        }
        Undetermined u = (Undetermined) decision;
        err.println("undetermined: " + u.reason().in(locale));
        return ShanyraqCommand.UNDETERMINED;
    }

    private static Map<String, String> parse(List<String> keyValues) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (String kv : keyValues) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new InvalidInputException(kv, "expected key=value, got '" + kv + "'");
            }
            String key = kv.substring(0, eq);
            if (raw.put(key, kv.substring(eq + 1)) != null) {
                throw new InvalidInputException(key, "key '" + key + "' given twice");
            }
        }
        return raw;
    }
}
