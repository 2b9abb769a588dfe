package kz.shanyraq.law.parameter;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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

    private static volatile ParameterBook standard;

    private final Map<String, Parameter> parameters;
    private final Map<LocalDate, Law> lawByDay = new ConcurrentHashMap<>();

    private ParameterBook(Map<String, Parameter> parameters) {
        this.parameters = parameters;
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

    /** Collects parameter files; a name defined twice is an error naming both places. */
    public static final class Builder {
        private final Map<String, Parameter> parameters = new LinkedHashMap<>();

        public Builder addShipped() {
            for (String file : shippedFiles()) {
                try (InputStream in = resource(SHIPPED + file)) {
                    add(file, new InputStreamReader(in, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return this;
        }

        /** Adds every {@code *.yaml} file of a folder (an operator's additions). */
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

        public Builder addFile(Path file) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return add(file.toString(), r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
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

        public ParameterBook build() {
            return new ParameterBook(Map.copyOf(parameters));
        }

        private static List<String> shippedFiles() {
            try (InputStream in = resource(SHIPPED + "INDEX")) {
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
