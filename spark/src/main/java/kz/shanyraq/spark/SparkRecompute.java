package kz.shanyraq.spark;

import kz.shanyraq.recompute.cli.RecomputeCommand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The main class of the cluster jar: {@code spark-submit --class kz.shanyraq.spark.SparkRecompute
 * shanyraq-spark-cluster.jar --on YYYY-MM-DD --database JDBC-URL}, the recompute with {@code --engine spark} (the
 * master is spark-submit's unless {@code --master} is given).
 */
public final class SparkRecompute {

    private SparkRecompute() {
    }

    public static void main(String[] args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        if (!all.contains("--engine") && all.stream().noneMatch(a -> a.startsWith("--engine="))) {
            all.add(0, "spark");
            all.add(0, "--engine");
        }
        RecomputeCommand.main(all.toArray(String[]::new));
    }
}
