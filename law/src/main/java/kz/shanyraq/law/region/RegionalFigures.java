package kz.shanyraq.law.region;

import kz.shanyraq.law.parameter.ParameterUnknownException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All regional figures loaded: the shipped ones and an operator's. Immutable once built.
 *
 * <p>Figures of each provenance are held apart. A lookup answers with an official or operator figure when
 * there is one (the two may not both give the same figure: that is a loading error naming both places), else
 * with a computed one, else with a synthetic one; the figure carries its provenance so that an explanation
 * always says which it was. A recorded gap ({@code unknown}) is no figure: it only explains why one is missing.
 */
public final class RegionalFigures {

    private static final RegionalFigures EMPTY = new RegionalFigures(Map.of(), Map.of(), List.of());

    private final Map<Key, Map<Provenance, RegionalFigure>> known;
    private final Map<Key, RegionalFigure> gaps;
    private final List<RegionalFigure> all;

    private RegionalFigures(Map<Key, Map<Provenance, RegionalFigure>> known, Map<Key, RegionalFigure> gaps,
                            List<RegionalFigure> all) {
        this.known = known;
        this.gaps = gaps;
        this.all = all;
    }

    public static RegionalFigures empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The best known figure: official or operator, else computed, else synthetic. */
    public Optional<RegionalFigure> find(FigureKind kind, String region, FigurePeriod period) {
        Map<Provenance, RegionalFigure> byProvenance = known.get(new Key(kind, region, period));
        if (byProvenance == null) {
            return Optional.empty();
        }
        for (Provenance p : Provenance.values()) {
            RegionalFigure f = byProvenance.get(p);
            if (f != null) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The figure of one provenance only (e.g. to compare a synthetic figure with the official one). */
    public Optional<RegionalFigure> find(FigureKind kind, String region, FigurePeriod period, Provenance provenance) {
        Map<Provenance, RegionalFigure> byProvenance = known.get(new Key(kind, region, period));
        return Optional.ofNullable(byProvenance == null ? null : byProvenance.get(provenance));
    }

    /** The recorded gap for a figure, if a file records it as unknown (its note says what is missing). */
    public Optional<RegionalFigure> gap(FigureKind kind, String region, FigurePeriod period) {
        return Optional.ofNullable(gaps.get(new Key(kind, region, period)));
    }

    /**
     * The figure a calculation on {@code day} needs; when there is none, a {@link ParameterUnknownException}
     * naming it (e.g. "regional subsistence minimum KZ-59 2025-Q3"), so the result is undetermined.
     */
    public RegionalFigure require(FigureKind kind, String region, FigurePeriod period, LocalDate day) {
        return find(kind, region, period).orElseThrow(() -> new ParameterUnknownException(
                kind.describe(region, period), null, day, gap(kind, region, period)
                        .map(g -> "recorded as unknown at " + g.location() + ": " + g.note())
                        .orElse("no such figure is loaded; load it in a regional-figure file (--parameters DIR)"
                                + (period.isQuarter() ? "; quarterly figures are not derived from monthly ones"
                                + " because the statistics bureau's quarterly method is not known" : ""))));
    }

    /** Every figure and gap, in loading order. */
    public List<RegionalFigure> all() {
        return all;
    }

    private record Key(FigureKind kind, String region, FigurePeriod period) {
    }

    /** Collects regional-figure files; the same figure given twice by official or operator files is an error. */
    public static final class Builder {
        private final Map<Key, Map<Provenance, RegionalFigure>> known = new HashMap<>();
        private final Map<Key, RegionalFigure> gaps = new HashMap<>();
        private final List<RegionalFigure> all = new ArrayList<>();

        /** A file shipped with Shanyraq: official or computed figures only (operator and synthetic data live elsewhere). */
        public Builder addShipped(RegionalFile file) {
            if (file.provenance() == Provenance.OPERATOR || file.provenance() == Provenance.SYNTHETIC) {
                throw new RegionalFileException(file.name(), 1, "provenance", "a shipped regional file must be official "
                        + "or computed; " + file.provenance().code() + " figures belong in an operator folder");
            }
            return add(file);
        }

        public Builder add(RegionalFile file) {
            for (RegionalFigure f : file.figures()) {
                Key key = new Key(f.kind(), f.region(), f.period());
                all.add(f);
                if (!f.known()) {
                    gaps.putIfAbsent(key, f);
                    continue;
                }
                Map<Provenance, RegionalFigure> byProvenance =
                        known.computeIfAbsent(key, k -> new EnumMap<>(Provenance.class));
                RegionalFigure clash = byProvenance.get(f.provenance());
                if (clash == null && f.provenance().isActual()) {
                    clash = byProvenance.get(f.provenance() == Provenance.OFFICIAL ? Provenance.OPERATOR
                            : Provenance.OFFICIAL);
                }
                if (clash != null) {
                    throw new RegionalFileException(f.location().file(), f.location().line(), f.describe(),
                            "defined twice (also at " + clash.location() + ")");
                }
                byProvenance.put(f.provenance(), f);
            }
            return this;
        }

        public RegionalFigures build() {
            Map<Key, Map<Provenance, RegionalFigure>> k = new HashMap<>();
            known.forEach((key, m) -> k.put(key, Collections.unmodifiableMap(new EnumMap<>(m))));
            return new RegionalFigures(Map.copyOf(k), Map.copyOf(gaps), List.copyOf(all));
        }
    }
}
