package kz.shanyraq.law.wellbeing;

import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.parameter.ParameterBook;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The two shipped methodologies side by side: the 2025 category and the 2023 level of the same family on the same
 * day, and a cross-table over many families (how many families of each category fall in each level).
 */
public final class WellbeingComparison {

    private final WellbeingScoring categories;
    private final WellbeingScoring levels;

    public WellbeingComparison(ParameterBook book) {
        this(new WellbeingScoring(book, Methodologies.categories2025()),
                new WellbeingScoring(book, Methodologies.levels2023()));
    }

    public WellbeingComparison(WellbeingScoring categories, WellbeingScoring levels) {
        this.categories = categories;
        this.levels = levels;
    }

    /** Both results for one family. */
    public Pair compare(Family family, LocalDate on, boolean explain) {
        return new Pair(family.id(), categories.score(family, on, explain), levels.score(family, on, explain));
    }

    /** Category code → level code → number of families. */
    public Report report(List<Family> families, LocalDate on) {
        Map<String, Map<String, Integer>> table = new TreeMap<>();
        for (Family f : families) {
            Pair p = compare(f, on, false);
            table.computeIfAbsent(p.category().outcomeCode(), k -> new TreeMap<>())
                    .merge(p.level().outcomeCode(), 1, Integer::sum);
        }
        return new Report(on, families.size(), table);
    }

    public record Pair(String family, WellbeingScore category, WellbeingScore level) {
    }

    public record Report(LocalDate on, int families, Map<String, Map<String, Integer>> byCategoryAndLevel) {

        /** A plain-text table: rows categories, columns levels. */
        public String render() {
            List<String> levelCodes = byCategoryAndLevel.values().stream().flatMap(m -> m.keySet().stream())
                    .distinct().sorted().toList();
            StringBuilder s = new StringBuilder("category \\ level");
            levelCodes.forEach(l -> s.append('\t').append(l));
            s.append('\n');
            byCategoryAndLevel.forEach((cat, row) -> {
                s.append(cat);
                levelCodes.forEach(l -> s.append('\t').append(row.getOrDefault(l, 0)));
                s.append('\n');
            });
            return s.append("families: ").append(families).append(", on ").append(on).append('\n').toString();
        }
    }
}
