package kz.shanyraq.recompute.simulate;

import kz.shanyraq.law.batch.BatchEvaluator;
import kz.shanyraq.law.batch.Population;
import kz.shanyraq.law.batch.PopulationBuilder;
import kz.shanyraq.law.evaluation.FamilyEvaluation;
import kz.shanyraq.law.evaluation.FamilyEvaluator;
import kz.shanyraq.law.explain.ParameterUse;
import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.measure.Entitlement;
import kz.shanyraq.law.measure.Measure;
import kz.shanyraq.law.measure.Measures;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.law.parameter.Reform;
import kz.shanyraq.law.wellbeing.Feature;
import kz.shanyraq.recompute.registry.FamilySnapshot;
import kz.shanyraq.recompute.registry.RegistryLaw;
import kz.shanyraq.recompute.registry.RegistrySnapshot;
import kz.shanyraq.recompute.registry.Slice;
import kz.shanyraq.recompute.run.BatchAssessor;
import kz.shanyraq.recompute.run.FamilyOutcome;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import java.util.function.LongUnaryOperator;

/**
 * Simulation of a law change on every family of the registry: the law as it is and as reformed ({@link Reform}),
 * both through the batch engine the national recompute runs ({@link BatchAssessor} on the same snapshot reading:
 * the family snapshot when usable, else the slow path), in one consistent snapshot of the registry. Reads only;
 * publishes nothing: the caller stores the {@link SimulationResult}.
 */
public final class LawChangeSimulation {

    /** Families per slice, as the recompute reads them. */
    static final int SLICE = 4_000;

    private LawChangeSimulation() {
    }

    /**
     * Runs the simulation.
     *
     * @param reformYaml the reform as a parameter file (the law's YAML form)
     * @param progress   told the families done so far, now and then (may be ignored)
     * @throws kz.shanyraq.law.parameter.ParameterFileException when the reform is not valid (nothing is read)
     */
    public static SimulationResult run(DataSource ds, LocalDate on, String reformYaml, int threads,
                                       LongConsumer progress) throws SQLException {
        long started = System.nanoTime();
        try (Connection control = ds.getConnection()) {
            RegistryLaw law = RegistryLaw.read(control);
            Reform reform = Reform.read("reform.yaml", reformYaml, law.book());
            ParameterBook reformed = law.reformed(reform);
            BatchEvaluator before = BatchEvaluator.compile(law.book(), on, law.coverage());
            BatchEvaluator after = BatchEvaluator.compile(reformed, on, law.coverage());
            List<String> measures = before.measures();

            control.setAutoCommit(false);
            control.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            String snapshot;
            try (Statement s = control.createStatement(); ResultSet rs = s.executeQuery("select pg_export_snapshot()")) {
                rs.next();
                snapshot = rs.getString(1);
            }
            List<RegistrySnapshot.Range> slices = RegistrySnapshot.slices(control, SLICE);
            boolean fromFamilySnapshot = FamilySnapshot.usable(control);
            int n = Math.max(1, Math.min(threads, slices.size()));
            AtomicInteger next = new AtomicInteger();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
            Tally[] tallies = new Tally[n];
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < n; t++) {
                Tally tally = Tally.of(measures, null);
                tallies[t] = tally;
                Thread w = new Thread(() -> {
                    try (Connection c = ds.getConnection()) {
                        c.setAutoCommit(false);
                        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                        try (Statement s = c.createStatement()) {
                            s.execute("set transaction snapshot '" + snapshot + "'");
                        }
                        RegistrySnapshot registry = RegistrySnapshot.forLaw(on);
                        BatchAssessor base = new BatchAssessor(before, law.book());
                        BatchAssessor alt = new BatchAssessor(after, reformed);
                        int i;
                        while (failure.get() == null && (i = next.getAndIncrement()) < slices.size()) {
                            Slice slice = fromFamilySnapshot ? registry.readFromFamilySnapshot(c, slices.get(i))
                                    : registry.read(c, slices.get(i));
                            Population p = slice.population();
                            if (p == null) {
                                PopulationBuilder b = new PopulationBuilder();
                                slice.families().forEach(b::add);
                                p = b.build();
                            }
                            tally.add(p, before, base.assessAll(p), alt.assessAll(p));
                            progress.accept(done.addAndGet(p.size()));
                        }
                        c.rollback();
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                }, "simulation-" + t);
                w.start();
                workers.add(w);
            }
            for (Thread w : workers) {
                try {
                    w.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure.compareAndSet(null, e);
                }
            }
            control.rollback();
            if (failure.get() != null) {
                throw new IllegalStateException("the simulation failed: " + failure.get().getMessage(), failure.get());
            }
            Tally total = tallies[0];
            for (int t = 1; t < n; t++) {
                total.merge(tallies[t]);
            }
            List<SimulationResult.Example> examples = examples(total, law, reformed, reform, on, measures);
            double seconds = (System.nanoTime() - started) / 1e9;
            return total.result(on, reform, measures, seconds, examples);
        }
    }

