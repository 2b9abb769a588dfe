package kz.shanyraq.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

import java.util.List;

/**
 * A Spark session as Shanyraq opens it: the master asked for (or the one spark-submit gave, or {@code local[*]}),
 * the driver on the loopback address and the web UI off unless the operator's settings say otherwise.
 */
final class Sessions {

    private Sessions() {
    }

    static SparkSession open(String app, String master, List<String> settings) {
        SparkConf conf = new SparkConf(true); // spark.* system properties, as spark-submit passes them
        conf.setAppName(app);
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        conf.setIfMissing("spark.driver.host", "127.0.0.1");
        conf.setIfMissing("spark.ui.enabled", "false");
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        for (String s : settings) {
            int eq = s.indexOf('=');
            conf.set(s.substring(0, eq), s.substring(eq + 1));
        }
        return SparkSession.builder().config(conf).getOrCreate();
    }
}
