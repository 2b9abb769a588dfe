package kz.shanyraq.law.assistance;

import kz.shanyraq.law.batch.FamilyConditions;
import kz.shanyraq.law.batch.FamilyOnDay;
import kz.shanyraq.law.batch.MeasureWithFamilyConditions;
import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.LoanKind;
import kz.shanyraq.law.family.ResidenceStatus;
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
import java.time.LocalDate;
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
public final class TargetedSocialAssistance implements MeasureWithFamilyConditions {

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

    /**
     * The family's conditions, each written once on the family's facts: the batch engine runs them over the columns
     * of a whole country, {@link #assess} on a population of one family. The region of residence must be one of the
     * 20 (otherwise undetermined), every member's residence status one the law lists, no outstanding loan but a
     * mortgage (while the law refuses them); then the income within the line ({@link #amount}).
     */
    public static final FamilyConditions CONDITIONS = FamilyConditions.ofFamiliesWithMembers(f -> f.members() > 0)
            .given(null, null, TargetedSocialAssistance::region)
            .given("residence-status", RESIDENCE, TargetedSocialAssistance::residence)
            .given("no-non-mortgage-loans", NO_LOANS, TargetedSocialAssistance::loans)
            .amountInBatch(law -> new AspBatchAmount(new TargetedSocialAssistance(), law));

    @Override
    public FamilyConditions familyConditions() {
        return CONDITIONS;
    }

    /** The assessment with its typed findings (form, per-capita income, line), without an explanation. */
    public AspAssessment assess(Family family, Law law) {
        return assess(family, law, false);
    }

    /** The assessment of a family applying on the law's day, with its typed findings. */
    public AspAssessment assess(Family family, Law law, boolean explain) {
        Findings f = new Findings();
        f.members = family.size();
        Decision d = Calculation.run(this, family.id(), law, explain, c -> CONDITIONS.decide(c,
                FamilyOnDay.of(family, law), (cc, fam) -> amount(cc, fam.region(), fam.members(),
                        PerCapitaIncome.countedIncome(cc, fam), family, f)));
        Quarter applied = Quarter.of(law.day());
        return new AspAssessment(d, applied, applied.previous(), f.members, f.income, f.perCapita, f.line, f.form,
                f.ableBodied);
    }

    /** The region of residence must be one of the 20: otherwise no line can be found (undetermined). */
    private static FamilyConditions.Check region(Calculation c) {
        LocalDate day = c.day();
        return new FamilyConditions.Check() {
            @Override
            public boolean holds(FamilyOnDay f) {
                String region = f.region();
                if (!Regions.isRegion(region)) {
                    throw new ParameterUnknownException("region of residence", null, day, "the family document gives '"
                            + region + "', not one of the 20 ISO 3166-2:KZ codes " + String.join(", ", Regions.codes()));
                }
                return true;
            }

            @Override
            public Object shown(FamilyOnDay f) {
                return f.region();
            }

            @Override
            public Text refusal(FamilyOnDay f) {
                return null;
            }
        };
    }

    /** Every member has a residence status the law lists ({@code asp.eligibility.residence-statuses}). */
    private static FamilyConditions.Check residence(Calculation c) {
        List<String> statuses = c.codes("asp.eligibility.residence-statuses");
        int allowed = 0;
        for (ResidenceStatus s : ResidenceStatus.values()) {
            allowed |= statuses.contains(s.name().toLowerCase().replace('_', '-')) ? FamilyOnDay.statusBit(s) : 0;
        }
        int mask = allowed;
        return new FamilyConditions.Check() {
            @Override
            public boolean holds(FamilyOnDay f) {
                return f.allStatusesIn(mask);
            }

            @Override
            public Object shown(FamilyOnDay f) {
                List<String> outside = f.membersOutside(mask);
                return outside.isEmpty() ? "all members eligible" : "not eligible: " + String.join(", ", outside);
            }

            @Override
            public Text refusal(FamilyOnDay f) {
                String outside = String.join(", ", f.membersOutside(mask));
                return Text.of("Не все члены семьи имеют статус, дающий право на АСП: " + outside,
                        "Отбасының барлық мүшелерінің АӘК алу құқығын беретін мәртебесі жоқ: " + outside,
                        "Not every member has a status that gives the right to targeted social assistance: " + outside);
            }
        };
    }

    /** No outstanding loan but of the exempt kinds, while the law refuses them ({@code asp.loans.*}). */
    private static FamilyConditions.Check loans(Calculation c) {
        if (!c.flag("asp.loans.refuse-non-mortgage")) {
            return FamilyConditions.NOT_CHECKED;
        }
        boolean[] exempt = FamilyOnDay.listed(c.codes("asp.loans.exempt-kinds"), LoanKind.values());
        return new FamilyConditions.Check() {
            @Override
            public boolean holds(FamilyOnDay f) {
                return !f.outstandingLoanBesides(exempt);
            }

            @Override
            public Object shown(FamilyOnDay f) {
                List<String> loans = f.outstandingLoansBesides(exempt);
                return loans.isEmpty() ? "none" : String.join(", ", loans);
            }

            @Override
            public Text refusal(FamilyOnDay f) {
                String loans = String.join(", ", f.outstandingLoansBesides(exempt));
                return Text.of("У семьи есть непогашенный кредит (не ипотека): " + loans
                                + ". С сентября 2025 года АСП таким семьям не назначается (сообщение прессы S24; "
                                + "правовое основание не установлено, параметр asp.loans.refuse-non-mortgage)",
                        "Отбасының өтелмеген несиесі бар (ипотека емес): " + loans
                                + ". 2025 жылғы қыркүйектен бастап мұндай отбасыларға АӘК тағайындалмайды (баспасөз "
                                + "хабары S24; құқықтық негізі анықталмаған, asp.loans.refuse-non-mortgage параметрі)",
                        "The family has an outstanding loan other than a mortgage: " + loans
                                + ". Since about September 2025 such families are not assigned targeted social "
                                + "assistance (press report S24; legal basis not seen; parameter "
                                + "asp.loans.refuse-non-mortgage)");
            }
        };
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
        boolean eligible = PerCapitaIncome.withinLine(cmp, atLineEligible);
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
