package kz.shanyraq.synth.country;

import java.util.Map;

/**
 * What the generation of one chunk of families shares: its random stream, the law's amounts, the poverty lines
 * of the regions, and the counters that number the chunk's contracts, dwellings, vehicles, plots and loans.
 */
final class ChunkContext {

    final Draw d;
    final LawAmounts law;
    final Map<String, Long> povertyLines;
    int contracts;
    int estates;
    int vehicles;
    int landPlots;
    int loans;

    ChunkContext(Draw d, LawAmounts law, Map<String, Long> povertyLines) {
        this.d = d;
        this.law = law;
        this.povertyLines = povertyLines;
    }

    long povertyLine(RegionProfile region) {
        return povertyLines.get(region.code());
    }
}
