package kz.shanyraq.synth.country;

import java.util.ArrayList;
import java.util.List;

/**
 * Generates the families of one chunk: composition, residence, health, livestock, livelihoods, insurance,
 * property, then the IINs. Everything is drawn from the chunk's own random stream.
 */
public final class ChunkGenerator {

    /** The history's random streams are apart from the chunks' own, so a history leaves the reference months as they are. */
    private static final long HISTORY_STREAMS = 1L << 40;
    private final CountryPlan plan;
    private final LawAmounts law;

    public ChunkGenerator(CountryPlan plan) {
        this.plan = plan;
        this.law = LawAmounts.standard();
    }

    public ChunkPopulation generate(Chunk chunk) {
        Draw d = Draw.stream(plan.seed(), chunk.index());
        ChunkContext context = new ChunkContext(d, law, plan.povertyLines());
        List<Resident> persons = new ArrayList<>((int) (chunk.families() * 3.4));
        HouseholdComposer composer = new HouseholdComposer(d, chunk.region(), (birth, female) -> {
            Resident r = new Resident();
            r.local = persons.size();
            r.birth = birth;
            r.female = female;
            persons.add(r);
            return r;
        });
        Residence residence = new Residence(d);
        Health health = new Health(d);
        Assets assets = new Assets(context);
        Livelihoods livelihoods = new Livelihoods(context);
        Insurance insurance = new Insurance(d);
        IncomeHistory history = new IncomeHistory(Draw.stream(plan.seed(), HISTORY_STREAMS + chunk.index()),
                plan.historyMonths(), plan.historyPovertyLines());
        double rural = 1 - chunk.region().urbanShare();
        List<Household> households = new ArrayList<>(chunk.families());
        for (int i = 0; i < chunk.families(); i++) {
            Household h = composer.compose(i, d.chance(rural));
            residence.apply(h);
            health.apply(h);
            assets.livestock(h);
            livelihoods.apply(h);
            insurance.apply(h);
            history.apply(h);
            assets.property(h);
            households.add(h);
        }
        IinIssuer iins = new IinIssuer(chunk.index(), plan.chunks().size());
        int contracts = 0;
        for (Resident r : persons) {
            r.iin = iins.issue(r.birth, r.female);
            if (r.employee && r.contractRegistered) {
                contracts++;
            }
        }
        return new ChunkPopulation(chunk, households, persons, contracts, context.estates, context.vehicles,
                context.landPlots, context.loans);
    }
}
