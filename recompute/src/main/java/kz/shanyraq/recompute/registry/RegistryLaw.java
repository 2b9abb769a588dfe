package kz.shanyraq.recompute.registry;

import kz.shanyraq.ingest.coverage.RegistryCoverage;
import kz.shanyraq.law.coverage.Coverage;
import kz.shanyraq.law.parameter.ParameterBook;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The law as the registry applies it: the shipped parameters plus the regional figures the registry holds (computed
 * median income, operator-loaded official figures, synthetic figures of a synthetic country), and a version that
 * names exactly that set: a hash of the shipped parameter and regional files and of the registry's figures.
 *
 * @param files    the regional-figure files made from the registry, by name (the law's regional-file format)
 * @param coverage what the registry's monthly sources cover: facts outside it are unknown, not absent
 */
public record RegistryLaw(ParameterBook book, String version, Map<String, String> files, Coverage coverage) {

    /** A law whose families' facts are taken as given (no coverage tracked). */
    public RegistryLaw(ParameterBook book, String version, Map<String, String> files) {
        this(book, version, files, Coverage.GIVEN);
    }

    private static final Map<String, String> KIND = Map.of(
            "median-per-capita-income", "median-income",
            "median-income", "median-income",
            "subsistence-minimum", "subsistence-minimum");

    private record Row(String series, String region, String period, BigDecimal value, String provenance,
                       String source, String computedFrom) {
    }

    /** Reads the registry's figures and builds the book. */
    public static RegistryLaw read(Connection c) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select series, region_code, period, value, provenance, source, computed_from
                  from regional_figure where provenance in ('official', 'computed')
                union all
                -- Synthetic figures of a synthetic country: used only where nothing real is known, and every
                -- explanation that uses one says it is synthetic.
                select series, region_code, period, value, 'synthetic', 'synthetic country, seed '
                       || generated_by_seed, 'generated' from synthetic_regional_figure
                 order by 1, 3, 2""")) {
            while (rs.next()) {
                rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)));
            }
        }
        Map<String, String> files = new TreeMap<>();
        rows.stream().filter(r -> KIND.containsKey(r.series()))
                .collect(Collectors.groupingBy(Row::provenance, TreeMap::new, Collectors.toList()))
                .forEach((provenance, list) -> files.put("registry:regional_figure/" + provenance,
                        yaml(provenance, list)));
        ParameterBook.Builder builder = ParameterBook.builder().addShipped();
        files.forEach((name, text) -> builder.addRegional(name, new StringReader(text)));
        return new RegistryLaw(builder.build(), version(files), Map.copyOf(files), RegistryCoverage.read(c));
    }

    /**
     * The same law with a reform applied (shipped parameters, the registry's figures, then the reform's changes):
     * what a simulation evaluates beside {@link #book()}.
     */
    public ParameterBook reformed(kz.shanyraq.law.parameter.Reform reform) {
        ParameterBook.Builder builder = ParameterBook.builder().addShipped();
        files.forEach((name, text) -> builder.addRegional(name, new StringReader(text)));
        return builder.amend(reform).build();
    }

    /** SHA-256 (first 16 hex digits) of the shipped law files and the registry's figure files. */
    private static String version(Map<String, String> registryFiles) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String folder : List.of("kz/shanyraq/law/parameters/", "kz/shanyraq/law/regional/")) {
                String index = resource(folder + "INDEX");
                sha.update(index.getBytes(StandardCharsets.UTF_8));
                for (String line : index.split("\n")) {
                    String f = line.strip();
                    if (!f.isEmpty() && !f.startsWith("#")) {
                        sha.update(resource(folder + f).getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            registryFiles.forEach((name, text) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update(text.getBytes(StandardCharsets.UTF_8));
            });
            return "sha256:" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = ParameterBook.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing shipped law resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One regional-figure file (the law's format) per provenance. */
    private static String yaml(String provenance, List<Row> rows) {
        boolean computed = provenance.equals("computed");
        boolean synthetic = provenance.equals("synthetic");
        StringBuilder y = new StringBuilder("provenance: ")
                .append(synthetic ? "synthetic" : computed ? "computed" : "operator").append('\n')
                .append("regional-figures:\n");
        rows.stream().collect(Collectors.groupingBy(Row::series, TreeMap::new, Collectors.toList()))
                .forEach((series, list) -> {
                    y.append("  - figure: ").append(KIND.get(series)).append('\n')
                            .append("    period: quarter\n")
                            .append("    status: ").append(computed || synthetic ? "unverified" : "official").append('\n')
                            .append("    sources: [").append(quote(list.get(0).source())).append("]\n")
                            .append("    note: ").append(quote(synthetic
                                    ? "SYNTHETIC figure generated for the synthetic country, not official"
                                    : computed ? "Computed from the registry: " + list.get(0).computedFrom()
                                    : "Loaded by an operator from the official publication")).append('\n')
                            .append("    values:\n");
                    list.stream().collect(Collectors.groupingBy(Row::period, TreeMap::new, Collectors.toList()))
                            .forEach((period, inPeriod) -> y.append("      ").append(period).append(": {")
                                    .append(inPeriod.stream().map(r -> r.region() + ": " + r.value().toPlainString())
                                            .collect(Collectors.joining(", ")))
                                    .append("}\n"));
                });
        return y.toString();
    }

    private static String quote(String s) {
        return "\"" + (s == null ? "" : s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ")) + "\"";
    }
}
