package kz.shanyraq.law.assistance;

import kz.shanyraq.law.explain.Text;
import kz.shanyraq.law.measure.Calculation;
import kz.shanyraq.law.parameter.Law;
import kz.shanyraq.law.parameter.ParameterUnknownException;
import kz.shanyraq.law.region.FigureKind;
import kz.shanyraq.law.region.FigurePeriod;
import kz.shanyraq.law.region.Quarter;
import kz.shanyraq.law.region.RegionalFigure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The poverty line (черта бедности) for a region on the day of application.
 *
 * <p>A line published for the region and the quarter of application is applied as published. Otherwise the
 * line is the largest of {@code share × base} over the bases in force ({@code asp.poverty-line.bases},
 * {@code asp.poverty-line.share}): the statistical regional ПМ and the regional median income of the quarter
 * preceding the quarter of application, and the budget ПМ of the day. The rule history is data:
 * 40 % of ПМ until 2017; 2018 50 % of the regional ПМ, at least 50 % of the budget ПМ; from 2019-04-01 70 %
 * of the regional ПМ (orders No. 290, No. 160); from 2025-01-01 max(35 % median income; 70 % regional ПМ)
 * (order No. 473). A regional figure that is not loaded makes the result undetermined, naming the figure.
 */
public final class PovertyLine {

    static final Text TITLE = Text.of("Черта бедности", "Кедейлік шегі", "Poverty line");
    private static final Text UNROUNDED = Text.of("Черта бедности до округления", "Дөңгелектеуге дейінгі кедейлік шегі",
            "Poverty line before rounding");
    private static final Text PUBLISHED = Text.of(
            "Для региона и квартала обращения опубликована черта бедности: она применяется вместо формулы",
            "Өңір мен жүгіну тоқсаны үшін кедейлік шегі жарияланған: ол формуланың орнына қолданылады",
            "A poverty line is published for the region and quarter of application: it applies instead of the formula");

    private PovertyLine() {
    }

    /** The line in whole tenge for a region on the law's day (no explanation). */
    public static BigDecimal of(Law law, String region) {
        return determine(Calculation.start(new TargetedSocialAssistance(), "poverty-line", law, false), region);
    }

    /** The line in whole tenge, recording how it was found in the calculation. */
    public static BigDecimal determine(Calculation c, String region) {
        Quarter applied = Quarter.of(c.day());
        Quarter measured = applied.previous();
        Optional<RegionalFigure> published =
                c.law().regional().find(FigureKind.POVERTY_LINE, region, FigurePeriod.of(applied));
        if (published.isPresent()) {
            RegionalFigure f = published.get();
            c.check("published-poverty-line", PUBLISHED, f.describe() + " = " + f.value().toPlainString() + " ₸ ("
                    + f.origin() + ")", true);
            return c.step("poverty-line", () -> withProvenance(TITLE, f),
                    "published line for " + region + " " + applied + ", applied as published; " + f.origin(),
                    f.value());
        }
        List<String> bases = c.codes("asp.poverty-line.bases");
        if (bases.isEmpty()) {
            throw new ParameterUnknownException("asp.poverty-line.bases", null, c.day(), "no base listed");
        }
        BigDecimal line = null;
        List<String> parts = new ArrayList<>();
        for (String base : bases) {
            BigDecimal share = c.number("asp.poverty-line.share", base);
            BigDecimal figure = switch (base) {
                case "regional-pm" -> regional(c, FigureKind.SUBSISTENCE_MINIMUM, region, measured);
                case "regional-median-income" -> regional(c, FigureKind.MEDIAN_INCOME, region, measured);
                case "budget-pm" -> c.number("subsistence-minimum");
                default -> throw new ParameterUnknownException("asp.poverty-line.bases", base, c.day(),
                        "no rule for the base '" + base + "' (known: regional-pm, regional-median-income, budget-pm)");
            };
            BigDecimal part = c.step("poverty-line." + base, () -> baseLabel(base),
                    share.toPlainString() + " × " + figure.toPlainString(), share.multiply(figure));
            parts.add(part.stripTrailingZeros().toPlainString());
            line = line == null || part.compareTo(line) > 0 ? part : line;
        }
        BigDecimal raw = c.step("poverty-line.computed", UNROUNDED, bases.size() == 1 ? "share × base"
                : "max(" + String.join("; ", parts) + ")", line);
        long rounded = c.round("asp.poverty-line.rounding", raw);
        return c.step("poverty-line", TITLE, "rounded to whole tenge", BigDecimal.valueOf(rounded));
    }

    /** A regional figure of the income quarter, recorded with its provenance; missing → undetermined. */
    private static BigDecimal regional(Calculation c, FigureKind kind, String region, Quarter quarter) {
        RegionalFigure f = c.law().regional().require(kind, region, FigurePeriod.of(quarter), c.day());
        return c.step("regional." + kind.code(), () -> withProvenance(Text.of(
                        kind.title().ru() + " " + region + " " + quarter, kind.title().kk() + " " + region + " " + quarter,
                        kind.title().en() + " " + region + " " + quarter), f),
                f.origin(), f.value());
    }

    private static Text withProvenance(Text label, RegionalFigure f) {
        Text p = f.provenance().label();
        return Text.of(label.ru() + " [" + p.ru() + "]", label.kk() + " [" + p.kk() + "]",
                label.en() + " [" + p.en() + "]");
    }

    private static Text baseLabel(String base) {
        return switch (base) {
            case "regional-pm" -> Text.of("Доля регионального ПМ предыдущего квартала",
                    "Алдыңғы тоқсанның өңірлік ЕТКД үлесі", "Share of the regional ПМ of the preceding quarter");
            case "regional-median-income" -> Text.of("Доля медианного дохода региона предыдущего квартала",
                    "Алдыңғы тоқсандағы өңірдің медианалық табысының үлесі",
                    "Share of the regional median income of the preceding quarter");
            default -> Text.of("Доля ПМ по закону о бюджете", "Бюджет туралы заң бойынша ЕТКД үлесі",
                    "Share of the budget-law ПМ");
        };
    }
}
