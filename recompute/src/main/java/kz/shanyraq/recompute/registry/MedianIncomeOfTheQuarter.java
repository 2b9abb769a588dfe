package kz.shanyraq.recompute.registry;

import kz.shanyraq.ingest.regional.Quarter;
import kz.shanyraq.ingest.regional.RegionalMedianIncome;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The regional median per-capita income the 2025 poverty line of a day reads (that of the quarter before the day's
 * quarter), computed from the registry when the registry holds neither an official nor a computed figure for it.
 *
 * <p>It is computed only when the registry holds incomes of that quarter: a median over families without income
 * data would be 0 and would silently lower the poverty line to 70 % of the ПМ. Official figures always win (they
 * are never touched); a computed figure already published is kept, so reruns see the same law.
 */
public final class MedianIncomeOfTheQuarter {

    /** The first day the poverty line reads the median (Social Code; parameter asp.poverty-line.rule). */
    static final LocalDate MEDIAN_RULE_FROM = LocalDate.of(2025, 1, 1);

    private MedianIncomeOfTheQuarter() {
    }

    /**
     * @return the quarter computed now, or empty when nothing had to be (or could be) computed
     */
    public static Optional<Quarter> ensure(DataSource dataSource, LocalDate on) throws SQLException {
        if (on.isBefore(MEDIAN_RULE_FROM)) {
            return Optional.empty();
        }
        Quarter quarter = Quarter.of(on).previous();
        try (Connection c = dataSource.getConnection()) {
            if (exists(c, """
                    select 1 from regional_figure where series = 'median-per-capita-income' and period = ?
                       and provenance in ('official', 'computed') limit 1""", quarter.toString())
                    || !exists(c, "select 1 from income where month between ?::date and ?::date limit 1",
                    quarter.firstDay().toString(), quarter.lastDay().withDayOfMonth(1).toString())) {
                return Optional.empty();
            }
        }
        new RegionalMedianIncome(dataSource).compute(quarter);
        return Optional.of(quarter);
    }

    private static boolean exists(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setString(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }
}
