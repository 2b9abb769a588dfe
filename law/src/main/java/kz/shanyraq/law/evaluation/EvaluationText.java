package kz.shanyraq.law.evaluation;

import kz.shanyraq.law.explain.Explanation;
import kz.shanyraq.law.explain.ExplanationText;
import kz.shanyraq.law.family.Problem;
import kz.shanyraq.law.measure.Decision;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Payment;
import kz.shanyraq.law.measure.Refusal;
import kz.shanyraq.law.measure.Undetermined;

import java.util.Locale;

/** A {@link FamilyEvaluation} as readable text in Russian, Kazakh or English, explanations last. */
public final class EvaluationText {

    private EvaluationText() {
    }

    public static String render(FamilyEvaluation e, Locale locale) {
        String lang = locale.getLanguage();
        StringBuilder out = new StringBuilder();
        out.append(label(lang, "Семья", "Отбасы", "Family")).append(' ').append(e.family()).append(", ")
                .append(label(lang, "на", "күні", "on")).append(' ').append(e.on()).append('\n');

        out.append('\n').append(label(lang, "Назначения", "Тағайындаулар", "Entitlements")).append(" (")
                .append(e.entitlements().size()).append(")\n");
        for (Entitlement d : e.entitlements()) {
            head(out, e, d, locale).append(": ").append(d.amount()).append(" ₸ ")
                    .append(d.payment() == Payment.MONTHLY ? label(lang, "в месяц", "айына", "a month")
                            : label(lang, "единовременно", "біржолғы", "one-time"))
                    .append(", ").append(d.from());
            if (d.payment() == Payment.MONTHLY || !d.from().equals(d.to())) {
                out.append(" – ").append(d.to() == null ? "…" : d.to());
            }
            out.append('\n');
        }
        out.append('\n').append(label(lang, "Отказы", "Бас тартулар", "Refusals")).append(" (")
                .append(e.refusals().size()).append(")\n");
        for (Refusal d : e.refusals()) {
            head(out, e, d, locale).append(": ").append(d.reason().in(locale)).append(" [").append(d.condition())
                    .append("]\n");
        }
        out.append('\n').append(label(lang, "Не определено", "Анықталмаған", "Undetermined")).append(" (")
                .append(e.undetermined().size()).append(")\n");
        for (Undetermined d : e.undetermined()) {
            head(out, e, d, locale).append(": ").append(d.reason().in(locale)).append('\n');
        }
        out.append('\n').append(label(lang, "Итого", "Барлығы", "Totals")).append(": ")
                .append(label(lang, "в месяц", "айына", "monthly")).append(' ').append(e.monthlyTotal()).append(" ₸, ")
                .append(label(lang, "единовременно", "біржолғы", "one-time")).append(' ').append(e.oneTimeTotal())
                .append(" ₸\n");
        if (!e.warnings().isEmpty()) {
            out.append('\n').append(label(lang, "Предупреждения", "Ескертулер", "Warnings")).append(":\n");
            for (Problem w : e.warnings()) {
                out.append("  ").append(w).append('\n');
            }
        }
        for (Decision d : e.decisions()) {
            Explanation x = d.explanation();
            if (x != null) {
                out.append("\n---\n").append(ExplanationText.render(x, locale));
            }
        }
        return out.toString();
    }

    private static StringBuilder head(StringBuilder out, FamilyEvaluation e, Decision d, Locale locale) {
        return out.append("  ").append(d.beneficiary()).append("  ").append(e.title(d.measure()).in(locale))
                .append(" (").append(d.measure()).append(')');
    }

    private static String label(String lang, String ru, String kk, String en) {
        return switch (lang) {
            case "ru" -> ru;
            case "kk" -> kk;
            default -> en;
        };
    }
}
