package kz.shanyraq.app;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The capabilities (registry, entitlements, familycard, security, audit, demo, database, web…) keep their borders, and
 * the documentation of those borders is generated from the code, not written by hand: the module diagram and one
 * canvas per module in {@code docs/architecture/}, and docs/architecture.md names every module.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(ShanyraqApplication.class);

    @Test
    void modulesDependOnEachOthersApiOnlyAndFormNoCycle() {
        MODULES.verify();
    }

    /**
     * Writes the PlantUML diagram of all modules ({@code components.puml}), one per module and one canvas per module
     * (AsciiDoc) into docs/architecture/, which is committed: a change of the modules' dependencies shows in the
     * diff of the change that made it. The folder holds only generated files (the Documenter empties it first).
     */
    @Test
    void theModuleDiagramAndCanvasesAreWrittenIntoTheDocs() throws IOException {
        Path folder = repositoryRoot().resolve("docs").resolve("architecture");

        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (var files = Files.list(folder)) {
            for (Path puml : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                inStableOrder(puml);
            }
        }

        assertThat(folder.resolve("components.puml")).exists();
        for (ApplicationModule module : MODULES) {
            assertThat(folder.resolve("module-" + module.getIdentifier() + ".adoc")).exists();
        }
    }

    @Test
    void theArchitecturePageNamesEveryModuleOfTheServer() throws IOException {
        String page = Files.readString(repositoryRoot().resolve("docs").resolve("architecture.md"));

        List<String> missing = new ArrayList<>();
        for (ApplicationModule module : MODULES) {
            if (!page.contains("`app." + module.getIdentifier() + "`")) {
                missing.add(module.getIdentifier().toString());
            }
        }

        assertThat(missing).as("modules not named in docs/architecture.md").isEmpty();
    }

    /**
     * Sorts each run of consecutive {@code Component(…)} and {@code Rel(…)} lines: the Documenter writes them in the
     * order of a hash set, which would change the committed files on every build without a change of the modules.
     */
    private static void inStableOrder(Path puml) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(puml));
        int i = 0;
        while (i < lines.size()) {
            String kind = kind(lines.get(i));
            int j = i;
            while (kind != null && j < lines.size() && kind.equals(kind(lines.get(j)))) {
                j++;
            }
            if (j > i + 1) {
                lines.subList(i, j).sort(null);
            }
            i = Math.max(j, i + 1);
        }
        Files.write(puml, lines);
    }

    private static String kind(String line) {
        String t = line.strip();
        return t.startsWith("Rel(") ? "Rel" : t.startsWith("Component(") ? "Component" : null;
    }

    /** The folder holding docs/architecture.md, from the module's working directory (Maven runs tests in app/). */
    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs").resolve("architecture.md"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("docs/architecture.md not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
