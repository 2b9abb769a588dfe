package kz.shanyraq.law.assistance;

import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Loan;
import kz.shanyraq.law.family.Member;
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
import kz.shanyraq.law.region.Quarter;
import kz.shanyraq.law.region.Regions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * State targeted social assistance (государственная адресная социальная помощь, АСП): a monthly payment to a
 * family whose per-capita income does not exceed the poverty line, of {@code (poverty line − per-capita
 * income) × members}, assigned for the quarter of application and paid monthly, unconditional or conditional
 * (on a social contract) by the family's composition. Paid from local budgets.
 *
 * <p><b>The application day is the evaluation day:</b> {@code law.day()} is taken as the day the family
 * applies. Its quarter is the quarter of application; the income and the regional figures read are those of
 * the quarter before it.
 *
 * <p>Law: Law No. 246-II until 30.06.2023, Social Code from 01.07.2023 (legal-parameters.md §5).
 */
public final class TargetedSocialAssistance implements Measure {

    public static final String ID = "targeted-social-assistance";
    static final Text TITLE = Text.of("Адресная социальная помощь", "Атаулы әлеуметтік көмек",
            "Targeted social assistance");

    private static final Text RESIDENCE = Text.of("Все члены семьи — граждане, кандасы, беженцы, постоянно проживающие иностранцы или лица без гражданства",
            "Отбасының барлық мүшелері — азаматтар, қандастар, босқындар, тұрақты тұратын шетелдіктер немесе азаматтығы жоқ адамдар",
            "All members are citizens, kandas, refugees, permanently resident foreigners or stateless persons");
    private static final Text NO_LOANS = Text.of("Нет непогашенных кредитов, кроме ипотеки",
            "Ипотекадан басқа өтелмеген несиелер жоқ", "No outstanding loans other than a mortgage");
    private static final Text WITHIN_LINE = Text.of("Среднедушевой доход не превышает черту бедности",
            "Жан басына шаққандағы табыс кедейлік шегінен аспайды", "Per-capita income does not exceed the poverty line");
    private static final Text BELOW_LINE = Text.of("Среднедушевой доход ниже черты бедности",
            "Жан басына шаққандағы табыс кедейлік шегінен төмен", "Per-capita income is below the poverty line");
    static final Text FORM = Text.of("Форма помощи", "Көмек нысаны", "Form of assistance");
    private static final Text AMOUNT = Text.of("Ежемесячная сумма АСП: (ЧБ − СДД) × число членов семьи",
            "АӘК айлық сомасы: (КШ − ЖБТ) × отбасы мүшелерінің саны",
            "Monthly amount: (poverty line − per-capita income) × members");

    private static final MeasureDescription DESCRIPTION = new MeasureDescription(ID, TITLE,
            Financing.LOCAL_BUDGET, Payment.MONTHLY, "asp.eligibility.income-at-line-eligible");

    @Override
    public MeasureDescription description() {
        return DESCRIPTION;
    }

    @Override
    public List<InputKey> inputs() {
        return List.of(
                InputKey.choice("region", Regions.codes(), Text.of("регион (код ISO 3166-2:KZ)",
                        "өңір (ISO 3166-2:KZ коды)", "region of residence (ISO 3166-2:KZ code)")),
                InputKey.number("members", 1, 30, Text.of("число членов семьи", "отбасы мүшелерінің саны",
                        "number of family members")),
                InputKey.number("quarter-income", 0, 1_000_000_000L, Text.of(
                        "учитываемый доход семьи за квартал, предшествующий кварталу обращения (₸)",
                        "жүгіну тоқсанының алдындағы тоқсандағы отбасының есепке алынатын табысы (₸)",
                        "the family's counted income of the quarter before the application quarter (tenge)")));
    }

