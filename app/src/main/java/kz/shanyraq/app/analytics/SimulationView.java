package kz.shanyraq.app.analytics;

import kz.shanyraq.recompute.simulate.SimulationResult;

import java.util.List;

/**
 * A simulation's result as published (page, API, XLSX): every count of 1–4 families hidden, and every sum about a
 * hidden group of families hidden with it (the one small-cell rule, {@link Value}). Example families carry no id,
 * name, date, region or district: only their household's make-up and the amounts both ways.
 */
public record SimulationView(long families, long persons, List<String> changedParameters, List<Cost> measures,
                             Cost total, Change change, List<Group> byRegion, List<Group> byCategory,
                             List<Group> byDecile, List<Group> byHousehold, Poverty poverty,
                             List<SimulationResult.Example> examples) {

    /** A measure's (or the total's) cost before and after, a month and a year (yearly null for one-time measures). */
    public record Cost(String measure, String payment, Value familiesBefore, Value familiesAfter, Value monthlyBefore,
                       Value monthlyAfter, Value yearlyBefore, Value yearlyAfter, Value difference) {
    }

    public record Change(Value families, Value persons, Value gainers, Value gainerPersons, Value losers,
                         Value loserPersons, Value unchanged, Value unchangedPersons, Value gained, Value lost,
                         Value averageGain, Value averageLoss, Value totalBefore, Value totalAfter) {
    }

    public record Group(String key, Change change) {
    }

    public record Poverty(Value familiesBefore, Value personsBefore, Value gapBefore, Value familiesAfter,
                          Value personsAfter, Value gapAfter) {
    }

    public static SimulationView of(SimulationResult r) {
        List<Cost> costs = r.measures().stream().map(m -> {
            boolean monthly = "MONTHLY".equals(m.payment());
            long base = Math.max(m.familiesBefore(), m.familiesAfter());
            return new Cost(m.measure(), m.payment(), Value.count(m.familiesBefore()), Value.count(m.familiesAfter()),
                    Value.about(m.familiesBefore(), m.amountBefore()), Value.about(m.familiesAfter(), m.amountAfter()),
                    monthly ? Value.about(m.familiesBefore(), m.amountBefore() * 12.0) : new Value(null, false),
                    monthly ? Value.about(m.familiesAfter(), m.amountAfter() * 12.0) : new Value(null, false),
                    hiddenEither(m.familiesBefore(), m.familiesAfter(), m.amountAfter() - m.amountBefore()));
        }).toList();
        long monthlyBefore = r.measures().stream().filter(m -> "MONTHLY".equals(m.payment()))
                .mapToLong(SimulationResult.MeasureCost::amountBefore).sum();
        long monthlyAfter = r.measures().stream().filter(m -> "MONTHLY".equals(m.payment()))
                .mapToLong(SimulationResult.MeasureCost::amountAfter).sum();
        long allBefore = r.measures().stream().mapToLong(SimulationResult.MeasureCost::amountBefore).sum();
        long allAfter = r.measures().stream().mapToLong(SimulationResult.MeasureCost::amountAfter).sum();
        Cost total = new Cost("total", "", Value.count(r.families()), Value.count(r.families()),
                Value.about(r.families(), allBefore), Value.about(r.families(), allAfter),
                Value.about(r.families(), monthlyBefore * 12.0), Value.about(r.families(), monthlyAfter * 12.0),
                Value.about(r.families(), allAfter - allBefore));
        SimulationResult.Poverty p = r.poverty();
        return new SimulationView(r.families(), r.persons(), r.changedParameters(), costs, total, change(r.total()),
                groups(r.byRegion()), groups(r.byCategory()), groups(r.byDecile()), groups(r.byHousehold()),
                new Poverty(Value.count(p.familiesBefore()), Value.about(p.familiesBefore(), p.personsBefore()),
                        Value.about(p.familiesBefore(), p.gapBefore()), Value.count(p.familiesAfter()),
                        Value.about(p.familiesAfter(), p.personsAfter()), Value.about(p.familiesAfter(), p.gapAfter())),
                r.examples().stream().map(e -> new SimulationResult.Example(e.label(), null, e.members(),
                        e.children(), e.pensionAge(), e.disabled(), e.category(), e.measures())).toList());
    }

    private static Value hiddenEither(long a, long b, double v) {
        return Value.about(a, v).hidden() || Value.about(b, v).hidden() ? Value.HIDDEN : new Value(v, false);
    }

    static Change change(SimulationResult.Change c) {
        return new Change(Value.count(c.families()), Value.about(c.families(), c.persons()), Value.count(c.gainers()),
                Value.about(c.gainers(), c.gainerPersons()), Value.count(c.losers()),
                Value.about(c.losers(), c.loserPersons()), Value.count(c.unchanged()),
                Value.about(c.unchanged(), c.unchangedPersons()), Value.about(c.gainers(), c.gained()),
                Value.about(c.losers(), c.lost()),
                Value.about(c.gainers(), c.gainers() == 0 ? 0 : Math.round((double) c.gained() / c.gainers())),
                Value.about(c.losers(), c.losers() == 0 ? 0 : Math.round((double) c.lost() / c.losers())),
                Value.about(c.families(), c.totalBefore()), Value.about(c.families(), c.totalAfter()));
    }

    private static List<Group> groups(List<SimulationResult.Group> gs) {
        return gs.stream().map(g -> new Group(g.key(), change(g.change()))).toList();
    }
}
