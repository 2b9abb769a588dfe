package kz.shanyraq.cli;

import kz.shanyraq.law.measure.InputKey;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.Measures;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;

/** Lists every measure with its keys, so a lawyer or a script can find what to ask. */
@Command(name = "measures", mixinStandardHelpOptions = true, description = "Lists the measures and their keys.")
final class MeasuresCommand implements Runnable {

    @Option(names = "--lang", defaultValue = "en", description = "ru, kk or en.")
    String lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        Locale locale = Locale.forLanguageTag(lang);
        for (Measure m : Measures.all()) {
            out.printf("%-34s %s%n", m.id(), m.title().in(locale));
            out.printf("%-34s %s%n", "", m.inputs().stream().map(InputKey::usage).collect(Collectors.joining(" ")));
        }
    }
}
