package kz.shanyraq.app.analytics;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import kz.shanyraq.app.security.ShanyraqUser;
import kz.shanyraq.law.parameter.ParameterBook;
import kz.shanyraq.law.parameter.ParameterFileException;
import kz.shanyraq.law.parameter.Reform;
import kz.shanyraq.recompute.registry.RegistryLaw;
import kz.shanyraq.recompute.simulate.LawChangeSimulation;
import kz.shanyraq.recompute.simulate.SimulationResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Simulations of a law change: the reform (the law's parameter-file YAML) is checked at once — an invalid one is
 * refused naming file, line and parameter, and nothing is stored — then run in the background on every family of
 * the registry ({@link LawChangeSimulation}: the batch engine the recompute runs, on the same snapshot reading), and
 * stored with its reform. Only aggregates are stored; the example families are anonymised.
 */
@Service
public class Simulations {

    private static final Logger log = LoggerFactory.getLogger(Simulations.class);
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "analytics-simulation");
        t.setDaemon(true);
        return t;
    });

    Simulations(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** A stored simulation; {@code result} is null until it is done. */
    public record Run(long id, String title, LocalDate asOf, String reformYaml, String status, Instant startedAt,
                      Instant finishedAt, Long families, Double seconds, SimulationResult result, String failure,
                      String createdBy) {
    }

    /** The law as the registry applies it (shipped parameters and the registry's regional figures). */
    public ParameterBook law() {
        try (Connection c = dataSource.getConnection()) {
            return RegistryLaw.read(c).book();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks and starts a simulation; returns its id. */
    public long start(ShanyraqUser user, String title, LocalDate asOf, String yaml) {
        AnalyticsAccess.require(user);
        if (asOf == null) {
            throw AnalyticsRefusedException.invalid("asOf", "the date to evaluate the families on is required");
        }
        if (yaml == null || yaml.isBlank()) {
            throw AnalyticsRefusedException.invalid("reform", "the reform (a parameter file) is empty");
        }
        if (yaml.length() > 200_000) {
            throw AnalyticsRefusedException.invalid("reform", "the reform is longer than 200 000 characters");
        }
        try {
            Reform.read("reform.yaml", yaml, law());
        } catch (ParameterFileException e) {
            throw AnalyticsRefusedException.invalid("reform", e.getMessage());
        } catch (RuntimeException e) {
            throw AnalyticsRefusedException.invalid("reform", "not a parameter file: " + e.getMessage());
        }
        String name = title == null || title.isBlank() ? "reform" : title.strip();
        long id = jdbc.sql("""
                        insert into simulation_run (title, as_of, reform_yaml, status, created_by)
                        values (:t, :on, :y, 'running', :u) returning id""")
                .param("t", name.length() > 200 ? name.substring(0, 200) : name).param("on", asOf).param("y", yaml)
                .param("u", user.getUsername()).query(Long.class).single();
        worker.submit(() -> run(id, asOf, yaml));
        return id;
    }

    /** Runs a stored simulation now (in the caller's thread). */
    void run(long id, LocalDate asOf, String yaml) {
        try {
            SimulationResult r = LawChangeSimulation.run(dataSource, asOf, yaml,
                    Math.max(1, Runtime.getRuntime().availableProcessors()), n -> { });
            jdbc.sql("""
                            update simulation_run set status = 'done', finished_at = now(), families = :f,
                                   seconds = :s, result = cast(:r as jsonb) where id = :id""")
                    .param("f", r.families()).param("s", r.seconds()).param("r", JSON.writeValueAsString(r))
                    .param("id", id).update();
        } catch (Exception e) {
            log.warn("simulation {} failed: {}", id, e.getMessage());
            jdbc.sql("update simulation_run set status = 'failed', finished_at = now(), failure = :m where id = :id")
                    .param("m", String.valueOf(e.getMessage())).param("id", id).update();
        }
    }

    public List<Run> list(ShanyraqUser user) {
        AnalyticsAccess.require(user);
        return jdbc.sql("select * from simulation_run order by id desc limit 200").query(this::row).list();
    }

    public Run get(ShanyraqUser user, long id) {
        AnalyticsAccess.require(user);
        return find(id).orElseThrow(() -> AnalyticsRefusedException.notFound("no simulation " + id));
    }

    Optional<Run> find(long id) {
        return jdbc.sql("select * from simulation_run where id = :id").param("id", id).query(this::row).optional();
    }

    private Run row(java.sql.ResultSet rs, int n) throws SQLException {
        String json = rs.getString("result");
        SimulationResult result;
        try {
            result = json == null ? null : JSON.readValue(json, SimulationResult.class);
        } catch (Exception e) {
            throw new IllegalStateException("simulation " + rs.getLong("id") + ": unreadable result", e);
        }
        java.sql.Timestamp fin = rs.getTimestamp("finished_at");
        java.math.BigDecimal sec = rs.getBigDecimal("seconds");
        return new Run(rs.getLong("id"), rs.getString("title"), rs.getObject("as_of", LocalDate.class),
                rs.getString("reform_yaml"), rs.getString("status"), rs.getTimestamp("started_at").toInstant(),
                fin == null ? null : fin.toInstant(), (Long) rs.getObject("families"),
                sec == null ? null : sec.doubleValue(), result, rs.getString("failure"), rs.getString("created_by"));
    }
}