    /** The chosen example families evaluated both ways with explanations, reduced to what identifies no one. */
    private static List<SimulationResult.Example> examples(Tally t, RegistryLaw law, ParameterBook reformed,
                                                           Reform reform, LocalDate on, List<String> measures) {
        List<String> changed = reform.changes().stream().map(p -> p.name()).toList();
        FamilyEvaluator before = new FamilyEvaluator(law.book());
        FamilyEvaluator after = new FamilyEvaluator(reformed);
        List<SimulationResult.Example> out = new ArrayList<>();
        for (int e = 0; e < Tally.LABELS.length; e++) {
            Family f = t.exampleFamily[e];
            if (f == null) {
                continue;
            }
            FamilyEvaluation b = before.evaluate(f, on, true, law.coverage());
            FamilyEvaluation a = after.evaluate(f, on, true, law.coverage());
            List<SimulationResult.ExampleMeasure> ms = new ArrayList<>();
            for (String m : measures) {
                long bAmount = b.entitlements().stream().filter(x -> x.measure().equals(m)).mapToLong(Entitlement::amount).sum();
                long aAmount = a.entitlements().stream().filter(x -> x.measure().equals(m)).mapToLong(Entitlement::amount).sum();
                if (bAmount == 0 && aAmount == 0) {
                    continue;
                }
                ms.add(new SimulationResult.ExampleMeasure(m, bAmount, aAmount, used(b, m, changed), used(a, m, changed)));
            }
            long[] x = t.exampleFeatures[e];
            out.add(new SimulationResult.Example(Tally.LABELS[e], f.region(), f.members().size(),
                    x == null ? -1 : (int) x[Feature.CHILDREN.ordinal()],
                    x == null ? -1 : (int) x[Feature.PENSION_AGE.ordinal()],
                    x == null ? -1 : Tally.disabled(x), t.exampleCategory[e] > 0 ? t.exampleCategory[e] : null, ms));
        }
        return out;
    }

