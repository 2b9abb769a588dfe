package kz.shanyraq.synth.country;

/**
 * What the generator knows about one region. Population is the seed-figures table (2025, ±5 %); the other
 * figures are rounded public-statistics orders of magnitude used only to shape a synthetic country (see
 * docs/synthetic-country.md), never as official data.
 *
 * @param code            ISO 3166-2:KZ code
 * @param population      persons, thousands (seed-figures.md §1)
 * @param urbanShare      share of families living in towns
 * @param fertility       recent total fertility rate of the region (children per woman)
 * @param tradition       0 … 1: how common large and three-generation families are (1 = the south)
 * @param wageIndex       median wage relative to the national median
 * @param povertyIndex    relative propensity of a family to live below the poverty line
 * @param pmFallback      statistical ПМ relative to the national one, used where no official monthly figure exists
 * @param resettlementQuota whether the region receives kandas and resettlers under the regional quota
 * @param centre          the regional centre {ru, kk, en}, or {@code null} for a city of republican significance
 * @param districts       number of districts to create (the centre, for an oblast, is district 01)
 * @param camels          whether camels are kept (the south-west and the south)
 * @param pigs            whether pigs are kept (the north and east)
 */
public record RegionProfile(
        String code,
        String nameEn,
        int population,
        double urbanShare,
        double fertility,
        double tradition,
        double wageIndex,
        double povertyIndex,
        double pmFallback,
        boolean resettlementQuota,
        String[] centre,
        int districts,
        boolean camels,
        boolean pigs) {

    public boolean isCity() {
        return centre == null;
    }

    /** The two-digit number of the ISO code ({@code 59} for KZ-59). */
    public String number() {
        return code.substring(3);
    }
}
