package kz.shanyraq.synth.load;

import kz.shanyraq.db.SourceCoverageTable;
import kz.shanyraq.law.coverage.RegistrySource;
import kz.shanyraq.synth.country.CountryPlan;
import kz.shanyraq.synth.country.District;
import kz.shanyraq.synth.country.SyntheticCalendar;
import kz.shanyraq.synth.figures.SyntheticRegionalFigures;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import java.sql.Connection;
import java.time.YearMonth;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a generated country into the registry inside the caller's transaction, by PostgreSQL's bulk path.
 *
 * <p>The procedure (docs/synthetic-country.md, "Loading"):
 * <ol>
 *   <li>districts and the synthetic regional figures are inserted;</li>
 *   <li>every target table is truncated (it is empty: the caller has checked) — in the same transaction this gives
 *   the table a new file, so COPY may write the rows already frozen ({@code FREEZE}) and, with
 *   {@code wal_level=minimal} (the embedded database), PostgreSQL writes no WAL for them but syncs the files at
 *   commit; a table another table's foreign key points to is not truncated and is copied without FREEZE;</li>
 *   <li>the tables' indexes and primary/unique keys are dropped (their definitions kept);</li>
 *   <li>the generator threads produce the chunks; their rows are gathered per table and each table's rows are
 *   sent by binary COPY in slices of about {@value #SLICE_BYTES} bytes, so PostgreSQL copies while the threads
 *   go on generating (one connection does one COPY at a time);</li>
 *   <li>the indexes and keys are created again (the rows arrive in key order, so the sorts find them sorted),
 *   then every table is analysed.</li>
 * </ol>
 * Nothing is committed here: a failure anywhere leaves the registry as it was (the caller rolls back).
 */
public final class BulkLoader {

    static final int SLICE_BYTES = 16 << 20;
    static final long[] COPY_NANOS = new long[RegistryTable.values().length];
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

    public Result load(Connection c, CountryPlan plan, SyntheticRegionalFigures figures) throws SQLException {
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
        RegistryTable[] tables = RegistryTable.values();
        RowBuffer[] gathered = new RowBuffer[tables.length];
        long[] generated = new long[tables.length];
        long[] copied = new long[tables.length];
        long[] persons = {0};
        for (RegistryTable t : tables) {
            gathered[t.ordinal()] = new RowBuffer(1 << 20);
        }
        progress.phase("generating families and copying");
        try {
            new ChunkPipeline(plan, options.threads()).recycling().run(chunk -> {
                if (options.invalidRowIn() != null && chunk.chunk == plan.chunks().size() / 2) {
                    chunk.of(options.invalidRowIn()).append(InvalidRow.of(options.invalidRowIn()));
                }
                for (RegistryTable t : tables) {
                    RowBuffer rows = chunk.of(t);
                    generated[t.ordinal()] += rows.rows();
                    RowBuffer slice = gathered[t.ordinal()];
                    slice.append(rows);
                    if (slice.length() >= SLICE_BYTES) {
                        copied[t.ordinal()] += copySlice(copy, t, truncated.get(t), slice, progress);
                    }
                }
                persons[0] += chunk.of(RegistryTable.PERSON).rows();
                progress.chunk(chunk.families);
            });
            for (RegistryTable t : tables) {
                if (gathered[t.ordinal()].rows() > 0) {
                    copied[t.ordinal()] += copySlice(copy, t, truncated.get(t), gathered[t.ordinal()], progress);
                }
            }
        } catch (SQLException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        for (RegistryTable t : tables) {
            if (copied[t.ordinal()] != generated[t.ordinal()]) {
                throw new IllegalStateException(t.table + ": " + copied[t.ordinal()] + " rows copied, "
                        + generated[t.ordinal()] + " generated");
            }
            if (indexes.get(t).size() > 0) {
                progress.phase("indexing " + t.table);
                indexes.get(t).create(c);
            }
        }
        if (System.getProperty("synth.timing") != null) {
            for (RegistryTable t : tables) {
                System.err.printf("copy %-26s %7.2f s %,12d rows %6.2f us/row%n", t.table, COPY_NANOS[t.ordinal()] / 1e9,
                        copied[t.ordinal()], COPY_NANOS[t.ordinal()] / 1e3 / Math.max(1, copied[t.ordinal()]));
            }
        }
        progress.phase("analysing");
        try (Statement s = c.createStatement()) {
            for (RegistryTable t : tables) {
                s.execute("analyze " + t.table);
            }
            s.execute("analyze district");
            s.execute("analyze synthetic_regional_figure");
        }
        recordCoverage(c, plan);
        Map<String, Long> byTable = new LinkedHashMap<>();
        for (RegistryTable t : tables) {
            byTable.put(t.table, copied[t.ordinal()]);
        }
        byTable.put("district", (long) districts);
        byTable.put("synthetic_regional_figure", (long) figureRows);
        return new Result(byTable, persons[0], plan.families(), figureRows, districts);
    }

    /**
     * The country replaces the registry's facts, so it replaces their coverage: incomes from the first history
     * month ({@code --history-from}) to the last of {@link SyntheticCalendar#INCOME_MONTHS}, contributions for the
     * months the generated windows span.
     */
    private static void recordCoverage(Connection c, CountryPlan plan) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("delete from source_coverage");
        }
        List<YearMonth> incomes = SyntheticCalendar.INCOME_MONTHS;
        SourceCoverageTable.widen(c, RegistrySource.INCOMES.code(), plan.historyFrom(), incomes.get(incomes.size() - 1));
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select min(month), max(month) from social_contribution")) {
            if (rs.next() && rs.getDate(1) != null) {
                SourceCoverageTable.widen(c, RegistrySource.SOCIAL_CONTRIBUTIONS.code(),
                        YearMonth.from(rs.getDate(1).toLocalDate()), YearMonth.from(rs.getDate(2).toLocalDate()));
            }
        }
    }

    /** One COPY statement for the gathered rows of a table; the buffer is emptied. */
    private static long copySlice(CopyManager copy, RegistryTable t, boolean frozen, RowBuffer slice,
                                  Progress progress) throws SQLException {
        long started = System.nanoTime();
        CopyIn in = copy.copyIn(copySql(t, frozen));
        try {
            in.writeToCopy(HEADER, 0, HEADER.length);
            in.writeToCopy(slice.bytes(), 0, slice.length());
            in.writeToCopy(TRAILER, 0, TRAILER.length);
            long rows = in.endCopy();
            COPY_NANOS[t.ordinal()] += System.nanoTime() - started;
            progress.copied(rows);
            slice.clear();
            return rows;
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private static String copySql(RegistryTable t, boolean frozen) {
        return "copy " + t.table + " (" + t.columns + ") from stdin with (format binary" + (frozen ? ", freeze" : "") + ")";
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

}