    /** The values of the changed parameters the measure's explanations used (name = value, once each). */
    private static List<String> used(FamilyEvaluation e, String measure, List<String> changed) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (Entitlement x : e.entitlements()) {
            if (x.measure().equals(measure) && x.explanation() != null) {
                for (ParameterUse u : x.explanation().parameters()) {
                    if (changed.contains(u.name())) {
                        out.add(u.name() + (u.key() == null ? "" : "[" + u.key() + "]") + " = " + u.value()
                                + (u.unit() == null ? "" : " " + u.unit()));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * One worker's (or Spark task's) sums, merged at the end. Per family only four numbers are kept, for the deciles
     * ({@link #decileBounds} null: the in-process simulation); given the bounds of the income deciles (a distributed
     * run's first pass over the law as it is), each family is counted in its decile at once and nothing is kept per
     * family, so a tally is small, serializable and merged across tasks (without examples: they need the families).
     */
    public static final class Tally implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        static final String[] LABELS = {"gainer", "loser", "unchanged"};
        static final String[] HOUSEHOLDS = {"with-children", "with-pension-age", "with-disability", "other"};

        final int m;
        final int asp;
        final String[] payment;
        final long[] famBefore;
        final long[] famAfter;
        final long[] amtBefore;
        final long[] amtAfter;
        final Map<String, long[]> byRegion = new TreeMap<>();
        final Map<String, long[]> byCategory = new TreeMap<>();
        final Map<String, long[]> byHousehold = new TreeMap<>();
        final long[] total = new long[CHANGE];
        final long[] poverty = new long[6];
        /** Lower bounds of income deciles 2–10 ({@link #decileBounds(long, LongUnaryOperator, LongUnaryOperator)}), or null. */
        final long[] decileBounds;
        /** Per decile 1–10 and "unknown" (index 10): the sums, when the bounds are given. */
        final long[][] byDecile = new long[11][CHANGE];
        long[] pci = new long[0];
        long[] delta = new long[0];
        long[] before = new long[0];
        int[] persons = new int[0];
        int size;
        final transient Family[] exampleFamily = new Family[LABELS.length];
        final long[] exampleNumber = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        final long[][] exampleFeatures = new long[LABELS.length][];
        final int[] exampleCategory = new int[LABELS.length];

        /** families, persons, gainers, gainer persons, losers, loser persons, unchanged, unchanged persons, gained, lost, before, after */
        static final int CHANGE = 12;

        Tally(int m, int asp, String[] payment, long[] decileBounds) {
            this.m = m;
            this.asp = asp;
            this.payment = payment;
            this.decileBounds = decileBounds == null ? null : decileBounds.clone();
            famBefore = new long[m];
            famAfter = new long[m];
            amtBefore = new long[m];
            amtAfter = new long[m];
        }

        /**
         * A tally of the run's measures (in the batch engine's order); {@code decileBounds}: null to keep each
         * family's income for the deciles, or the bounds found by a first pass.
         */
        public static Tally of(List<String> measures, long[] decileBounds) {
            String[] payment = new String[measures.size()];
            List<Measure> all = Measures.all();
            for (int k = 0; k < payment.length; k++) {
                payment[k] = all.get(k).payment().name();
            }
            return new Tally(measures.size(), measures.indexOf("targeted-social-assistance"), payment, decileBounds);
        }

        /** The per-capita income the deciles are of (the law as it is scores it), or -1 when not measured. */
        public static long income(long[] features) {
            return features == null ? -1 : features[Feature.PER_CAPITA_INCOME.ordinal()];
        }

        /**
         * Where the families' decile ranks begin, given {@code known} families with a measured income: decile
         * {@code g+1} (g = 1…9) holds the families whose rank (the number of known incomes below theirs) is at
         * least {@code ceil(g × known / 10)} (the in-process rule {@code rank × 10 / known}).
         */
        public static long[] decileStartRanks(long known) {
            long[] r = new long[9];
            for (int g = 1; g <= 9; g++) {
                r[g - 1] = (g * known + 9) / 10;
            }
            return r;
        }

        /**
         * The lowest income of deciles 2–10: for each start rank r (above), the smallest income whose rank is at
         * least r — the r-th smallest income (0-based) when the one below it is smaller, else (a tie across the
         * bound) the smallest income above it; {@link Long#MAX_VALUE} when there is none.
         *
         * @param valueAt       the income at a 0-based index of the sorted known incomes
         * @param smallestAbove the smallest known income above a value, or {@link Long#MAX_VALUE}
         */
        public static long[] decileBounds(long known, LongUnaryOperator valueAt, LongUnaryOperator smallestAbove) {
            long[] ranks = decileStartRanks(known);
            long[] bounds = new long[ranks.length];
            for (int g = 0; g < ranks.length; g++) {
                long r = ranks[g];
                if (r >= known) {
                    bounds[g] = Long.MAX_VALUE;
                    continue;
                }
                long u = valueAt.applyAsLong(r);
                bounds[g] = r == 0 || valueAt.applyAsLong(r - 1) < u ? u : smallestAbove.applyAsLong(u);
            }
            return bounds;
        }

        /** The decile (0 = poorest … 9) of an income by the bounds, or 10 when the income is not known. */
        static int decile(long[] bounds, long income) {
            if (income < 0) {
                return 10;
            }
            int g = 0;
            while (g < bounds.length && income >= bounds[g]) {
                g++;
            }
            return g;
        }

        static int disabled(long[] x) {
            return (int) (x[Feature.DISABILITY_GROUP_1.ordinal()] + x[Feature.DISABILITY_GROUP_2.ordinal()]
                    + x[Feature.DISABILITY_GROUP_3.ordinal()] + x[Feature.DISABLED_CHILDREN.ordinal()]);
        }

        void add(Population p, BatchEvaluator engine, FamilyOutcome[] before, FamilyOutcome[] after) {
            long[][] features = new long[p.size()][];
            for (int f = 0; f < features.length; f++) {
                features[f] = engine.wellbeingFeatures(p, f);
            }
            add(p, features, before, after);
        }

        /** The families of a population, with their features as the law as it is scores them. */
        public void add(Population p, long[][] features, FamilyOutcome[] before, FamilyOutcome[] after) {
            for (int f = 0; f < p.size(); f++) {
                int members = p.memberCount(f);
                long b = sum(before[f], famBefore, amtBefore);
                long a = sum(after[f], famAfter, amtAfter);
                long d = a - b;
                long aspB = amount(before[f], asp);
                long aspA = amount(after[f], asp);
                if (aspB > 0 || has(before[f], asp)) {
                    poverty[0]++;
                    poverty[1] += members;
                    poverty[2] += aspB;
                }
                if (aspA > 0 || has(after[f], asp)) {
                    poverty[3]++;
                    poverty[4] += members;
                    poverty[5] += aspA;
                }
                long[] x = features[f];
                Integer category = before[f].category();
                count(total, members, b, a, d);
                count(byRegion.computeIfAbsent(String.valueOf(p.region(f)), k -> new long[CHANGE]), members, b, a, d);
                count(byCategory.computeIfAbsent(category == null ? "none" : String.valueOf(category),
                        k -> new long[CHANGE]), members, b, a, d);
                boolean any = false;
                if (x != null) {
                    if (x[Feature.CHILDREN.ordinal()] > 0) {
                        count(byHousehold.computeIfAbsent(HOUSEHOLDS[0], k -> new long[CHANGE]), members, b, a, d);
                        any = true;
                    }
                    if (x[Feature.PENSION_AGE.ordinal()] > 0) {
                        count(byHousehold.computeIfAbsent(HOUSEHOLDS[1], k -> new long[CHANGE]), members, b, a, d);
                        any = true;
                    }
                    if (disabled(x) > 0) {
                        count(byHousehold.computeIfAbsent(HOUSEHOLDS[2], k -> new long[CHANGE]), members, b, a, d);
                        any = true;
                    }
                }
                if (!any) {
                    count(byHousehold.computeIfAbsent(HOUSEHOLDS[3], k -> new long[CHANGE]), members, b, a, d);
                }
                if (decileBounds != null) {
                    count(byDecile[decile(decileBounds, income(x))], members, b, a, d);
                    continue; // (no examples: they are the in-process simulation's)
                }
                keep(income(x), b, d, members);
                int label = d > 0 ? 0 : d < 0 ? 1 : (b > 0 ? 2 : -1);
                if (label >= 0 && p.familyNumber(f) < exampleNumber[label]) {
                    exampleNumber[label] = p.familyNumber(f);
                    exampleFamily[label] = p.family(f);
                    exampleFeatures[label] = x;
                    exampleCategory[label] = category == null ? 0 : category;
                }
            }
        }

        private void keep(long income, long b, long d, int members) {
            if (size == pci.length) {
                int grown = Math.max(1 << 16, size * 2);
                pci = Arrays.copyOf(pci, grown);
                before = Arrays.copyOf(before, grown);
                delta = Arrays.copyOf(delta, grown);
                persons = Arrays.copyOf(persons, grown);
            }
            pci[size] = income;
            before[size] = b;
            delta[size] = d;
            persons[size++] = members;
        }

        private static boolean has(FamilyOutcome o, int k) {
            for (short e : o.entitled()) {
                if (e == k) {
                    return true;
                }
            }
            return false;
        }

        private static long amount(FamilyOutcome o, int k) {
            for (int i = 0; i < o.entitled().length; i++) {
                if (o.entitled()[i] == k) {
                    return o.amounts()[i];
                }
            }
            return 0;
        }

        static long sum(FamilyOutcome o, long[] families, long[] amounts) {
            long s = 0;
            for (int i = 0; i < o.entitled().length; i++) {
                families[o.entitled()[i]]++;
                amounts[o.entitled()[i]] += o.amounts()[i];
                s += o.amounts()[i];
            }
            return s;
        }

        static void count(long[] c, int members, long before, long after, long d) {
            c[0]++;
            c[1] += members;
            if (d > 0) {
                c[2]++;
                c[3] += members;
                c[8] += d;
            } else if (d < 0) {
                c[4]++;
                c[5] += members;
                c[9] -= d;
            } else {
                c[6]++;
                c[7] += members;
            }
            c[10] += before;
            c[11] += after;
        }

        /** Adds another tally's sums (of other families) to this one. */
        public void merge(Tally o) {
            for (int k = 0; k < m; k++) {
                famBefore[k] += o.famBefore[k];
                famAfter[k] += o.famAfter[k];
                amtBefore[k] += o.amtBefore[k];
                amtAfter[k] += o.amtAfter[k];
            }
            add(total, o.total);
            for (int i = 0; i < poverty.length; i++) {
                poverty[i] += o.poverty[i];
            }
            o.byRegion.forEach((k, v) -> add(byRegion.computeIfAbsent(k, x -> new long[CHANGE]), v));
            o.byCategory.forEach((k, v) -> add(byCategory.computeIfAbsent(k, x -> new long[CHANGE]), v));
            o.byHousehold.forEach((k, v) -> add(byHousehold.computeIfAbsent(k, x -> new long[CHANGE]), v));
            for (int g = 0; g < byDecile.length; g++) {
                add(byDecile[g], o.byDecile[g]);
            }
            for (int i = 0; i < o.size; i++) {
                keep(o.pci[i], o.before[i], o.delta[i], o.persons[i]);
            }
            for (int e = 0; e < LABELS.length; e++) {
                if (o.exampleNumber[e] < exampleNumber[e] && o.exampleFamily != null) {
                    exampleNumber[e] = o.exampleNumber[e];
                    exampleFamily[e] = o.exampleFamily[e];
                    exampleFeatures[e] = o.exampleFeatures[e];
                    exampleCategory[e] = o.exampleCategory[e];
                }
            }
        }

        private static void add(long[] into, long[] from) {
            for (int i = 0; i < into.length; i++) {
                into[i] += from[i];
            }
        }

        /** Deciles of per-capita income over the families whose income the day's scoring measured (1 = poorest). */
        private List<SimulationResult.Group> deciles() {
            long[][] groups = decileBounds != null ? byDecile : decilesOfKeptIncomes();
            List<SimulationResult.Group> out = new ArrayList<>();
            for (int g = 0; g < 11; g++) {
                if (groups[g][0] > 0) {
                    out.add(new SimulationResult.Group(g < 10 ? String.valueOf(g + 1) : "unknown", change(groups[g])));
                }
            }
            return out;
        }

        /** The decile sums of the families kept one by one, by the bounds of their sorted incomes. */
        private long[][] decilesOfKeptIncomes() {
            long[] known = new long[size];
            int k = 0;
            for (int i = 0; i < size; i++) {
                if (pci[i] >= 0) {
                    known[k++] = pci[i];
                }
            }
            long[] sorted = Arrays.copyOf(known, k);
            Arrays.sort(sorted);
            long[] bounds = decileBounds(k, i -> sorted[(int) i], u -> {
                int above = lowerBound(sorted, u + 1);
                return above < sorted.length ? sorted[above] : Long.MAX_VALUE;
            });
            long[][] groups = new long[11][CHANGE];
            for (int i = 0; i < size; i++) {
                count(groups[decile(bounds, pci[i])], persons[i], before[i], before[i] + delta[i], delta[i]);
            }
            return groups;
        }

        private static int lowerBound(long[] a, long v) {
            int lo = 0;
            int hi = a.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (a[mid] < v) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        static SimulationResult.Change change(long[] c) {
            return new SimulationResult.Change(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11]);
        }

        private static List<SimulationResult.Group> groups(Map<String, long[]> m) {
            return m.entrySet().stream().map(e -> new SimulationResult.Group(e.getKey(), change(e.getValue()))).toList();
        }

        /** The simulation's result from these sums (examples: the in-process simulation's, or none). */
        public SimulationResult result(LocalDate on, Reform reform, List<String> measures, double seconds,
                                List<SimulationResult.Example> examples) {
            List<SimulationResult.MeasureCost> costs = new ArrayList<>();
            for (int k = 0; k < m; k++) {
                costs.add(new SimulationResult.MeasureCost(measures.get(k), payment[k], famBefore[k], famAfter[k],
                        amtBefore[k], amtAfter[k]));
            }
            return new SimulationResult(on, reform.from(), total[0], total[1], Math.round(seconds * 10) / 10.0,
                    reform.changes().stream().map(p -> p.name()).toList(), costs, change(total), groups(byRegion),
                    groups(byCategory), deciles(), groups(byHousehold),
                    new SimulationResult.Poverty(poverty[0], poverty[1], poverty[2], poverty[3], poverty[4], poverty[5]),
                    examples);
        }
    }
}
