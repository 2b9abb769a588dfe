package kz.shanyraq.law.parameter;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A change of the law written as the law's own parameter files are (same YAML, read and checked by
 * {@link ParameterFileReader}): each parameter of the file must be one the law has, with the same unit and key, and
 * its versions replace the law's history from the first version's {@code from} on. Used to simulate a reform on the
 * whole registry (analytics); the law as shipped is never changed.
 */
public final class Reform {

    private final String fileName;
    private final List<Parameter> changes;

    private Reform(String fileName, List<Parameter> changes) {
        this.fileName = fileName;
        this.changes = List.copyOf(changes);
    }

    /**
     * Reads and checks a reform against the law it changes.
     *
     * @throws ParameterFileException naming the file, line and parameter when the YAML is not a valid parameter file,
     *                                names a parameter the law does not have, or changes its unit or key
     */
    public static Reform read(String fileName, String yaml, ParameterBook law) {
        List<Parameter> changes = ParameterFileReader.read(fileName, new StringReader(yaml));
        if (changes.isEmpty()) {
            throw new ParameterFileException(fileName, 1, null, "a reform changes at least one parameter");
        }
        for (Parameter p : changes) {
            int line = p.versions().get(0).location().line();
            if (!law.has(p.name())) {
                throw new ParameterFileException(fileName, line, p.name(), "the law has no parameter of this name");
            }
            Parameter old = law.parameter(p.name());
            if (old.unit() != p.unit()) {
                throw new ParameterFileException(fileName, line, p.name(), "unit " + p.unit().code()
                        + " differs from the law's " + old.unit().code());
            }
            if (!java.util.Objects.equals(old.keyedBy(), p.keyedBy())) {
                throw new ParameterFileException(fileName, line, p.name(), "keyed-by " + p.keyedBy()
                        + " differs from the law's " + old.keyedBy());
            }
            LocalDate from = p.versions().get(0).from();
            if (from.isBefore(law.historyStarts())) {
                throw new ParameterFileException(fileName, line, p.name(), "from " + from
                        + " is before the law's history (" + law.historyStarts() + ")");
            }
        }
        return new Reform(fileName, changes);
    }

    public String fileName() {
        return fileName;
    }

    /** The changed parameters, each with its reformed versions only. */
    public List<Parameter> changes() {
        return changes;
    }

    /** The first day any change takes effect. */
    public LocalDate from() {
        return changes.stream().map(p -> p.versions().get(0).from()).min(Comparator.naturalOrder()).orElseThrow();
    }

    /** The law's parameter with its history up to the day before the change, then the change's versions. */
    Parameter applyTo(Parameter law) {
        Parameter change = changes.stream().filter(p -> p.name().equals(law.name())).findFirst().orElse(null);
        if (change == null) {
            return law;
        }
        LocalDate from = change.versions().get(0).from();
        List<ParameterVersion> versions = new ArrayList<>();
        for (ParameterVersion v : law.versions()) {
            if (!v.from().isBefore(from)) {
                break;
            }
            LocalDate to = v.to() == null || !v.to().isBefore(from) ? from.minusDays(1) : v.to();
            versions.add(new ParameterVersion(v.name(), v.unit(), v.keyedBy(), v.from(), to, v.value(), v.values(),
                    v.status(), v.reference(), v.note(), v.derivedFrom(), v.retroactive(), v.location()));
        }
        versions.addAll(change.versions());
        return new Parameter(law.name(), law.title(), law.unit(), law.keyedBy(), versions);
    }
}
