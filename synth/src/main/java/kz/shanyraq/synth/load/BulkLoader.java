package kz.shanyraq.synth.load;

import kz.shanyraq.synth.country.CountryPlan;
import kz.shanyraq.synth.country.District;
import kz.shanyraq.synth.figures.SyntheticRegionalFigures;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads a generated country into the registry inside the caller's transaction, by PostgreSQL's bulk path.
 *
 * <p>The procedure (docs/synthetic-country.md, "Loading"):
 * <ol>
 *   <li>districts and the synthetic regional figures are inserted;</li>
 *   <li>every target table is truncated (it is empty: the caller has checked) — in the same transaction this gives
 *   the table a new file, so COPY may write the rows already frozen ({@code FREEZE}) and, with
 *   {@code wal_level=minimal} (the embedded database), PostgreSQL writes no WAL for them but syncs the files at
 *   commit; tables referenced by another table's foreign key are not truncated and are copied without FREEZE;</li>
 *   <li>the tables' indexes and primary/unique keys are dropped (their definitions kept);</li>
 *   <li>the generator threads produce the chunks; the rows of {@code income}, the largest table, stream straight
 *   into one COPY while the other tables' rows go to spill files;</li>
 *   <li>each spilled table is copied, then its indexes and keys are created again (sorted builds, parallel
 *   workers), then every table is analysed.</li>
 * </ol>
 * Nothing is committed here: a failure anywhere leaves the registry as it was (the caller rolls back).
 */
