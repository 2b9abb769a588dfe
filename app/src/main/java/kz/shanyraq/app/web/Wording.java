package kz.shanyraq.app.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page says about a value, in the reader's language: amounts grouped with ₸, dates as dd.mm.yyyy, months as
 * "ноябрь 2026", codes of the law ({@code CITIZEN}, {@code general-illness}, {@code true}) as words from the message
 * bundles, units and source statuses as words. Every template reaches it as {@code @say}, so one definition serves
 * the card, the offers, the lists and the homes.
 */
@Component("say")
public class Wording {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** A code of the law or the registry: letters, digits, hyphens, underscores (CITIZEN, general-illness). */
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_\\-]*");
    /** One token of a value as the law wrote it. */
    private static final Pattern TOKEN = Pattern.compile(
            "\\d{2}\\.\\d{2}\\.\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{4}-Q[1-4]|-?\\d+(?:\\.\\d+)?|[A-Za-z][A-Za-z0-9_\\-]*|[^A-Za-z0-9]+");
    /** A member id in front of a value ("11434: CITIZEN"): the label already says whose value it is. */
    private static final Pattern MEMBER_PREFIX = Pattern.compile("^\\d+: ");
    /** A word of Latin letters only (three or more), which a Russian or Kazakh page should not show. */
    private static final Pattern LATIN_WORD =
            Pattern.compile("(?<![\\p{L}\\d])(?![IVXLC]+(?![\\p{L}\\d]))[A-Za-z]{3,}(?![\\p{L}\\d])");
    private static final char NBSP = '\u00a0';

    /** English phrases the law writes into a condition's value, each said by a message ({@code say.phrase.KEY}). */
    private record Phrase(Pattern pattern, String key) {
    }

    private static final List<Phrase> PHRASES = List.of(
            new Phrase(Pattern.compile("^refused: .*"), "refused"),
            new Phrase(Pattern.compile("^not modelled: .*"), "not-modelled"),
            new Phrase(Pattern.compile("\\(equal qualifies\\)"), "equal-qualifies"),
            new Phrase(Pattern.compile("all members eligible"), "all-members-eligible"),
            new Phrase(Pattern.compile("^not insured$"), "not-insured"),
            new Phrase(Pattern.compile("^insured$"), "insured"),
            new Phrase(Pattern.compile("child under (\\d+)"), "child-under"),
            new Phrase(Pattern.compile("child (\\d+)[–-](\\d+)"), "child-between"),
            new Phrase(Pattern.compile("group (\\d+)"), "group"),
            new Phrase(Pattern.compile("(\\d+) y\\b"), "years"),
            new Phrase(Pattern.compile("(\\d+) (car|consumer|microcredit|mortgage|other) since (\\d{4}-\\d{2}-\\d{2})"),
                    "loan-since"));

    /** A parameter of the law named in a text ("asp.loans.refuse-non-mortgage"). */
    private static final Pattern PARAMETER_NAME = Pattern.compile("(?<![\\w.])[a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+(?![\\w.])");
    /** A source id of legal-parameters.md named in a text ("S24", "S-lada-144100"). */
    private static final Pattern SOURCE_ID = Pattern.compile("(?<![\\w-])S(?:\\d{1,3}|-[a-z0-9-]+)(?![\\w-])");

    private final MessageSource messages;
    private final LawSources sources;

    Wording(MessageSource messages, LawSources sources) {
        this.messages = messages;
        this.sources = sources;
    }

    /**
     * A text of the law in the reader's language that still names parameters by their code or sources by their id:
     * the parameter's title and the source's number on the sources page instead, numbers grouped.
     */
    public String text(String lawText) {
        if (lawText == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        Matcher p = PARAMETER_NAME.matcher(lawText);
        kz.shanyraq.law.parameter.ParameterBook book = kz.shanyraq.law.parameter.ParameterBook.standard();
        while (p.find()) {
            String name = p.group();
            String said = book.has(name) ? "«" + book.parameter(name).title().in(locale()) + "»" : name;
            p.appendReplacement(out, Matcher.quoteReplacement(said));
        }
        p.appendTail(out);
        Matcher src = SOURCE_ID.matcher(out.toString());
        StringBuilder done = new StringBuilder();
        while (src.find()) {
            LawSources.Source known = sources.of(src.group());
            src.appendReplacement(done, Matcher.quoteReplacement(
                    known == null ? src.group() : msg("say.source", known.number())));
        }
        src.appendTail(done);
        return value(withoutEnglishNotes(done.toString()));
    }

    /**
     * In a Russian or Kazakh page, the law's notes that exist only in English (a parenthesis, a clause after ";" or a
     * sentence with English words: "no such figure is loaded …", "unchanged in the 2025 and 2026 budget laws") are
     * left out; the English page shows them. What is said in the reader's language stays.
     */
    public String withoutEnglishNotes(String text) {
        if (text == null || english() || !hasLatinWord(text)) {
            return text;
        }
        String s = text;
        // Parentheses, innermost first.
        Pattern paren = Pattern.compile("\\s*\\(([^()]*)\\)");
        for (int guard = 0; guard < 10; guard++) {
            Matcher m = paren.matcher(s);
            StringBuilder out = new StringBuilder();
            boolean changed = false;
            while (m.find()) {
                boolean english = hasLatinWord(m.group(1));
                changed |= english;
                m.appendReplacement(out, Matcher.quoteReplacement(english ? "" : m.group()));
            }
            m.appendTail(out);
            s = out.toString();
            if (!changed) {
                break;
            }
        }
        // Clauses and sentences.
        StringBuilder kept = new StringBuilder();
        for (String part : s.split("(?<=[;.])\\s+")) {
            if (!hasLatinWord(part)) {
                kept.append(kept.length() == 0 ? "" : " ").append(part);
            }
        }
        String result = kept.toString().strip();
        while (result.endsWith(";") || result.endsWith(",") || result.endsWith(":")) {
            result = result.substring(0, result.length() - 1).strip();
        }
        return result;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static boolean english() {
        return "en".equals(locale().getLanguage());
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, null, locale());
    }

    /** 3315000 → "3 315 000 ₸". */
    public String tenge(Number amount) {
        return amount == null ? "" : number(amount) + NBSP + "₸";
    }

    /** 3315000 → "3 315 000"; 51436.93 → "51 436,93" (a decimal point in English). */
    public String number(Object value) {
        if (value == null) {
            return "";
        }
        BigDecimal n = value instanceof BigDecimal b ? b : new BigDecimal(value.toString().trim());
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(english() ? '.' : ',');
        symbols.setMinusSign('−');
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        format.setMaximumFractionDigits(Math.max(0, n.stripTrailingZeros().scale()));
        return format.format(n);
    }

    /** dd.mm.yyyy; empty for no date. */
    public String date(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** A period "01.07.2023 – 31.12.2023", or "с 01.07.2023" when it has not ended. */
    public String period(LocalDate from, LocalDate to) {
        if (from == null) {
            return "";
        }
        return to == null ? msg("say.since", date(from)) : date(from) + " – " + date(to);
    }

    /** 2026-11 → "ноябрь 2026" / "қараша 2026" / "November 2026". */
    public String month(YearMonth month) {
        if (month == null) {
            return "";
        }
        return msg("say.month." + month.getMonthValue()) + " " + month.getYear();
    }

    /** A quarter "2026-Q3" → "3-й квартал 2026". */
    public String quarter(int year, int quarter) {
        return msg("say.quarter", quarter, Integer.toString(year));
    }

    /** True, false, a code or a list of codes as the law recorded it, in words. */
    public String value(Object raw) {
        if (raw == null) {
            return "—";
        }
        String s = MEMBER_PREFIX.matcher(raw.toString()).replaceFirst("");
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
            if (s.isBlank()) {
                return msg("say.none");
            }
        }
        for (Phrase phrase : PHRASES) {
            Matcher p = phrase.pattern().matcher(s);
            if (p.find()) {
                Object[] args = new Object[p.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = p.group(i + 1) == null ? "" : value(p.group(i + 1));
                }
                String said = msg("say.phrase." + phrase.key(), args);
                return value(s.substring(0, p.start())) + said + value(s.substring(p.end()));
            }
        }
        StringBuilder out = new StringBuilder();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.append(token(m.group()));
        }
        return out.toString();
    }

    private String token(String t) {
        if (ISO_DAY.matcher(t).matches()) {
            try {
                return date(LocalDate.parse(t));
            } catch (DateTimeParseException e) {
                return t;
            }
        }
        Matcher q = QUARTER.matcher(t);
        if (q.matches()) {
            return quarter(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2)));
        }
        if (NUMBER.matcher(t).matches()) {
            // In a text a number of four digits is a year or reads well as it is (2023, 5175); longer ones grouped.
            int digits = t.replace("-", "").split("\\.")[0].length();
            return digits <= 4 ? t.replace('.', english() ? '.' : ',') : number(t);
        }
        if (CODE.matcher(t).matches()) {
            String code = t.toLowerCase(Locale.ROOT).replace('_', '-');
            String word = messages.getMessage("value." + code, null, null, locale());
            if (word == null) {
                word = messages.getMessage("incometype." + code, null, null, locale());
            }
            if (word == null && code.startsWith("kz-")) {
                return t; // a territory code KZ-59 reads the same in every language
            }
            return word != null ? word : t;
        }
        return t;
    }

    /** A parameter's value with its unit, in words: "3 932 ₸", "1,5 МРП", "70 %", "да", "ипотека". */
    public String parameter(String value, String unit) {
        if (value == null) {
            return "—";
        }
        return switch (unit == null ? "" : unit) {
            case "KZT" -> tenge(new BigDecimal(value));
            case "ratio" -> number(new BigDecimal(value).movePointRight(2)) + NBSP + "%";
            case "flag", "codes" -> value(value);
            case "rounding" -> rounding(value);
            case "MRP", "PM", "months", "days", "years", "count" -> {
                String word = msg("say.unit." + unit);
                yield word.isEmpty() ? number(value) : number(value) + NBSP + word;
            }
            default -> value(value);
        };
    }

    /** How an amount is rounded to whole tenge, as a sentence. */
    public String rounding(String rule) {
        return rule == null ? "" : messages.getMessage("say.rounding." + rule, null, rule, locale());
    }

    /** How well a value is sourced (official, corroborated …), in words. */
    public String status(String status) {
        return status == null ? "" : messages.getMessage("say.status." + status, null, status, locale());
    }

    /**
     * A formula of a calculation step as the law wrote it: shown in English pages; in Russian and Kazakh ones only
     * when it is made of numbers and signs (the step's label already says in words what is computed).
     */
    public String formula(String formula) {
        if (formula == null || formula.isBlank()) {
            return null;
        }
        if (english()) {
            return formula;
        }
        return LATIN_WORD.matcher(formula).find() ? null : formula.replace('.', ',');
    }

    /** A measured value of a well-being criterion with its unit ("237,5 %", "нет транспорта"). */
    public String measured(long value, String unit) {
        return switch (unit == null ? "" : unit) {
            case "permille" -> number(BigDecimal.valueOf(value, 1)) + NBSP + "%";
            case "tenge" -> tenge(value);
            case "years" -> value < 0 ? msg("say.no-vehicle") : number(value) + NBSP + msg("say.unit.years");
            case "flag" -> msg(value != 0 ? "value.true" : "value.false");
            default -> {
                String word = messages.getMessage("wellbeing.unit." + unit, null, "", locale());
                yield word.isEmpty() ? number(value) : number(value) + NBSP + word;
            }
        };
    }

    /** A criterion's band ("< 2500" in ‰) in the unit the value is shown in; "rest" as words. */
    public String band(String band, String unit) {
        if (band == null) {
            return "";
        }
        if ("rest".equals(band.trim())) {
            return msg("say.band.rest");
        }
        Matcher m = NUMBER.matcher(band);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            BigDecimal n = new BigDecimal(m.group());
            String shown = "permille".equals(unit) ? number(n.movePointLeft(1)) + NBSP + "%"
                    : "tenge".equals(unit) ? tenge(n) : number(n);
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString().replace("<=", "≤").replace(">=", "≥");
    }

    /** Source ids of a value, in the order given, each with its number on the sources page. */
    public List<String> sources(List<String> ids) {
        return ids == null ? List.of() : new ArrayList<>(ids);
    }

    /** The note of a closed case ("support-arranged: text") with its outcome in words. */
    public String outcomeNote(String note) {
        if (note == null) {
            return "";
        }
        int colon = note.indexOf(": ");
        String code = colon < 0 ? note : note.substring(0, colon);
        String word = messages.getMessage("case.outcome." + code, null, code, locale());
        return colon < 0 ? word : word + ": " + note.substring(colon + 2);
    }

    /** +77011234567 → "+7 701 123 45 67". */
    public String phone(String phone) {
        if (phone == null || !phone.matches("\\+7[0-9]{10}")) {
            return phone;
        }
        return "+7 " + phone.substring(2, 5) + " " + phone.substring(5, 8) + " " + phone.substring(8, 10) + " "
                + phone.substring(10);
    }

    /**
     * A count of families in an aggregate: 1–4 shown as "<5" (the small-cell rule of the category distribution,
     * {@link kz.shanyraq.app.recompute.Distribution#hidden}), so a count cannot point at a household.
     */
    public String count(long n) {
        return hidden(n) ? "<5" : number(n);
    }

    public boolean hidden(long n) {
        return kz.shanyraq.app.recompute.Distribution.hidden(n);
    }

    /** A measure's title in the reader's language, by its id. */
    public String measure(String id) {
        return kz.shanyraq.law.measure.Measures.byId(id).map(m -> m.title().in(locale())).orElse(id);
    }

    /** Whether a Russian or Kazakh page would show this text with a word of Latin letters (left unsaid then). */
    public boolean foreign(String text) {
        return !english() && hasLatinWord(text);
    }

    /** Whether a text has a word of Latin letters only (what a Russian or Kazakh page should not show). */
    public static boolean hasLatinWord(String text) {
        return text != null && LATIN_WORD.matcher(text).find();
    }
}
