package kz.shanyraq.recompute.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import kz.shanyraq.db.EmbeddedDatabase;
import kz.shanyraq.db.RegistrySchema;
import kz.shanyraq.law.parameter.ParameterFileException;
import kz.shanyraq.recompute.registry.FamilySnapshot;
import kz.shanyraq.recompute.simulate.LawChangeSimulation;
import kz.shanyraq.recompute.simulate.SimulationResult;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * {@code ./shanyraq simulate --on YYYY-MM-DD --reform FILE.yaml [--data DIR] [--threads N] [--json OUT]}: the law as
 * it is and as reformed on every family of the registry (read only; nothing is stored). The last line on standard
 * output is {@code families=N seconds=T cost_before=… cost_after=… gainers=… losers=…}. Exit codes: 0 done,
 * 2 invalid options or an invalid reform (the message names file, line and parameter), 1 failed.
 */
public final class SimulateCommand {

    private SimulateCommand() {
    }

    public static void main(String[] args) throws Exception {
        String on = null;
        Path reform = null;
        Path data = Path.of("data");
        Path json = null;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--on" -> { on = v; i++; }
                case "--reform" -> { reform = v == null ? null : Path.of(v); i++; }
                case "--data" -> { data = Path.of(v); i++; }
                case "--json" -> { json = Path.of(v); i++; }
                case "--threads" -> { threads = Integer.parseInt(v); i++; }
                default -> exit(2, "unknown option " + a);
            }
        }
        if (on == null || reform == null) {
            exit(2, "usage: ./shanyraq simulate --on YYYY-MM-DD --reform FILE.yaml [--data DIR] [--threads N] [--json OUT]");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(on);
        } catch (RuntimeException e) {
            exit(2, "--on must be a date YYYY-MM-DD, not '" + on + "'");
            return;
        }
        if (!Files.isRegularFile(reform)) {
            exit(2, "--reform: no file " + reform.toAbsolutePath());
        }
        if (!Files.isDirectory(data.resolve("pg"))) {
            exit(2, "--data: no registry in " + data.toAbsolutePath());
        }
        String yaml = Files.readString(reform, StandardCharsets.UTF_8);
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0)) {
            RegistrySchema.migrate(db.dataSource());
            FamilySnapshot.refresh(db.dataSource());
            long t0 = System.nanoTime();
            SimulationResult r;
            try {
                r = LawChangeSimulation.run(db.dataSource(), date, yaml, threads, done -> { });
            } catch (ParameterFileException e) {
                exit(2, "the reform is not valid: " + e.getMessage());
                return;
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (json != null) {
                Files.writeString(json, new ObjectMapper().registerModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .writerWithDefaultPrettyPrinter().writeValueAsString(r));
            }
            long before = r.measures().stream().mapToLong(SimulationResult.MeasureCost::amountBefore).sum();
            long after = r.measures().stream().mapToLong(SimulationResult.MeasureCost::amountAfter).sum();
            System.out.printf(Locale.ROOT, "families=%d seconds=%.1f cost_before=%d cost_after=%d gainers=%d losers=%d%n",
                    r.families(), seconds, before, after, r.total().gainers(), r.total().losers());
        }
    }

    private static void exit(int code, String message) {
        System.err.println("error: " + message);
        System.exit(code);
    }
}
