package kz.shanyraq.app.analytics;

import kz.shanyraq.app.security.ShanyraqUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The synthetic country beside Kazakhstan: the dashboard's figures per measure (recipients, money, average; counts
 * and money scaled to the whole country by 1 / the generated scale) next to the ministry's published ones (seeds 000
 * and 001, {@code published-figures.csv}; one line per measure and publication), with the difference in percent. A
 * published average is the release's own, or else its money / its recipients when both are of the same month (said
 * derived). Neither release publishes the social measures by region, so there is no regional line. Small cells stay
 * hidden.
 */
@Service
public class Calibration {

    private final JdbcClient jdbc;
    private final Figures figures;

    Calibration(JdbcClient jdbc, Figures figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    /** One published figure of a measure. */
    record Published(String seed, String measure, Long recipients, String unit, Long money, Long average,
                     String period, String source) {

        /** The release's average, or its money per recipient when both are of one month. */
        Long averageOrDerived() {
            if (average != null) {
                return average;
            }
            return derivedAverage() ? Math.round((double) money / recipients) : null;
        }

        boolean derivedAverage() {
            return average == null && money != null && recipients != null && recipients > 0
                    && period.matches("\\d{4}-\\d{2}");
        }
    }

    /** A measure's synthetic (scaled) and published figures and their differences (null when either is missing). */
    public record Line(String seed, String measure, Value recipients, Long publishedRecipients, String unit,
                       Double recipientsDiff, Value money, Long publishedMoney, Double moneyDiff, Value average,
                       Long publishedAverage, boolean averageDerived, Double averageDiff, String period,
                       String source) {

        /** The published month ({@code 2025-10}), or null. */
        public java.time.YearMonth month() {
            return period.matches("\\d{4}-\\d{2}") ? java.time.YearMonth.parse(period) : null;
        }

        /** The published day ({@code 2025-11-01}: figures on that day), or null. */
        public java.time.LocalDate day() {
            return period.matches("\\d{4}-\\d{2}-\\d{2}") ? java.time.LocalDate.parse(period) : null;
        }

        /** A span of months of one year ({@code 2025-01..10}): its first and last month, or null. */
        public java.time.YearMonth[] months() {
            if (!period.matches("\\d{4}-\\d{2}\\.\\.\\d{2}")) {
                return null;
            }
            java.time.YearMonth from = java.time.YearMonth.parse(period.substring(0, 7));
            return new java.time.YearMonth[]{from, from.withMonth(Integer.parseInt(period.substring(9)))};
        }
    }

    /** The calibration for a month; {@code scale} is the generated country's (1 for a real registry). */
    public record Table(String month, java.time.LocalDate asOf, double scale, List<Line> lines) {
    }

    public Table of(ShanyraqUser user, String month) {
        AnalyticsAccess.require(user);
        Figures.Month m = figures.month(month);
        FigureSet set = figures.of(m, AnalyticsFilter.NONE);
        double scale = jdbc.sql("select scale from synthetic_load").query(Double.class).optional().orElse(1.0);
        List<Line> lines = new ArrayList<>();
        for (Published p : published()) {
            Value r = scaled(set.pick(Figure.RECIPIENTS, p.measure()), scale);
            Value money = scaled(set.pick(Figure.MONEY, p.measure()), scale);
            Value average = set.pick(Figure.AVERAGE_AMOUNT, p.measure());
            Long publishedAverage = p.averageOrDerived();
            lines.add(new Line(p.seed(), p.measure(), r, p.recipients(), p.unit(), diff(r, p.recipients()), money,
                    p.money(), diff(money, p.money()), average, publishedAverage, p.derivedAverage(),
                    diff(average, publishedAverage), p.period(), p.source()));
        }
        return new Table(m.label(), m.asOf(), scale, lines);
    }

    private static Value scaled(Value v, double scale) {
        return v.hidden() || v.value() == null ? v : new Value((double) Math.round(v.value() / scale), false);
    }

    private static Double diff(Value synthetic, Long published) {
        if (published == null || published == 0 || synthetic.hidden() || synthetic.value() == null) {
            return null;
        }
        return Math.round(1000.0 * (synthetic.value() / published - 1)) / 10.0;
    }

    static List<Published> published() {
        try (InputStream in = Calibration.class.getResourceAsStream("published-figures.csv")) {
            List<Published> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",", 8);
                out.add(new Published(f[0], f[1], number(f[2]), f[3], number(f[4]), number(f[5]), f[6],
                        f[7].strip().replaceAll("^\"|\"$", "")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Long number(String s) {
        return s.isBlank() ? null : Long.parseLong(s.strip());
    }
}
