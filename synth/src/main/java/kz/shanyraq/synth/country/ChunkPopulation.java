package kz.shanyraq.synth.country;

import java.util.List;

/**
 * The families and persons of one chunk, with how many of each numbered thing it holds, so that the next chunk
 * knows where its own numbering starts.
 */
public record ChunkPopulation(Chunk chunk, List<Household> households, List<Resident> persons, int contracts,
                              int estates, int vehicles, int landPlots, int loans) {
}
