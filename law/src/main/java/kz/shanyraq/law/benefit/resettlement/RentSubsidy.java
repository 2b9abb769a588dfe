package kz.shanyraq.law.benefit.resettlement;

import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Locality;
import kz.shanyraq.law.family.Resettlement;
import kz.shanyraq.law.measure.Calculation;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Financing;
import kz.shanyraq.law.measure.InputKey;
import kz.shanyraq.law.measure.InvalidInputException;
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
 * within the legal range (15–30 МРП, seed 001, S47); in 2017–2021 at the Program's rate by locality and family size
 * (urban 20 / 25 / 30, rural 15 / 18 / 21 МРП for 1 / 2–4 / 5+ people, seed 003). The monthly amount is by the МРП of
 * the day evaluated.
 *
 * <p>Financing: {@link Financing#REPUBLICAN_BUDGET}, as the relocation subsidy (see {@link RelocationSubsidy}).
 */
public final class RentSubsidy implements Measure {

    public static final String ID = "rent-subsidy";
    static final String RANGE = "rent-subsidy.rate-range";
    /** 2017–2021: the rate is fixed by locality and family size (seed 003), not set by the local authority. */
    static final String BY_FAMILY_SIZE = "rent-subsidy.rate-by-family-size";
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
    private static final Text SCHEDULE = Text.of("Ставка по местности и числу членов семьи (2017–2021)",
            "Елді мекен мен отбасы мүшелерінің саны бойынша мөлшерлеме (2017–2021)",
            "Rate by locality and number of people (2017–2021)");
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
        return List.of(InputKey.optionalNumber("rate-mrp", 1, 100, Text.of(
                        "размер, установленный местным исполнительным органом, МРП (по закону 15–30; с 2023 г.)",
                        "жергілікті атқарушы орган белгілеген мөлшер, АЕК (заң бойынша 15–30; 2023 жылдан)",
                        "rate set by the local executive body, MCI (15–30 by law; from 2023)")),
                InputKey.optionalNumber("family-size", 1, 30, Text.of(
                        "число членов семьи (2017–2021: ставка по составу семьи)",
                        "отбасы мүшелерінің саны (2017–2021: отбасы құрамы бойынша мөлшерлеме)",
                        "number of people in the family (2017–2021: rate by family size)")),
                InputKey.optionalChoice("locality", List.of("urban", "rural"), Text.of(
                        "местность (2017–2021: ставка по местности)", "елді мекен (2017–2021)",
                        "locality (2017–2021: rate by locality)")));
    }

    @Override
    public Decision calculate(Inputs inputs, Law law, boolean explain) {
        Integer rate = inputs.has("rate-mrp") ? (int) inputs.number("rate-mrp") : null;
        Integer size = inputs.has("family-size") ? (int) inputs.number("family-size") : null;
        Locality locality = inputs.has("locality") ? Locality.valueOf(inputs.choice("locality").toUpperCase()) : null;
        return Calculation.run(this, "family", law, explain, c -> {
            if (c.flag(BY_FAMILY_SIZE) ? size == null || locality == null : rate == null) {
                throw new InvalidInputException(c.flag(BY_FAMILY_SIZE) ? "family-size" : "rate-mrp",
                        c.flag(BY_FAMILY_SIZE) ? "on " + c.day() + " the rent subsidy is fixed by locality and family"
                                + " size: give family-size=N and locality=urban|rural"
                                : "on " + c.day() + " the rent subsidy is the local executive body's rate: give rate-mrp=N");
            }
            return amount(c, rate, size, locality, law.day());
        });
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
            return amount(c, r.rentSubsidyRateMrp(), family.members().size(), family.locality(), settled);
        }));
    }

    /**
     * The monthly amount on the calculation's day, for the months from {@code from}: by the 2017–2021 schedule of
     * locality and family size, or at the local executive body's rate within the legal range.
     */
    private Decision amount(Calculation c, Integer localRate, Integer size, Locality locality, LocalDate from) {
        BigDecimal r;
        if (c.flag(BY_FAMILY_SIZE)) {
            if (locality == null || size == null) {
                return c.undetermined(new ParameterUnknownException(BY_FAMILY_SIZE, null, c.day(),
                        "the rate is fixed by locality and family size, and the family's locality is not recorded"));
            }
            String schedule = locality == Locality.URBAN ? "rent-subsidy.urban-rate" : "rent-subsidy.rural-rate";
            r = c.number(schedule, String.valueOf(size));
            c.check("rate-schedule", SCHEDULE, locality.name().toLowerCase() + ", " + size + " people: "
                    + r.toPlainString() + " МРП", true);
        } else {
            if (localRate == null) {
                return c.undetermined(new ParameterUnknownException(LOCAL_RATE, null, c.day(),
                        "the local executive body's rate (within 15–30 МРП) for this family is not recorded"));
            }
            BigDecimal least = c.number(RANGE, "min");
            BigDecimal most = c.number(RANGE, "max");
            r = BigDecimal.valueOf(localRate);
            if (!c.check("rate-range", RATE, localRate + " (" + least.toPlainString() + "–" + most.toPlainString()
                    + ")", r.compareTo(least) >= 0 && r.compareTo(most) <= 0)) {
                return c.refuse("rate-range", RATE_OUT_OF_RANGE);
            }
        }
        int months = c.numberOn(from, "rent-subsidy.duration-months", null).intValueExact();
        LocalDate until = from.plusMonths(months).minusDays(1);
        if (!c.check("in-period", IN_PERIOD, from + " – " + until, !c.day().isAfter(until))) {
            return c.refuse("in-period", PERIOD_OVER);
        }
        BigDecimal mrp = c.number("mrp", "social-benefits");
        BigDecimal monthly = c.step("monthly", MONTHLY, r.toPlainString() + " МРП × " + mrp.toPlainString(),
                r.multiply(mrp));
        long amount = c.round("rent-subsidy.rounding", monthly);
        return c.entitle(Payment.MONTHLY, from, until, amount);
    }
}