    /**
     * The amount for a family described by keys. The form (unconditional / conditional) needs the family's
     * composition and is not assessed here; neither are the residence statuses or loans.
     */
    @Override
    public Decision calculate(Inputs inputs, Law law, boolean explain) {
        String region = inputs.choice("region");
        int members = (int) inputs.number("members");
        BigDecimal income = BigDecimal.valueOf(inputs.number("quarter-income"));
        return Calculation.run(this, "family", law, explain,
                c -> amount(c, region, members, income, null, new Findings()));
    }

    @Override
    public List<Decision> evaluate(Family family, Law law, boolean explain) {
        if (family.members().isEmpty()) {
            return List.of();
        }
        return List.of(assess(family, law, explain).decision());
    }

    /** The assessment with its typed findings (form, per-capita income, line), without an explanation. */
    public AspAssessment assess(Family family, Law law) {
        return assess(family, law, false);
    }

    /** The assessment of a family applying on the law's day, with its typed findings. */
    public AspAssessment assess(Family family, Law law, boolean explain) {
        Findings f = new Findings();
        f.members = family.size();
        Decision d = Calculation.run(this, family.id(), law, explain, c -> assessFamily(c, family, f));
        Quarter applied = Quarter.of(law.day());
        return new AspAssessment(d, applied, applied.previous(), f.members, f.income, f.perCapita, f.line, f.form,
                f.ableBodied);
    }

    private Decision assessFamily(Calculation c, Family family, Findings f) {
        String region = family.region();
        if (!Regions.isRegion(region)) {
            throw new ParameterUnknownException("region of residence", null, c.day(), "the family document gives '"
                    + region + "', not one of the 20 ISO 3166-2:KZ codes " + String.join(", ", Regions.codes()));
        }
        List<String> statuses = c.codes("asp.eligibility.residence-statuses");
        List<String> outside = family.members().stream()
                .filter(m -> !statuses.contains(statusCode(m)))
                .map(m -> m.id() + " " + statusCode(m)).toList();
        if (!c.check("residence-status", RESIDENCE, outside.isEmpty() ? "all members eligible"
                : "not eligible: " + String.join(", ", outside), outside.isEmpty())) {
            return c.refuse("residence-status", Text.of(
                    "Не все члены семьи имеют статус, дающий право на АСП: " + String.join(", ", outside),
                    "Отбасының барлық мүшелерінің АӘК алу құқығын беретін мәртебесі жоқ: " + String.join(", ", outside),
                    "Not every member has a status that gives the right to targeted social assistance: "
                            + String.join(", ", outside)));
        }
        if (c.flag("asp.loans.refuse-non-mortgage")) {
            List<String> exempt = c.codes("asp.loans.exempt-kinds");
            List<String> loans = family.loans().stream()
                    .filter(l -> l.outstandingOn(c.day()) && !exempt.contains(kindCode(l)))
                    .map(l -> l.memberId() + " " + kindCode(l) + " since " + l.openedOn()).toList();
            if (!c.check("no-non-mortgage-loans", NO_LOANS, loans.isEmpty() ? "none"
                    : String.join(", ", loans), loans.isEmpty())) {
                return c.refuse("no-non-mortgage-loans", Text.of(
                        "У семьи есть непогашенный кредит (не ипотека): " + String.join(", ", loans)
                                + ". С сентября 2025 года АСП таким семьям не назначается (сообщение прессы S24; "
                                + "правовое основание не установлено, параметр asp.loans.refuse-non-mortgage)",
                        "Отбасының өтелмеген несиесі бар (ипотека емес): " + String.join(", ", loans)
                                + ". 2025 жылғы қыркүйектен бастап мұндай отбасыларға АӘК тағайындалмайды (баспасөз "
                                + "хабары S24; құқықтық негізі анықталмаған, asp.loans.refuse-non-mortgage параметрі)",
                        "The family has an outstanding loan other than a mortgage: " + String.join(", ", loans)
                                + ". Since about September 2025 such families are not assigned targeted social "
                                + "assistance (press report S24; legal basis not seen; parameter "
                                + "asp.loans.refuse-non-mortgage)"));
            }
        }
        Quarter incomeQuarter = Quarter.of(c.day()).previous();
        BigDecimal income = PerCapitaIncome.countedIncome(c, family, incomeQuarter);
        return amount(c, region, family.size(), income, family, f);
    }

