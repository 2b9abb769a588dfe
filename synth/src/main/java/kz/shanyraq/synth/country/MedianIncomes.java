package kz.shanyraq.synth.country;

import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.Income;
import kz.shanyraq.law.region.Quarter;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Regional median per-capita monthly income of given quarters, computed from families as the registry computes it
 * from its own incomes (the median over the region's families of the quarter's income ÷ members ÷ 3), for the
 * quarters the synthetic incomes cover. Feed families (e.g. while building a population), then read
 * {@link #medians()} for {@link InMemoryCountry#book}. Not thread-safe.
 */
public final class MedianIncomes implements Consumer<Family> {

    private final List<Quarter> quarters;
    private final Map<Quarter, Map<String, long[]>> values = new HashMap<>();
    private final Map<Quarter, Map<String, Integer>> counts = new HashMap<>();

    public MedianIncomes(List<Quarter> quarters) {
        this.quarters = List.copyOf(quarters);
    }

    @Override
    public void accept(Family f) {
        if (f.region() == null || f.members().isEmpty()) {
            return;
        }
        for (Quarter q : quarters) {
            long total = 0;
            for (Income i : f.incomes()) {
                if (q.contains(i.month())) {
                    total += i.amount();
                }
            }
            Map<String, long[]> byRegion = values.computeIfAbsent(q, k -> new HashMap<>());
            Map<String, Integer> n = counts.computeIfAbsent(q, k -> new HashMap<>());
            long[] a = byRegion.computeIfAbsent(f.region(), k -> new long[64]);
            int c = n.getOrDefault(f.region(), 0);
            if (c == a.length) {
                a = Arrays.copyOf(a, a.length * 2);
                byRegion.put(f.region(), a);
            }
            a[c] = total / f.members().size() / 3;
            n.put(f.region(), c + 1);
        }
    }

    /** Quarter → region → median (the upper median of an even count), ₸ per person per month. */
    public Map<Quarter, Map<String, Long>> medians() {
        Map<Quarter, Map<String, Long>> out = new TreeMap<>();
        values.forEach((q, byRegion) -> byRegion.forEach((region, a) -> {
            int c = counts.get(q).get(region);
            long[] sorted = Arrays.copyOf(a, c);
            Arrays.sort(sorted);
            out.computeIfAbsent(q, k -> new TreeMap<>()).put(region, sorted[c / 2]);
        }));
        return out;
    }
}
