package kz.shanyraq.law.measure;

import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.parameter.Law;

import java.util.List;

/**
 * A benefit, allowance, social payment or subsidy: who is eligible, how much, for which period, and why.
 * Implementations are small, stateless and thread-safe.
 */
public interface Measure {

    /** Id, title, financing, payment and norm parameter of the measure. */
    MeasureDescription description();

    /** Stable id used in the command line, the API and stored decisions, e.g. {@code birth-allowance}. */
    default String id() {
        return description().id();
    }

    default Text title() {
        return description().title();
    }

    default Financing financing() {
        return description().financing();
    }

    default Payment payment() {
        return description().payment();
    }

    /** The parameter whose legal reference is the measure's norm (act and article) on a date. */
    default String normParameter() {
        return description().normParameter();
    }

    /** Keys accepted by {@link #calculate}. */
    List<InputKey> inputs();

    /**
     * The amount for a case described directly by keys (the {@code amount} command), on the law's day.
     * Never throws for unknown parameters: returns {@link Undetermined}.
     */
    Decision calculate(Inputs inputs, Law law, boolean explain);

    /**
     * Every decision of this measure for one family on the law's day: one per potential beneficiary. A measure
     * that cannot apply to the family at all (no member could ever qualify) returns an empty list.
     */
    List<Decision> evaluate(Family family, Law law, boolean explain);
}
