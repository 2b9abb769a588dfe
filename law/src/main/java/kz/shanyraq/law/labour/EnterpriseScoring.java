package kz.shanyraq.law.labour;

import kz.shanyraq.law.labour.LabourRiskModel.Version;
import kz.shanyraq.law.parameter.ParameterBook;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Scores enterprises with a labour-risk model as of a day. The minimum wage the wage indicator compares with is the
 * law's ({@code minimum-wage} in the parameter files, on that day), so the figure lives in one place.
 *
 * <p>{@link #on(LocalDate)} resolves the model version and the law once; a national run then calls
 * {@link ScoringDay#score} per enterprise. The result keeps every indicator's value and points, so the explanation
 * is the result itself, not a second computation.
 */
public final class EnterpriseScoring {

    private final LabourRiskModel model;
    private final ParameterBook law;

    public EnterpriseScoring(LabourRiskModel model, ParameterBook law) {
        this.model = Objects.requireNonNull(model, "model");
        this.law = Objects.requireNonNull(law, "law");
    }

    /** The shipped reference model with the shipped parameters. */
    public static EnterpriseScoring reference() {
        return new EnterpriseScoring(LabourRiskModelReader.reference(), ParameterBook.standard());
    }

    public LabourRiskModel model() {
        return model;
    }

    /** Everything fixed for one scoring day. */
    public ScoringDay on(LocalDate day) {
        Version version = model.on(day).orElseThrow(() -> new IllegalArgumentException(
                "the labour-risk model " + model.id() + " has no version in force on " + day));
        long minimumWage = law.on(day).number("minimum-wage").longValueExact();
        return new ScoringDay(model, version, day, minimumWage);
    }

    /** One enterprise, explained. */
    public EnterpriseRisk score(EnterpriseFacts facts, LocalDate day) {
        return on(day).score(facts);
    }
}
