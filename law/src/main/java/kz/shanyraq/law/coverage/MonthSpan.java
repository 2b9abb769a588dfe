package kz.shanyraq.law.coverage;

import kz.shanyraq.law.region.Quarter;

import java.time.YearMonth;
import java.util.Objects;

/** The months {@code first} to {@code last}, inclusive. */
public record MonthSpan(YearMonth first, YearMonth last) {

    private static final String[] RU = {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
            "сентябрь", "октябрь", "ноябрь", "декабрь"};
    private static final String[] RU_GENITIVE = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля",
            "августа", "сентября", "октября", "ноября", "декабря"};
    private static final String[] KK = {"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
            "қыркүйек", "қазан", "қараша", "желтоқсан"};
    private static final String[] EN = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    public MonthSpan {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("span ends " + last + " before it starts " + first);
        }
    }

    public static MonthSpan of(Quarter q) {
        return new MonthSpan(q.firstMonth(), q.firstMonth().plusMonths(2));
    }

    /** Whether every month of {@code other} is in this span. */
    public boolean covers(MonthSpan other) {
        return !other.first.isBefore(first) && !other.last.isAfter(last);
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last);
    }

    /** "Q3 2025", "July 2026", "July 2024 – June 2026", in a language (ru, kk, en). */
    public String describe(String language) {
        if (first.equals(last)) {
            return month(first, language);
        }
        if (first.getMonthValue() % 3 == 1 && first.plusMonths(2).equals(last)) {
            int q = (first.getMonthValue() + 2) / 3;
            return switch (language) {
                case "ru" -> q + " квартал " + first.getYear() + " г.";
                case "kk" -> first.getYear() + " ж. " + q + "-тоқсан";
                default -> "Q" + q + " " + first.getYear();
            };
        }
        return month(first, language) + " – " + month(last, language);
    }

    /** A month in the nominative: "июль 2026 г.", "2026 ж. шілде", "July 2026". */
    static String month(YearMonth m, String language) {
        int i = m.getMonthValue() - 1;
        return switch (language) {
            case "ru" -> RU[i] + " " + m.getYear() + " г.";
            case "kk" -> m.getYear() + " ж. " + KK[i];
            default -> EN[i] + " " + m.getYear();
        };
    }

    /** "с июля 2026 г.", "2026 ж. шілдеден бастап", "from July 2026". */
    static String from(YearMonth m, String language) {
        int i = m.getMonthValue() - 1;
        return switch (language) {
            case "ru" -> "с " + RU_GENITIVE[i] + " " + m.getYear() + " г.";
            case "kk" -> m.getYear() + " ж. " + KK[i] + " айынан бастап";
            default -> "from " + EN[i] + " " + m.getYear();
        };
    }

    /** "по декабрь 2026 г.", "2026 ж. желтоқсан айына дейін", "up to December 2026". */
    static String upTo(YearMonth m, String language) {
        int i = m.getMonthValue() - 1;
        return switch (language) {
            case "ru" -> "по " + RU[i] + " " + m.getYear() + " г.";
            case "kk" -> m.getYear() + " ж. " + KK[i] + " айына дейін";
            default -> "up to " + EN[i] + " " + m.getYear();
        };
    }

    @Override
    public String toString() {
        return first + "…" + last;
    }
}
