package kz.shanyraq.law.explain;

import java.math.BigDecimal;
import java.util.Locale;

/** Renders an {@link Explanation} as readable text in Russian, Kazakh or English. */
public final class ExplanationText {

    private ExplanationText() {
    }

    public static String render(Explanation e, Locale locale) {
        String lang = locale.getLanguage();
        StringBuilder out = new StringBuilder();
        out.append(label(lang, "Мера", "Шара", "Measure")).append(": ").append(e.measureTitle().in(locale))
                .append(" (").append(e.measure()).append(")\n");
        out.append(label(lang, "Дата", "Күні", "On")).append(": ").append(e.on()).append("   ")
                .append(label(lang, "Получатель", "Алушы", "Beneficiary")).append(": ").append(e.beneficiary())
                .append('\n');
        out.append(label(lang, "Норма", "Норма", "Norm")).append(": ").append(e.norm()).append('\n');
        if (!e.conditions().isEmpty()) {
            out.append(label(lang, "Условия", "Шарттар", "Conditions")).append(":\n");
            for (ConditionCheck c : e.conditions()) {
                out.append("  ").append(c.satisfied() ? "[+] " : "[-] ").append(c.label().in(locale))
                        .append(": ").append(c.actual()).append('\n');
            }
        }
        if (!e.parameters().isEmpty()) {
            out.append(label(lang, "Параметры", "Параметрлер", "Parameters")).append(":\n");
            for (ParameterUse p : e.parameters()) {
                out.append("  ").append(p.title().in(locale)).append(" [").append(p.name())
                        .append(p.key() == null ? "" : " " + p.key()).append("] = ").append(p.value()).append(' ')
                        .append(p.unit()).append("; ")
                        .append(label(lang, "действует", "қолданылады", "in force")).append(' ').append(p.from())
                        .append(" – ").append(p.to() == null ? "…" : p.to()).append("; ")
                        .append(p.status()).append(", ").append(label(lang, "достоверность", "сенімділік", "confidence"))
                        .append(' ').append(p.confidence());
                if (p.derivedFrom() != null) {
                    out.append(" (").append(label(lang, "выведено из", "шығарылған", "derived from")).append(": ")
                            .append(p.derivedFrom()).append(')');
                }
                out.append("; ").append(p.citation());
                if (p.retroactive() != null) {
                    out.append("; ").append(label(lang, "обратная сила", "кері күш", "retroactive")).append(": ")
                            .append(p.retroactive());
                }
                if (!p.sources().isEmpty()) {
                    out.append("; ").append(label(lang, "источники", "дереккөздер", "sources")).append(' ')
                            .append(String.join(", ", p.sources()));
                }
                out.append(" (").append(p.definedAt()).append(")\n");
            }
        }
        if (!e.steps().isEmpty()) {
            out.append(label(lang, "Расчёт", "Есептеу", "Calculation")).append(":\n");
            for (Step s : e.steps()) {
                out.append("  ").append(s.label() == null ? s.name() : s.label().in(locale)).append(" = ")
                        .append(plain(s.value()));
                if (s.formula() != null) {
                    out.append("   (").append(s.formula()).append(')');
                }
                out.append('\n');
            }
        }
        if (e.rounding() != null) {
            RoundingUse r = e.rounding();
            out.append(label(lang, "Округление", "Дөңгелектеу", "Rounding")).append(": ").append(r.rule())
                    .append(' ').append(plain(r.before())).append(" → ").append(r.after()).append(" (")
                    .append(r.parameter()).append(")\n");
        }
        out.append(label(lang, "Итог", "Нәтиже", "Result")).append(": ");
        switch (e.outcome()) {
            case "entitled" -> out.append(label(lang, "право есть", "құқығы бар", "entitled")).append(", ")
                    .append(e.amount()).append(" ₸");
            case "scored" -> out.append(e.reason().in(locale));
            case "refused" -> out.append(label(lang, "отказ", "бас тарту", "refused")).append(": ")
                    .append(e.reason().in(locale));
            default -> out.append(label(lang, "не определено", "анықталмаған", "undetermined")).append(": ")
                    .append(e.reason().in(locale));
        }
        return out.append('\n').toString();
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static String label(String lang, String ru, String kk, String en) {
        return switch (lang) {
            case "ru" -> ru;
            case "kk" -> kk;
            default -> en;
        };
    }
}
