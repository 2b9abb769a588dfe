package kz.shanyraq.recompute.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import kz.shanyraq.db.EmbeddedDatabase;
import kz.shanyraq.db.RegistrySchema;
import kz.shanyraq.law.parameter.ParameterFileException;
import kz.shanyraq.recompute.registry.FamilySnapshot;
import kz.shanyraq.recompute.run.DistributedEngines;
import kz.shanyraq.recompute.simulate.LawChangeSimulation;
import kz.shanyraq.recompute.simulate.ReformSweep;
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
        String engine = "local";
        String master = null;
        String sweep = null;
        java.util.List<String> conf = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--on" -> { on = v; i++; }
                case "--reform" -> { reform = v == null ? null : Path.of(v); i++; }
                case "--data" -> { data = Path.of(v); i++; }
                case "--json" -> { json = Path.of(v); i++; }
                case "--threads" -> { threads = Integer.parseInt(v); i++; }
                case "--engine" -> { engine = v; i++; }
                case "--master" -> { master = v; i++; }
                case "--conf" -> { conf.add(v); i++; }
                case "--sweep" -> { sweep = v; i++; }
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
        if (!"local".equals(engine) && !"spark".equals(engine)) {
            exit(2, "--engine must be local or spark, not '" + engine + "'");
        }
        if ("local".equals(engine) && (sweep != null || master != null || !conf.isEmpty())) {
            exit(2, "--sweep, --master and --conf need --engine spark");
        }
        if ("spark".equals(engine)) {
            sweepOnSpark(date, yaml, sweep, data, master, conf, json);
            return;
        }
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

    /**
     * The reform (or each variant of a sweep) on Apache Spark: one line per value
     * {@code value=V families=N cost_before=… cost_after=… gainers=… losers=…}, then the last line as the local
     * engine prints it (for a sweep, of its last value) with the whole job's seconds. {@code --json}: the full
     * result (of the reform; for a sweep, a list of {@code {"value": V, "result": …}}), the local engine's but its
     * examples (none: they need the families on the driver).
     */
    private static void sweepOnSpark(LocalDate date, String yaml, String sweep, Path data, String master,
                                     java.util.List<String> conf, Path json) throws Exception {
        java.util.List<String> values;
        java.util.List<String> variants = new java.util.ArrayList<>();
        if (sweep == null) {
            values = java.util.List.of("reform");
            variants.add(yaml);
        } else {
            try {
                java.util.Map.Entry<String, java.util.List<String>> s = ReformSweep.values(sweep);
                values = s.getValue();
                for (String v : values) {
                    variants.add(ReformSweep.variant(yaml, s.getKey(), v));
                }
            } catch (IllegalArgumentException e) {
                exit(2, e.getMessage());
                return;
            }
        }
        for (String c : conf) {
            if (!c.matches("[A-Za-z0-9_.\\-]+=.*")) {
                exit(2, "--conf must be KEY=VALUE, not '" + c + "'");
            }
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0)) {
            RegistrySchema.migrate(db.dataSource());
            FamilySnapshot.refresh(db.dataSource());
            long t0 = System.nanoTime();
            java.util.List<SimulationResult> results;
            try (DistributedEngines.Engine e = DistributedEngines.open("spark", master, conf,
                    new DistributedEngines.Registry(db.jdbcAddress(), kz.shanyraq.db.RegistryRoles.OWNER,
                            db.ownerPassword()))) {
                results = ReformSweep.run(db.dataSource(), date, variants, e);
            } catch (ParameterFileException e) {
                exit(2, "the reform is not valid: " + e.getMessage());
                return;
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (json != null) {
                Object written = results.get(0);
                if (sweep != null) {
                    java.util.List<java.util.Map<String, Object>> list = new java.util.ArrayList<>();
                    for (int v = 0; v < values.size(); v++) {
                        java.util.Map<String, Object> item = new java.util.LinkedHashMap<>();
                        item.put("value", values.get(v));
                        item.put("result", results.get(v));
                        list.add(item);
                    }
                    written = list;
                }
                Files.writeString(json, new ObjectMapper().registerModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .writerWithDefaultPrettyPrinter().writeValueAsString(written));
            }
            java.util.List<ReformSweep.Point> points = ReformSweep.points(values, results);
            for (ReformSweep.Point p : points) {
                System.out.printf(Locale.ROOT, "value=%s families=%d cost_before=%d cost_after=%d gainers=%d losers=%d%n",
                        p.value(), p.families(), p.costBefore(), p.costAfter(), p.gainers(), p.losers());
            }
            ReformSweep.Point last = points.get(points.size() - 1);
            System.out.printf(Locale.ROOT, "families=%d seconds=%.1f cost_before=%d cost_after=%d gainers=%d losers=%d%n",
                    last.families(), seconds, last.costBefore(), last.costAfter(), last.gainers(), last.losers());
        }
    }

    private static void exit(int code, String message) {
        System.err.println("error: " + message);
        System.exit(code);
    }
}
