package kz.shanyraq.app.demo;

import javax.sql.DataSource;

/**
 * Puts a demo population into an empty registry, once. The hand-written one comes first; the synthetic country
 * generator takes its place when it is part of the build.
 */
public interface DemoPopulation {

    /** Loads the population unless the registry already holds families; all or nothing. */
    void ensureLoaded(DataSource ds);
}
