package kz.shanyraq.synth.country;

/**
 * A block of families of one region, generated from its own random stream ({@code seed}, {@code index}) so that
 * chunks can be generated on any thread in any order and still give the same country.
 *
 * @param firstFamily registry id of the chunk's first family (families are numbered 1, 2, … in chunk order)
 */
public record Chunk(int index, RegionProfile region, int families, long firstFamily) {
}
