package kz.shanyraq.law.coverage;

import kz.shanyraq.law.explain.Text;

/**
 * Facts an evaluation needs that their source does not cover: the source, the months needed and the months the
 * registry holds. Its {@link #reason()} is what a person is shown.
 */
public record CoverageGap(RegistrySource source, MonthSpan needed, MonthSpan covered) {

    /** The id recorded as the missing input of an undetermined decision: {@code registry:incomes:2025-07…2025-09}. */
    public String missing() {
        return "registry:" + source.code() + ":" + needed;
    }

    /** "Incomes of Q3 2025 are not in the registry: they are recorded from July 2026". */
    public Text reason() {
        return Text.of(sentence("ru"), sentence("kk"), sentence("en"));
    }

    private String sentence(String lang) {
        String what = source.title().in(lang);
        String period = needed.describe(lang);
        String recorded;
        if (needed.last().isBefore(covered.first())) {
            recorded = MonthSpan.from(covered.first(), lang);
        } else if (needed.first().isAfter(covered.last())) {
            recorded = MonthSpan.upTo(covered.last(), lang);
        } else {
            recorded = switch (lang) {
                case "ru" -> "за " + covered.describe(lang);
                case "kk" -> covered.describe(lang) + " аралығында";
                default -> "for " + covered.describe(lang);
            };
        }
        return switch (lang) {
            case "ru" -> what + " за " + period + " отсутствуют в реестре: они учтены " + recorded;
            case "kk" -> period + " " + what.toLowerCase(java.util.Locale.ROOT) + " тізілімде жоқ: олар "
                    + recorded + " тіркелген";
            default -> what + " of " + period + " are not in the registry: they are recorded " + recorded;
        };
    }
}
