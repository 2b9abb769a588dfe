package kz.shanyraq.app.registry;

import kz.shanyraq.law.coverage.Coverage;
import kz.shanyraq.law.coverage.CoverageVerdict;
import kz.shanyraq.law.coverage.MonthSpan;
import kz.shanyraq.law.coverage.RegistrySource;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.Measures;
import kz.shanyraq.law.parameter.ParameterBook;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the "as of" date pickers say about the registry's data: which months each monthly source covers, and for the
 * chosen date whether every fact an evaluation needs is covered (the law's {@link CoverageVerdict}, the rule every
 * evaluation path applies) and, if not, why, in the user's language.
 */
@Component
public class CoverageNote {

    /**
     * @param covered  one line per tracked source: "Incomes: July 2026 – December 2026"
     * @param first    the earliest day inside every tracked source (for the picker), or null when none is tracked
     * @param last     the last day of the latest month covered, or null
     * @param outside  whether the chosen date needs facts outside the coverage
     * @param reasons  why (each distinct gap once), in the user's language
     */
    public record View(List<String> covered, LocalDate first, LocalDate last, boolean outside, List<String> reasons) {
    }

    private static final List<String> MEASURES = Measures.all().stream().map(Measure::id).toList();

    private final CoveredPeriods periods;

    public CoverageNote(CoveredPeriods periods) {
        this.periods = periods;
    }

    public View on(LocalDate day, Locale locale) {
        String lang = language(locale);
        Coverage coverage = periods.now();
        List<String> covered = new ArrayList<>();
        LocalDate first = null;
        LocalDate last = null;
        for (Map.Entry<RegistrySource, MonthSpan> e : coverage.spans().entrySet()) {
            covered.add(e.getKey().title().in(lang) + ": " + e.getValue().describe(lang));
            LocalDate from = e.getValue().first().atDay(1);
            LocalDate to = e.getValue().last().atEndOfMonth();
            first = first == null || from.isAfter(first) ? from : first;
            last = last == null || to.isAfter(last) ? to : last;
        }
        CoverageVerdict verdict = CoverageVerdict.check(coverage, ParameterBook.standard().on(day), MEASURES);
        Set<String> reasons = new LinkedHashSet<>();
        verdict.wellbeing().ifPresent(g -> reasons.add(g.reason().in(lang)));
        verdict.measureGaps().values().forEach(g -> reasons.add(g.reason().in(lang)));
        return new View(covered, first, last, !verdict.complete(), List.copyOf(reasons));
    }

    private static String language(Locale locale) {
        String l = locale == null ? "ru" : locale.getLanguage();
        return l.equals("kk") || l.equals("en") ? l : "ru";
    }
}
