package kz.shanyraq.law.parameter;

import kz.shanyraq.law.region.RegionalFigures;
import kz.shanyraq.law.region.RegionalFileReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * All legal parameters, each with its dated history. Immutable once loaded; {@link #on(LocalDate)} gives the
 * law as it stood on one day.
 */
public final class ParameterBook {

    /** Classpath folder of the shipped parameter files and the index listing them. */
    static final String SHIPPED = "kz/shanyraq/law/parameters/";
    /** Classpath folder of the shipped regional-figure files and the index listing them. */
    static final String SHIPPED_REGIONAL = "kz/shanyraq/law/regional/";

    private static volatile ParameterBook standard;

    private final Map<String, Parameter> parameters;
    private final RegionalFigures regional;
    private final Map<LocalDate, Law> lawByDay = new ConcurrentHashMap<>();

    private final LocalDate historyStarts;

    private ParameterBook(Map<String, Parameter> parameters, RegionalFigures regional) {
        this.parameters = parameters;
        this.regional = regional;
        this.historyStarts = parameters.values().stream().map(p -> p.versions().get(0).from())
                .min(LocalDate::compareTo).orElse(LocalDate.MAX);
    }

    /**
     * The first day of the law's history as we hold it (the earliest version of any parameter): every result on an
     * earlier day is undetermined, whatever the parameters would give.
     */
    public LocalDate historyStarts() {
        return historyStarts;
    }

    /** The parameters shipped with Shanyraq (the files listed in {@code parameters/INDEX}). */
    public static ParameterBook standard() {
        ParameterBook book = standard;
        if (book == null) {
            synchronized (ParameterBook.class) {
                book = standard;
                if (book == null) {
                    book = builder().addShipped().build();
                    standard = book;
                }
            }
        }
        return book;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The law on one day: parameter values resolved for that date. */
    public Law on(LocalDate day) {
        return lawByDay.computeIfAbsent(day, d -> new Law(this, d));
    }

    public Parameter parameter(String name) {
        Parameter p = parameters.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no parameter named '" + name + "'");
        }
        return p;
    }

    public boolean has(String name) {
        return parameters.containsKey(name);
    }

    public Collection<Parameter> all() {
        return parameters.values();
    }

    /** Regional figures (statistical regional ПМ, median income, published poverty lines) loaded with the book. */
    public RegionalFigures regional() {
        return regional;
    }

    /**
     * Collects parameter files and regional-figure files; a parameter name defined twice, or a regional figure
     * given twice, is an error naming both places.
     */
    public static final class Builder {
        private final Map<String, Parameter> parameters = new LinkedHashMap<>();
        private final RegionalFigures.Builder regional = RegionalFigures.builder();

        /** The shipped parameter files and the shipped regional-figure files. */
        public Builder addShipped() {
            for (String file : shippedFiles(SHIPPED)) {
                try (InputStream in = resource(SHIPPED + file)) {
                    add(file, new InputStreamReader(in, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            for (String file : shippedFiles(SHIPPED_REGIONAL)) {
                try (InputStream in = resource(SHIPPED_REGIONAL + file)) {
                    regional.addShipped(RegionalFileReader.read("regional/" + file,
                            new InputStreamReader(in, StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return this;
        }

        /**
         * Adds every {@code *.yaml} file of a folder (an operator's additions): parameter files, and
         * regional-figure files (recognised by their top-level {@code regional-figures:} key).
         */
        public Builder addFolder(Path folder) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    addFile(f);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        /** Adds a parameter file or a regional-figure file. */
        public Builder addFile(Path file) {
            try {
                String content = Files.readString(file, StandardCharsets.UTF_8);
                if (RegionalFileReader.isRegionalFile(content)) {
                    return addRegional(file.toString(), new StringReader(content));
                }
                return add(file.toString(), new StringReader(content));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Adds one regional-figure file (any provenance; see {@link RegionalFileReader} for the format). */
        public Builder addRegional(String fileName, Reader content) {
            regional.add(RegionalFileReader.read(fileName, content));
            return this;
        }

        public Builder add(String fileName, Reader content) {
            for (Parameter p : ParameterFileReader.read(fileName, content)) {
                Parameter before = parameters.putIfAbsent(p.name(), p);
                if (before != null) {
                    throw new ParameterFileException(fileName, p.versions().get(0).location().line(), p.name(),
                            "defined twice (also at " + before.versions().get(0).location() + ")");
                }
            }
            return this;
        }

        /** Replaces the history of each parameter a reform changes from the reform's date on ({@link Reform}). */
        public Builder amend(Reform reform) {
            for (Parameter p : reform.changes()) {
                Parameter law = parameters.get(p.name());
                if (law == null) {
                    throw new ParameterFileException(reform.fileName(), p.versions().get(0).location().line(),
                            p.name(), "the law has no parameter of this name");
                }
                parameters.put(p.name(), reform.applyTo(law));
            }
            return this;
        }

        public ParameterBook build() {
            return new ParameterBook(Map.copyOf(parameters), regional.build());
        }

        private static List<String> shippedFiles(String folder) {
            try (InputStream in = resource(folder + "INDEX")) {
                List<String> files = new ArrayList<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String f = line.strip();
                    if (!f.isEmpty() && !f.startsWith("#")) {
                        files.add(f);
                    }
                }
                return files;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static InputStream resource(String path) {
            InputStream in = ParameterBook.class.getClassLoader().getResourceAsStream(path);
            if (in == null) {
                throw new IllegalStateException("missing shipped parameter resource " + path);
            }
            return in;
        }
    }
}
