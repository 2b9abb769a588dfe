package kz.shanyraq.app.analytics;

import kz.shanyraq.app.registry.PlaceNames;
import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The monthly report: generated for a chosen month in Russian or Kazakh as PDF and XLSX, kept (one per month,
 * language, format and run), downloadable. Its tables come from {@link Figures}, as the dashboards' do.
 */
@Service
public class Reports {

    private final JdbcClient jdbc;
    private final Figures figures;
    private final PlaceNames places;
    private final MessageSource messages;

    Reports(JdbcClient jdbc, Figures figures, PlaceNames places, MessageSource messages) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.places = places;
        this.messages = messages;
    }

    /** A kept report (without its bytes). */
    public record Stored(long id, LocalDate month, String language, String format, long runId, String sha256,
                         Instant generatedAt, String generatedBy) {
    }

    public List<Stored> list(ShanyraqUser user) {
        AnalyticsAccess.require(user);
        return jdbc.sql("select id, month, language, format, run_id, sha256, generated_at, generated_by"
                + " from analytics_report order by month desc, language, format, id desc").query(this::row).list();
    }

    /** Generates (or finds, when already kept for the month's run) the month's report in both formats. */
    public List<Stored> generate(ShanyraqUser user, String month, String language) {
        AnalyticsAccess.require(user);
        if (!"ru".equals(language) && !"kk".equals(language)) {
            throw AnalyticsRefusedException.invalid("language", "ru or kk, not '" + language + "'");
        }
        Figures.Month m = figures.month(month);
        Locale locale = Locale.forLanguageTag(language);
        byte[][] files = render(m, locale);
        for (int i = 0; i < 2; i++) {
            String format = i == 0 ? "pdf" : "xlsx";
            jdbc.sql("""
                            insert into analytics_report (month, language, format, run_id, content, sha256, generated_by)
                            values (:m, :l, :f, :r, :c, :h, :u) on conflict (month, language, format, run_id) do nothing""")
                    .param("m", m.month()).param("l", language).param("f", format).param("r", m.runId())
                    .param("c", files[i]).param("h", sha256(files[i])).param("u", user.getUsername()).update();
        }
        return jdbc.sql("select id, month, language, format, run_id, sha256, generated_at, generated_by"
                        + " from analytics_report where month = :m and language = :l and run_id = :r order by format")
                .param("m", m.month()).param("l", language).param("r", m.runId()).query(this::row).list();
    }

    /** The PDF and the XLSX of a month in a language (the same bytes every time). */
    byte[][] render(Figures.Month m, Locale locale) {
        FigureSet national = figures.of(m, AnalyticsFilter.NONE);
        Map<String, FigureSet> regions = figures.byTerritory(m, AnalyticsFilter.NONE);
        Map<String, String> names = new LinkedHashMap<>();
        regions.keySet().forEach(code -> names.put(code, code.isEmpty() ? "—" : places.region(code, locale)));
        List<MonthlyReport.Table> tables = MonthlyReport.tables(national, regions, names,
                AnalyticsPages.titles(locale), messages, locale);
        String title = MonthlyReport.title(messages, locale, m.label());
        String intro = messages.getMessage("report.intro", null, locale);
        return new byte[][]{MonthlyReport.pdf(title, intro, tables, m.asOf()),
                MonthlyReport.xlsx(title, intro, tables, m.asOf())};
    }

    public Stored get(ShanyraqUser user, long id) {
        AnalyticsAccess.require(user);
        return jdbc.sql("select id, month, language, format, run_id, sha256, generated_at, generated_by"
                        + " from analytics_report where id = :id").param("id", id).query(this::row).optional()
                .orElseThrow(() -> AnalyticsRefusedException.notFound("no report " + id));
    }

    public byte[] content(ShanyraqUser user, long id) {
        get(user, id);
        return jdbc.sql("select content from analytics_report where id = :id").param("id", id)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    private Stored row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Stored(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
                rs.getLong(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
