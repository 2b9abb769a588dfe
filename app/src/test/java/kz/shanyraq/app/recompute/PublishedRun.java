package kz.shanyraq.app.recompute;

import kz.shanyraq.recompute.run.NationalRecompute;
import kz.shanyraq.recompute.run.RunReport;

import javax.sql.DataSource;
import java.time.LocalDate;

/**
 * One national recompute of the hand-written demo families, run once for the test classes that need a published
 * run (the server tests share one database).
 */
public final class PublishedRun {

    private static RunReport report;

    private PublishedRun() {
    }

    public static synchronized RunReport of(DataSource dataSource) {
        if (report == null) {
            LocalDate today = LocalDate.now();
            report = NationalRecompute.run(dataSource, today, NationalRecompute.Options.defaults(today).withThreads(1));
        }
        return report;
    }
}
