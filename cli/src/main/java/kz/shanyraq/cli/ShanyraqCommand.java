package kz.shanyraq.cli;

import kz.shanyraq.law.parameter.ParameterFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * Entry point of the law's command line. Exit codes: 0 done; 2 invalid command, measure, key or value;
 * 3 the law refuses (a condition failed); 4 undetermined (a parameter of the law is unknown).
 */
@Command(name = "shanyraq", mixinStandardHelpOptions = true, version = "Shanyraq 0.1.0",
        description = "Shanyraq: benefit law as code.",
        subcommands = {AmountCommand.class, EvaluateCommand.class, MeasuresCommand.class, ParametersCommand.class,
                CommandLine.HelpCommand.class})
public final class ShanyraqCommand implements Runnable {

    public static final int INVALID = 2;
    public static final int REFUSED = 3;
    public static final int UNDETERMINED = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (used by tests without a new JVM). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Same, printing to the given writers (tests capture them). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new ShanyraqCommand());
        cl.setOut(out);
        cl.setErr(err);
        // A date that is not a date is named plainly, without the parser's exception text.
        cl.registerConverter(java.time.LocalDate.class, s -> {
            try {
                return java.time.LocalDate.parse(s);
            } catch (java.time.format.DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + s + "' is not a date (YYYY-MM-DD)");
            }
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("error: " + ex.getMessage());
            return INVALID;
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("error: " + ex.getMessage());
            return ex instanceof IllegalArgumentException || ex instanceof ParameterFileException ? INVALID : 1;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
