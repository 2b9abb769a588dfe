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
import kz.shanyraq.law.parameter.ParameterUnknownException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Monthly subsidy for rent and utilities (субсидия на наём жилья и оплату коммунальных услуг) to kandas and
 * resettlers under the regional quota, for 12 months from settlement, at the rate the local executive body set
 * within the legal range (15–30 МРП, seed 001, S47). The monthly amount is by the МРП of the day evaluated.
 *
 * <p>Financing: {@link Financing#REPUBLICAN_BUDGET}, as the relocation subsidy (see {@link RelocationSubsidy}).
 */
public final class RentSubsidy implements Measure {

    public static final String ID = "rent-subsidy";
    static final String RANGE = "rent-subsidy.rate-range";
    /** Not a parameter of the book: the local authority's decision for the family, recorded in its resettlement. */
    static final String LOCAL_RATE = "resettlement.rent-subsidy-rate-mrp";
    static final Text TITLE = Text.of("Субсидия на наём жилья и оплату коммунальных услуг кандасам и переселенцам",
            "Қандастар мен қоныс аударушыларға тұрғын үй жалдауға және коммуналдық қызметтерге ақы төлеуге субсидия",
            "Rent and utilities subsidy to kandas and resettlers");
    private static final Text RATE = Text.of("Размер, установленный местным исполнительным органом, в пределах закона (МРП)",
            "Жергілікті атқарушы орган белгілеген мөлшер заң шегінде (АЕК)",
            "Rate set by the local executive body within the legal range (MCI)");
    private static final Text RATE_OUT_OF_RANGE = Text.of("Размер субсидии вне пределов, установленных законом",
            "Субсидия мөлшері заңда белгіленген шектен тыс", "The rate is outside the range set by law");
    private static final Text IN_PERIOD = Text.of("День расчёта в периоде субсидии", "Есептеу күні субсидия кезеңінде",
            "The day evaluated is within the subsidy period");
    private static final Text PERIOD_OVER = Text.of("Срок субсидии истёк", "Субсидия мерзімі аяқталды",
            "The subsidy period is over");
    private static final Text MONTHLY = Text.of("Субсидия в месяц", "Айына субсидия", "Subsidy per month");

    private static final MeasureDescription DESCRIPTION = new MeasureDescription(ID, TITLE,
            Financing.REPUBLICAN_BUDGET, Payment.MONTHLY, RANGE);

    @Override
    public MeasureDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<InputKey> inputs() {
        // Only a sanity bound here: the legal range is dated data, checked against the law of the day.
        return List.of(InputKey.number("rate-mrp", 1, 100, Text.of(
                "размер, установленный местным исполнительным органом, МРП (по закону 15–30)",
                "жергілікті атқарушы орган белгілеген мөлшер, АЕК (заң бойынша 15–30)",
                "rate set by the local executive body, MCI (15–30 by law)")));
    }

    @Override
    public Decision calculate(Inputs inputs, Law law, boolean explain) {
        int rate = (int) inputs.number("rate-mrp");
        return Calculation.run(this, "family", law, explain, c -> amount(c, rate, law.day()));
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
            if (r.rentSubsidyRateMrp() == null) {
                return c.undetermined(new ParameterUnknownException(LOCAL_RATE, null, c.day(),
                        "the local executive body's rate (within 15–30 МРП) for this family is not recorded"));
            }
            return amount(c, r.rentSubsidyRateMrp(), settled);
        }));
    }

    /** The monthly amount on the calculation's day, for the months from {@code from}. */
    private Decision amount(Calculation c, int rate, LocalDate from) {
        BigDecimal least = c.number(RANGE, "min");
        BigDecimal most = c.number(RANGE, "max");
        BigDecimal r = BigDecimal.valueOf(rate);
        if (!c.check("rate-range", RATE, rate + " (" + least.toPlainString() + "–" + most.toPlainString() + ")",
                r.compareTo(least) >= 0 && r.compareTo(most) <= 0)) {
            return c.refuse("rate-range", RATE_OUT_OF_RANGE);
        }
        int months = c.numberOn(from, "rent-subsidy.duration-months", null).intValueExact();
        LocalDate until = from.plusMonths(months).minusDays(1);
        if (!c.check("in-period", IN_PERIOD, from + " – " + until, !c.day().isAfter(until))) {
            return c.refuse("in-period", PERIOD_OVER);
        }
        BigDecimal mrp = c.number("mrp", "social-benefits");
        BigDecimal monthly = c.step("monthly", MONTHLY, rate + " МРП × " + mrp.toPlainString(), r.multiply(mrp));
        long amount = c.round("rent-subsidy.rounding", monthly);
        return c.entitle(Payment.MONTHLY, from, until, amount);
    }
}
