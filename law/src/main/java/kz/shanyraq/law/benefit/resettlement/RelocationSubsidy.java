package kz.shanyraq.law.benefit.resettlement;

import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Resettlement;
import kz.shanyraq.law.measure.Calculation;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Financing;
import kz.shanyraq.law.measure.InputKey;
import kz.shanyraq.law.measure.Inputs;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.MeasureDescription;
import kz.shanyraq.law.measure.Payment;
import kz.shanyraq.law.parameter.Law;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One-time relocation subsidy (субсидия на переезд) to kandas and resettlers settling under the regional quota:
 * 70 МРП on the head and each family member (seed 001, S47; 35 / 25 МРП under the 2017–2021 Program, seed 003).
 * The amount is the family's total, by the МРП of the day the family settled.
 *
 * <p>Financing: {@link Financing#REPUBLICAN_BUDGET}. The subsidy is paid by the local executive bodies, but as a
 * state measure of the migration and employment policy set nationally (MLSP quota order, rules of voluntary
 * resettlement) out of republican funds transferred to them; it is not a local-budget measure that the local
 * authority may choose to give (only the rent rate within 15–30 МРП is local).
 */
public final class RelocationSubsidy implements Measure {

    public static final String ID = "relocation-subsidy";
    static final String COEFFICIENT = "relocation-subsidy.coefficient";
    static final Text TITLE = Text.of("Субсидия на переезд кандасам и переселенцам",
            "Қандастар мен қоныс аударушыларға көшуге арналған субсидия", "Relocation subsidy to kandas and resettlers");
    private static final Text PER_MEMBER = Text.of("Субсидия на одного члена семьи", "Отбасының бір мүшесіне субсидия",
            "Subsidy per family member");
    private static final Text TOTAL = Text.of("Субсидия на семью", "Отбасыға субсидия", "Subsidy for the family");
    private static final Text MEMBERS = Text.of("Число переселяющихся (глава и члены семьи)",
            "Қоныс аударатындар саны (отбасы басшысы мен мүшелері)", "People moving (head and family members)");

    private static final MeasureDescription DESCRIPTION = new MeasureDescription(ID, TITLE,
            Financing.REPUBLICAN_BUDGET, Payment.ONE_TIME, COEFFICIENT);

    @Override
    public MeasureDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<InputKey> inputs() {
        return List.of(InputKey.number("members", 1, 50, Text.of("число переселяющихся, включая главу семьи",
                        "қоныс аударатындар саны, отбасы басшысын қоса", "people moving, the head of the family included")),
                InputKey.optionalChoice("move", List.of("between-regions", "within-region"), Text.of(
                        "переезд в регион расселения (по умолчанию) или в пределах одной области",
                        "қоныстандыру өңіріне немесе бір облыс ішінде көшу",
                        "to a region of settlement (default) or within one oblast")));
    }

    @Override
    public Decision calculate(Inputs inputs, Law law, boolean explain) {
        int members = (int) inputs.number("members");
        String move = inputs.choice("move", "between-regions");
        return Calculation.run(this, "family", law, explain, c -> amount(c, members, move, law.day()));
    }

    @Override
    public List<Decision> evaluate(Family family, Law law, boolean explain) {
        Resettlement r = family.resettlement();
        if (r == null) {
            return List.of();
        }
        return List.of(Calculation.run(this, family.id(), law, explain, c -> {
            if (!c.check("regional-quota", ResettlementTexts.IN_QUOTA, r.inRegionalQuota(), r.inRegionalQuota())) {
                return c.refuse("regional-quota", ResettlementTexts.NOT_IN_QUOTA);
            }
            LocalDate settled = r.settledOn();
            if (!c.check("settled", ResettlementTexts.SETTLED, settled, settled != null && !settled.isAfter(c.day()))) {
                return c.refuse("settled", ResettlementTexts.NOT_SETTLED);
            }
            // A move within the family's own oblast is the within-region case; from elsewhere (or abroad) between regions.
            String move = r.fromRegion() != null && r.fromRegion().equals(family.region()) ? "within-region"
                    : "between-regions";
            return amount(c, family.size(), move, settled);
        }));
    }

    /** The family's subsidy by the law of the day it settled. */
    private Decision amount(Calculation c, int members, String move, LocalDate day) {
        BigDecimal coefficient = c.numberOn(day, COEFFICIENT, move);
        // MRP "for benefits and social payments"; the one year with two MRPs (2022) is outside our known history here.
        BigDecimal mrp = c.numberOn(day, "mrp", "social-benefits");
        BigDecimal perMember = c.step("per-member", PER_MEMBER, coefficient.stripTrailingZeros().toPlainString()
                + " МРП × " + mrp.toPlainString(), coefficient.multiply(mrp));
        c.step("members", MEMBERS, null, BigDecimal.valueOf(members));
        BigDecimal total = c.step("total", TOTAL, perMember.stripTrailingZeros().toPlainString() + " × " + members,
                perMember.multiply(BigDecimal.valueOf(members)));
        long amount = c.roundOn(day, "relocation-subsidy.rounding", total);
        return c.entitle(Payment.ONE_TIME, day, day, amount);
    }
}