    /** Per-capita income against the line, then (for a family) the form, then the amount and the period. */
    private Decision amount(Calculation c, String region, int members, BigDecimal income, Family family,
                            Findings f) {
        f.members = members;
        f.income = income;
        f.perCapita = PerCapitaIncome.of(c, income, members);
        BigDecimal months = c.law().number("asp.income.quarter-months"); // recorded by PerCapitaIncome.of
        f.line = PovertyLine.determine(c, region);
        boolean atLineEligible = c.flag("asp.eligibility.income-at-line-eligible");
        int cmp = PerCapitaIncome.compareToLine(income, members, months, f.line);
        boolean eligible = atLineEligible ? cmp <= 0 : cmp < 0;
        String comparison = f.perCapita.toPlainString() + (cmp < 0 ? " < " : cmp == 0 ? " = " : " > ")
                + f.line.toPlainString() + (atLineEligible ? " (equal qualifies)" : " (must be below)");
        if (!c.check("income-within-line", atLineEligible ? WITHIN_LINE : BELOW_LINE, comparison, eligible)) {
            return c.refuse("income-within-line", atLineEligible
                    ? Text.of("Среднедушевой доход семьи превышает черту бедности: " + comparison,
                            "Отбасының жан басына шаққандағы табысы кедейлік шегінен асады: " + comparison,
                            "The family's per-capita income exceeds the poverty line: " + comparison)
                    : Text.of("Среднедушевой доход семьи не ниже черты бедности: " + comparison,
                            "Отбасының жан басына шаққандағы табысы кедейлік шегінен төмен емес: " + comparison,
                            "The family's per-capita income is not below the poverty line: " + comparison));
        }
        if (family != null) {
            AspFormRule.Finding form;
            try {
                form = AspFormRule.determine(c, family);
            } catch (ParameterUnknownException e) {
                // The form changes neither the right nor the amount: an unknown rule of it leaves the result standing.
                c.noteUnknown(e, "it decides only the form of aid (unconditional or conditional), not the right or the amount");
                form = new AspFormRule.Finding(AspForm.UNDETERMINED, "a parameter of the form rule is unknown",
                        List.of());
            }
            f.form = form.form();
            f.ableBodied = form.ableBodied();
            c.check("form", FORM, form.form().code() + (form.form() == AspForm.CONDITIONAL
                    ? " — social contract required" : "") + " — " + form.why(), true);
        }
        // (ЧБ − СДД) × n = ЧБ × n − income ÷ months: exact, the per-capita income is not rounded first.
        BigDecimal raw = f.line.multiply(BigDecimal.valueOf(members))
                .subtract(income.divide(months, 10, RoundingMode.HALF_UP));
        c.step("amount", AMOUNT, "(" + f.line.toPlainString() + " − " + f.perCapita.toPlainString() + ") × " + members
                + " = " + f.line.toPlainString() + " × " + members + " − " + income.toPlainString() + " ÷ "
                + months.toPlainString(), raw);
        long amount = c.round("asp.rounding", raw);
        AssignmentPeriod period = AssignmentPeriod.of(c);
        return c.entitle(Payment.MONTHLY, period.from(), period.to(), amount);
    }

    private static String statusCode(Member m) {
        return m.status().name().toLowerCase().replace('_', '-');
    }

    private static String kindCode(Loan l) {
        return l.kind() == null ? "other" : l.kind().name().toLowerCase().replace('_', '-');
    }

    /** What the assessment found on its way, for {@link AspAssessment}. */
    private static final class Findings {
        int members;
        BigDecimal income;
        BigDecimal perCapita;
        BigDecimal line;
        AspForm form;
        List<String> ableBodied;
    }
}
