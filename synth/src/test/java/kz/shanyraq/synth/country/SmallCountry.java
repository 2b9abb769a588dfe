package kz.shanyraq.synth.country;

import kz.shanyraq.synth.figures.SyntheticRegionalFigures;
import kz.shanyraq.synth.load.ChunkPipeline;
import kz.shanyraq.synth.load.ChunkRows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A small synthetic country generated in memory (no database), for tests. */
public final class SmallCountry {

    public final CountryPlan plan;
    public final List<ChunkPopulation> chunks;
    public final List<ChunkRows> rows;

    private SmallCountry(CountryPlan plan, List<ChunkPopulation> chunks, List<ChunkRows> rows) {
        this.plan = plan;
        this.chunks = chunks;
        this.rows = rows;
    }

    public static SmallCountry generate(double scale, long seed, int threads) throws Exception {
        return generate(CountryPlan.of(scale, seed, SyntheticRegionalFigures.generate(seed).povertyLines()), threads);
    }

    /** A small country with incomes from {@code historyFrom}. */
    public static SmallCountry withHistory(double scale, long seed, int threads, java.time.YearMonth historyFrom)
            throws Exception {
        return generate(CountryPlan.of(scale, seed, SyntheticRegionalFigures.generate(seed), historyFrom), threads);
    }

    private static SmallCountry generate(CountryPlan plan, int threads) throws Exception {
        Map<Integer, ChunkPopulation> populations = new ConcurrentHashMap<>();
        List<ChunkRows> rows = new ArrayList<>();
        new ChunkPipeline(plan, threads, (p, r) -> populations.put(p.chunk().index(), p)).run(rows::add);
        List<ChunkPopulation> ordered = new ArrayList<>();
        for (int i = 0; i < plan.chunks().size(); i++) {
            ordered.add(populations.get(i));
        }
        return new SmallCountry(plan, ordered, rows);
    }

    public List<Resident> persons() {
        List<Resident> all = new ArrayList<>();
        chunks.forEach(c -> all.addAll(c.persons()));
        return all;
    }

    public List<Household> households() {
        List<Household> all = new ArrayList<>();
        chunks.forEach(c -> all.addAll(c.households()));
        return all;
    }
}
