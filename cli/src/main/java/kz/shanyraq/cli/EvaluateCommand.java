package kz.shanyraq.cli;

import kz.shanyraq.law.evaluation.EvaluationJson;
import kz.shanyraq.law.evaluation.EvaluationText;
import kz.shanyraq.law.evaluation.FamilyEvaluation;
import kz.shanyraq.law.evaluation.FamilyEvaluator;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.FamilyDocuments;
import kz.shanyraq.law.family.InvalidFamilyDocumentException;
import kz.shanyraq.law.family.Problem;
import kz.shanyraq.law.parameter.ParameterBook;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code evaluate FAMILY.json --on DATE}: every measure for one family, as JSON (or readable text). */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Evaluates every measure for one family document on a date and prints the entitlements, "
                + "refusals and undetermined results as JSON (schema: law/src/main/resources/kz/shanyraq/law/schema/"
                + "evaluation.schema.json), or as readable text with --text.",
                "Exit codes: 0 evaluated, 2 missing file or invalid document (each problem on stderr as 'path: reason')."})
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FAMILY.json",
            description = "A family document (schema: law/src/main/resources/kz/shanyraq/law/schema/family.schema.json).")
    Path file;

    @Mixin
    LawOptions law;

    @Option(names = "--text", description = "Print readable text with every explanation instead of JSON.")
    boolean text;

    @Option(names = "--explain", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Include each decision's explanation in the JSON (default); --no-explain leaves them out.")
    boolean explain;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Locale locale = law.locale();
        ParameterBook book = law.book();
        Family family;
        try {
            family = FamilyDocuments.read(file, law.on);
        } catch (NoSuchFileException e) {
            err.println("error: family document not found: " + file);
            return ShanyraqCommand.INVALID;
        } catch (IOException e) {
            err.println("error: cannot read family document " + file + ": " + e.getMessage());
            return ShanyraqCommand.INVALID;
        } catch (InvalidFamilyDocumentException e) {
            err.println("error: invalid family document " + file + " (" + e.problems().size()
                    + (e.problems().size() == 1 ? " problem)" : " problems)"));
            for (Problem p : e.problems()) {
                err.println(p);
            }
            return ShanyraqCommand.INVALID;
        }
        FamilyEvaluation evaluation = new FamilyEvaluator(book).evaluate(family, law.on, explain || text);
        if (text) {
            out.print(EvaluationText.render(evaluation, locale));
        } else {
            out.println(EvaluationJson.write(evaluation));
        }
        out.flush();
        return 0;
    }
}
