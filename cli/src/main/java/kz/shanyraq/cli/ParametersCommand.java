package kz.shanyraq.cli;

import kz.shanyraq.law.parameter.Parameter;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.law.parameter.ParameterVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;

/** Shows legal parameters and their dated history (and validates extra parameter files). */
@Command(name = "parameters", mixinStandardHelpOptions = true,
        description = {"Lists the legal parameters, or shows the history of one.",
                "With --parameters DIR the extra files are validated first (errors name file, line, parameter)."})
final class ParametersCommand implements Runnable {

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "A parameter, e.g. mrp.")
    String name;

    @Option(names = "--parameters", paramLabel = "DIR", description = "A folder of extra parameter files.")
    Path extra;

    @Option(names = "--lang", defaultValue = "en", description = "ru, kk or en.")
    String lang;

    @Option(names = "--unknown", description = "List every period whose value the law, as we hold it, does not give.")
    boolean unknown;

    @Option(names = "--confidence", description = {"How much of the law (parameters × periods) rests on primary, "
            + "secondary and derived sources, and how much is unknown, from 2017-01-01 to --until."})
    boolean confidence;

    @Option(names = "--until", defaultValue = "2025-12-31", paramLabel = "YYYY-MM-DD",
            description = "Last day counted by --confidence (default: ${DEFAULT-VALUE}).")
    java.time.LocalDate until;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        Locale locale = Locale.forLanguageTag(lang);
        ParameterBook book = extra == null ? ParameterBook.standard()
                : ParameterBook.builder().addShipped().addFolder(extra).build();
        if (unknown) {
            printUnknown(book, out);
            return;
        }
        if (confidence) {
            printConfidence(book, until, out);
            return;
        }
        if (name == null) {
            book.all().stream().sorted(Comparator.comparing(Parameter::name))
                    .forEach(p -> out.printf("%-48s %-8s %s%n", p.name(), p.unit().code(), p.title().in(locale)));
            return;
        }
        Parameter p = book.parameter(name);
        out.println(p.name() + ": " + p.title().in(locale) + " [" + p.unit().code() + "]");
        for (ParameterVersion v : p.versions()) {
            out.printf("  %s – %s  %s  %s (confidence: %s)  %s%n", v.from(), v.to() == null ? "…" : v.to(),
                    v.isKeyed() ? v.values() : String.valueOf(v.valueFor(null)), v.status().code(),
                    v.status().confidence(), v.reference().citation());
            if (v.derivedFrom() != null) {
                out.println("      derived from: " + v.derivedFrom());
            }
            if (!v.reference().sources().isEmpty()) {
                out.println("      sources: " + String.join(", ", v.reference().sources()));
            }
            if (v.note() != null) {
                out.println("      " + v.note());
            }
        }
    }

    /**
     * Every period the law as we hold it does not give: versions with status unknown, unknown values of a keyed
     * version, and the gap between the start of the law's history and a parameter's first version. The last line
     * counts them.
     */
    static void printUnknown(ParameterBook book, PrintWriter out) {
        int periods = 0;
        int keyed = 0;
        int gaps = 0;
        java.time.LocalDate start = book.historyStarts();
        for (Parameter p : book.all().stream().sorted(Comparator.comparing(Parameter::name)).toList()) {
            ParameterVersion first = p.versions().get(0);
            if (first.from().isAfter(start) && !notInForce(book, p.name(), start, first.from().minusDays(1))) {
                out.printf("%-52s %s – %s  gap: our history of this parameter starts %s%n", p.name(), start,
                        first.from().minusDays(1), first.from());
                gaps++;
            }
            for (ParameterVersion v : p.versions()) {
                String to = v.to() == null ? "…" : v.to().toString();
                if (v.status() == kz.shanyraq.law.parameter.SourceStatus.UNKNOWN) {
                    out.printf("%-52s %s – %s  %s%n", p.name(), v.from(), to, v.note());
                    periods++;
                } else if (v.isKeyed()) {
                    for (java.util.Map.Entry<String, Object> e : v.values().entrySet()) {
                        if (e.getValue() == ParameterVersion.UNKNOWN) {
                            out.printf("%-52s %s – %s  [%s %s] unknown%s%n", p.name(), v.from(), to, p.keyedBy(),
                                    e.getKey(), v.note() == null ? "" : "  " + v.note());
                            keyed++;
                        }
                    }
                }
            }
        }
        out.printf("unknown periods: %d; unknown keyed values: %d; gaps before a parameter's history: %d%n",
                periods, keyed, gaps);
    }

    /**
     * Whether the measure a parameter belongs to did not exist over a period (its {@code <prefix>.in-force} flag is
     * false on every day of it): a gap there is "not applicable", not unknown.
     */
    private static boolean notInForce(ParameterBook book, String name, java.time.LocalDate from, java.time.LocalDate to) {
        int dot = name.lastIndexOf('.');
        String flag = (dot < 0 ? name : name.substring(0, dot)) + ".in-force";
        if (!book.has(flag)) {
            return false;
        }
        for (ParameterVersion v : book.parameter(flag).versions()) {
            boolean overlaps = !v.from().isAfter(to) && (v.to() == null || !v.to().isBefore(from));
            if (overlaps && !Boolean.FALSE.equals(v.value())) {
                return false;
            }
        }
        return book.parameter(flag).versions().get(0).from().compareTo(from) <= 0;
    }

    /**
     * Versions, and parameter-days from the start of the history to {@code until}, by confidence. A keyed version
     * with some unknown values counts those values' share of its days as unknown.
     */
    static void printConfidence(ParameterBook book, java.time.LocalDate until, PrintWriter out) {
        java.util.Map<String, Integer> versions = new java.util.TreeMap<>();
        java.util.Map<String, Double> days = new java.util.TreeMap<>();
        java.time.LocalDate start = book.historyStarts();
        for (Parameter p : book.all()) {
            for (ParameterVersion v : p.versions()) {
                String c = v.status() == kz.shanyraq.law.parameter.SourceStatus.UNKNOWN ? "unknown"
                        : v.status().confidence();
                versions.merge(c, 1, Integer::sum);
                java.time.LocalDate a = v.from().isBefore(start) ? start : v.from();
                java.time.LocalDate b = v.to() == null || v.to().isAfter(until) ? until : v.to();
                if (b.isBefore(a)) {
                    continue;
                }
                double n = java.time.temporal.ChronoUnit.DAYS.between(a, b) + 1;
                long unknownKeys = v.isKeyed() ? v.values().values().stream()
                        .filter(x -> x == ParameterVersion.UNKNOWN).count() : 0;
                double unknownShare = v.isKeyed() ? (double) unknownKeys / v.values().size() : 0;
                days.merge(c, n * (1 - unknownShare), Double::sum);
                days.merge("unknown", n * unknownShare, Double::sum);
            }
        }
        int totalVersions = versions.values().stream().mapToInt(Integer::intValue).sum();
        double totalDays = days.values().stream().mapToDouble(Double::doubleValue).sum();
        out.printf("confidence  versions          parameter-days %s – %s%n", start, until);
        for (String c : java.util.List.of("primary", "secondary", "derived", "unknown")) {
            int nv = versions.getOrDefault(c, 0);
            double nd = days.getOrDefault(c, 0.0);
            out.printf(java.util.Locale.ROOT, "%-10s  %4d (%5.1f %%)  %9.0f (%5.1f %%)%n", c, nv, 100.0 * nv / totalVersions,
                    nd, 100.0 * nd / totalDays);
        }
    }
}
