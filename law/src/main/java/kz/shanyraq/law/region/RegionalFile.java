package kz.shanyraq.law.region;

import java.util.List;

/** The figures of one regional-figure file; a file holds figures of a single provenance. */
public record RegionalFile(String name, Provenance provenance, List<RegionalFigure> figures) {

    public RegionalFile {
        figures = List.copyOf(figures);
    }
}