public final class BulkLoader {

    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0,
            0, 0, 0, 0, 0, 0, 0, 0};
    private static final byte[] TRAILER = {(byte) 0xFF, (byte) 0xFF};

    private final LoadOptions options;

    public BulkLoader(LoadOptions options) {
        this.options = options;
    }

    /** What was loaded: rows per table in load order. */
    public record Result(Map<String, Long> rowsPerTable, long persons, long families, int figures, int districts) {
        public long totalRows() {
            return rowsPerTable.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public Result load(Connection c, CountryPlan plan, SyntheticRegionalFigures figures) throws SQLException, IOException {
        Progress progress = new Progress(options.listener(), plan.families());
        progress.phase("preparing the registry");
        int districts = insertDistricts(c);
        int figureRows = insertFigures(c, figures);
        Map<RegistryTable, Boolean> truncated = truncate(c);
        Map<RegistryTable, IndexSet> indexes = new EnumMap<>(RegistryTable.class);
        for (RegistryTable t : RegistryTable.values()) {
            IndexSet set = IndexSet.of(c, t.table);
            set.drop(c);
            indexes.put(t, set);
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        Map<RegistryTable, Long> rows = new EnumMap<>(RegistryTable.class);
        Path spillDir = Files.createTempDirectory(options.spillDirectory(), "shanyraq-synth-");
        Map<RegistryTable, FileChannel> spills = new EnumMap<>(RegistryTable.class);
        try {
            RegistryTable streamed = RegistryTable.STREAMED;
            progress.phase("generating families and copying " + streamed.table);
            CopyIn in = copy.copyIn(copySql(streamed, truncated.get(streamed)));
            long[] counts = new long[RegistryTable.values().length];
            long[] persons = {0};
            try {
                in.writeToCopy(HEADER, 0, HEADER.length);
                new ChunkPipeline(plan, options.threads()).recycling().run(chunk -> {
                    if (options.invalidRowIn() != null && chunk.chunk == plan.chunks().size() / 2) {
                        chunk.of(options.invalidRowIn()).append(InvalidRow.of(options.invalidRowIn()));
                    }
                    for (RegistryTable t : RegistryTable.values()) {
                        RowBuffer b = chunk.of(t);
                        counts[t.ordinal()] += b.rows();
                        if (b.length() == 0) {
                            continue;
                        }
                        if (t == streamed) {
                            in.writeToCopy(b.bytes(), 0, b.length());
                        } else {
                            spill(spills, spillDir, t).write(ByteBuffer.wrap(b.bytes(), 0, b.length()));
                        }
                    }
                    persons[0] += chunk.of(RegistryTable.PERSON).rows();
                    progress.chunk(chunk.families, chunk.of(streamed).rows());
                });
                in.writeToCopy(TRAILER, 0, TRAILER.length);
                rows.put(streamed, in.endCopy());
            } catch (Exception e) {
                if (in.isActive()) {
                    try {
                        in.cancelCopy();
                    } catch (SQLException ignored) {
                        // the transaction is rolled back by the caller anyway
                    }
                }
                if (e instanceof SQLException sql) {
                    throw sql;
                }
                if (e instanceof IOException io) {
                    throw io;
                }
                if (e instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e);
            }
            progress.phase("indexing " + streamed.table);
            indexes.get(streamed).create(c);
            for (RegistryTable t : RegistryTable.values()) {
                if (t == streamed) {
                    continue;
                }
                progress.phase("copying " + t.table);
                FileChannel spill = spills.get(t);
                rows.put(t, spill == null ? 0 : copyFromSpill(copy, t, truncated.get(t), spill, progress));
                if (indexes.get(t).size() > 0) {
                    progress.phase("indexing " + t.table);
                    indexes.get(t).create(c);
                }
            }
            for (RegistryTable t : RegistryTable.values()) {
                if (rows.get(t) != counts[t.ordinal()]) {
                    throw new IllegalStateException(t.table + ": " + rows.get(t) + " rows copied, "
                            + counts[t.ordinal()] + " generated");
                }
            }
            progress.phase("analysing");
            try (Statement s = c.createStatement()) {
                for (RegistryTable t : RegistryTable.values()) {
                    s.execute("analyze " + t.table);
                }
                s.execute("analyze district");
                s.execute("analyze synthetic_regional_figure");
            }
            Map<String, Long> byTable = new LinkedHashMap<>();
            for (RegistryTable t : RegistryTable.values()) {
                byTable.put(t.table, rows.get(t));
            }
            byTable.put("district", (long) districts);
            byTable.put("synthetic_regional_figure", (long) figureRows);
            return new Result(byTable, persons[0], plan.families(), figureRows, districts);
        } finally {
            for (FileChannel ch : spills.values()) {
                ch.close();
            }
            deleteTree(spillDir);
        }
    }

    private static String copySql(RegistryTable t, boolean frozen) {
        return "copy " + t.table + " (" + t.columns + ") from stdin with (format binary" + (frozen ? ", freeze" : "") + ")";
    }

    private static FileChannel spill(Map<RegistryTable, FileChannel> spills, Path dir, RegistryTable t) {
        return spills.computeIfAbsent(t, table -> {
            try {
                return FileChannel.open(dir.resolve(table.table + ".copy"), StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the spill file of " + table.table + " in " + dir, e);
            }
        });
    }

    private static long copyFromSpill(CopyManager copy, RegistryTable t, boolean frozen, FileChannel spill,
                                      Progress progress) throws SQLException, IOException {
        CopyIn in = copy.copyIn(copySql(t, frozen));
        try {
            in.writeToCopy(HEADER, 0, HEADER.length);
            ByteBuffer buffer = ByteBuffer.allocate(4 << 20);
            long position = 0;
            long size = spill.size();
            while (position < size) {
                buffer.clear();
                int n = spill.read(buffer, position);
                if (n <= 0) {
                    break;
                }
                position += n;
                in.writeToCopy(buffer.array(), 0, n);
                progress.bytes(n);
            }
            in.writeToCopy(TRAILER, 0, TRAILER.length);
            long rows = in.endCopy();
            progress.copied(rows);
            return rows;
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /** Truncates the target tables no foreign key points to; returns which were truncated (may be frozen). */
    private static Map<RegistryTable, Boolean> truncate(Connection c) throws SQLException {
        Map<RegistryTable, Boolean> truncated = new EnumMap<>(RegistryTable.class);
        List<String> names = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "select exists (select 1 from pg_constraint where contype = 'f' and confrelid = to_regclass(?))")) {
            for (RegistryTable t : RegistryTable.values()) {
                s.setString(1, t.table);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    boolean referenced = rs.getBoolean(1);
                    truncated.put(t, !referenced);
                    if (!referenced) {
                        names.add(t.table);
                    }
                }
            }
        }
        if (!names.isEmpty()) {
            try (Statement s = c.createStatement()) {
                s.execute("truncate " + String.join(", ", names));
            }
        }
        return truncated;
    }

    private static int insertDistricts(Connection c) throws SQLException {
        List<District> all = District.all();
        try (PreparedStatement s = c.prepareStatement("insert into district (id, region_code, name_ru, name_kk, name_en)"
                + " values (?, ?, ?, ?, ?) on conflict (id) do nothing")) {
            for (District d : all) {
                s.setString(1, d.id());
                s.setString(2, d.regionCode());
                s.setString(3, d.nameRu());
                s.setString(4, d.nameKk());
                s.setString(5, d.nameEn());
                s.addBatch();
            }
            s.executeBatch();
        }
        return all.size();
    }

    private static int insertFigures(Connection c, SyntheticRegionalFigures figures) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("delete from synthetic_regional_figure");
        }
        try (PreparedStatement s = c.prepareStatement("insert into synthetic_regional_figure"
                + " (series, region_code, period, value, provenance, generated_by_seed) values (?, ?, ?, ?, 'synthetic', ?)")) {
            for (SyntheticRegionalFigures.Figure f : figures.figures()) {
                s.setString(1, f.series());
                s.setString(2, f.region());
                s.setString(3, f.period());
                s.setLong(4, f.value());
                s.setLong(5, figures.seed());
                s.addBatch();
            }
            s.executeBatch();
        }
        return figures.figures().size();
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless
                }
            });
        } catch (IOException ignored) {
            // the directory may already be gone
        }
    }
}
