package kz.shanyraq.law.wellbeing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shipped methodologies and loading of replacements. Both shipped ones are reference methodologies built from
 * public descriptions (the ministry's weights are not public), not the ministry's:
 * <ul>
 *   <li>{@link #categories2025()}: the 2025 scoring model, 23 criteria, categories 1–6;</li>
 *   <li>{@link #levels2023()}: the 2023 Alkire–Foster classification, 5 dimensions, levels A–E.</li>
 * </ul>
 * A replacement is a file in the same format ({@link #load(Path)}): no code change.
 */
public final class Methodologies {

    static final String FOLDER = "kz/shanyraq/law/wellbeing/";
    public static final String CATEGORIES_2025 = FOLDER + "categories-2025.yaml";
    public static final String LEVELS_2023 = FOLDER + "levels-2023.yaml";
    /** Classpath location of the JSON Schema documenting the file format. */
    public static final String SCHEMA_RESOURCE = "kz/shanyraq/law/schema/wellbeing-methodology.schema.json";

    private static volatile Methodology categories;
    private static volatile Methodology levels;

    private Methodologies() {
    }

    /** The reference 2025 scoring model: 23 criteria → categories 1 (extreme need) … 6 (high welfare). */
    public static Methodology categories2025() {
        Methodology m = categories;
        if (m == null) {
            m = shipped(CATEGORIES_2025);
            categories = m;
        }
        return m;
    }

    /** The reference 2023 classification: deprivation score over 5 dimensions → levels A … E. */
    public static Methodology levels2023() {
        Methodology m = levels;
        if (m == null) {
            m = shipped(LEVELS_2023);
            levels = m;
        }
        return m;
    }

    /** A methodology file of an operator (same format, validated the same way). */
    public static Methodology load(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return MethodologyFileReader.read(file.toString(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Methodology shipped(String resource) {
        try (InputStream in = Methodologies.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing shipped methodology " + resource);
            }
            return MethodologyFileReader.read(resource.substring(resource.lastIndexOf('/') + 1),
                    new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
