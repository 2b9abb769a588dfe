package kz.shanyraq.law.labour;

import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.law.parameter.ParameterUnknownException;
import kz.shanyraq.law.parameter.ParameterVersion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Administrative fines for violations of labour legislation, in МРП as of the day of the violation. The amount in
 * tenge is the fine in МРП times the МРП in force on that day; from 2022-04-01 the МРП for fines is the
 * {@code general} one (3 063 ₸ in 2022), not the МРП for benefits ({@code mrp} in {@code indicators.yaml}). The
 * Code's size for each grade ({@code labour.fine.<grade>} in {@code labour.yaml}) is unknown in our sources: it is
 * reported as unknown, never guessed.
 */
public final class LabourFines {

    /** The МРП key for fines, taxes and other payments (from 2022-04-01 the МРП is keyed by purpose). */
    static final String MRP_FOR_FINES = "general";

    /**
     * A fine worked out on the violation day.
     *
     * @param mrp          the fine in МРП as imposed
     * @param mrpValue     the МРП in tenge on that day
     * @param tenge        mrp × mrpValue
     * @param act          the act that set that МРП
     */
    public record Fine(LocalDate violationOn, BigDecimal mrp, BigDecimal mrpValue, BigDecimal tenge, String act) {
    }

    /**
     * The Code's size of the fine for a grade on a day, or why it is not known.
     *
     * @param mrp   empty when the size is not known
     * @param note  what is missing and where to look (when unknown), or the act
     */
    public record CodeSize(String grade, Optional<BigDecimal> mrp, String act, String note) {
    }

    private final ParameterBook book;

    public LabourFines(ParameterBook book) {
        this.book = book;
    }

    public static LabourFines standard() {
        return new LabourFines(ParameterBook.standard());
    }

    /** A fine of {@code mrp} МРП for a violation found on a day, in tenge at that day's МРП for fines. */
    public Fine fine(BigDecimal mrp, LocalDate violationOn) {
        if (mrp == null || mrp.signum() < 0) {
            throw new IllegalArgumentException("a fine in МРП is 0 or more");
        }
        Law law = book.on(violationOn);
        ParameterVersion v = law.version("mrp");
        BigDecimal value = v.isKeyed() ? law.number("mrp", MRP_FOR_FINES) : law.number("mrp");
        return new Fine(violationOn, mrp, value, mrp.multiply(value), v.reference() == null ? null : v.reference().act());
    }

    /** The size the Code sets for a grade (gross, significant, minor) on a day; unknown in our sources today. */
    public CodeSize codeSize(String grade, LocalDate day) {
        String name = "labour.fine." + grade;
        var parameter = book.parameter(name);
        ParameterVersion v = parameter.versionOn(day);
        String act = v == null || v.reference() == null ? null : v.reference().act();
        try {
            return new CodeSize(grade, Optional.of(book.on(day).number(name)), act, null);
        } catch (ParameterUnknownException e) {
            return new CodeSize(grade, Optional.empty(), act, v == null ? e.getMessage() : v.note());
        }
    }
}
