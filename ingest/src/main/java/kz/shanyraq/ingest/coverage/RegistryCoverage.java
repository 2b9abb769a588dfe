package kz.shanyraq.ingest.coverage;

import kz.shanyraq.db.SourceCoverageTable;
import kz.shanyraq.law.coverage.Coverage;
import kz.shanyraq.law.coverage.MonthSpan;
import kz.shanyraq.law.coverage.RegistrySource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The registry's coverage as the law reads it: {@code source_coverage} turned into a {@link Coverage}. Every
 * evaluation path that reads families from the registry (family card, life events, national recompute) takes its
 * coverage from here, and every writer of monthly facts widens it through {@link #widen}.
 */
public final class RegistryCoverage {

    private RegistryCoverage() {
    }

    public static Coverage read(Connection c) throws SQLException {
        Map<RegistrySource, MonthSpan> spans = new EnumMap<>(RegistrySource.class);
        for (Map.Entry<String, SourceCoverageTable.Span> e : SourceCoverageTable.read(c).entrySet()) {
            RegistrySource.byCode(e.getKey()).ifPresent(s -> spans.put(s,
                    new MonthSpan(e.getValue().first(), e.getValue().last())));
        }
        return Coverage.of(spans);
    }

    public static Coverage read(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return read(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the registry's coverage: " + e.getMessage(), e);
        }
    }

    /** Records that the source now holds these months (their span from first to last); none: nothing to record. */
    public static void widen(Connection c, RegistrySource source, Collection<YearMonth> months) throws SQLException {
        Optional<YearMonth> first = months.stream().min(YearMonth::compareTo);
        Optional<YearMonth> last = months.stream().max(YearMonth::compareTo);
        if (first.isPresent()) {
            SourceCoverageTable.widen(c, source.code(), first.get(), last.get());
        }
    }
}
