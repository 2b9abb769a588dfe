package kz.shanyraq.bench.loadtest;

import kz.shanyraq.db.EmbeddedDatabase;
import kz.shanyraq.law.family.Iin;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends life events to a server at a fixed rate and measures what the server did with them.
 *
 * <pre>
 * LoadEvents --jar app/target/shanyraq-app.jar [--rate 2000] [--seconds 30] [--warmup 0] [--scale 0.005]
 *            [--batch 100] [--senders 4] [--workers 2] [--data DIR] [--assess-all]
 * </pre>
 *
 * With {@code --assess-all} the server first assesses every family once ({@code family_assessment}, as in steady
 * operation); without it each family's first event reads and evaluates the family before the event as well.
 *
 * With {@code --warmup S}, S seconds of the same stream are sent first and processed completely before the measured
 * events (the server's code compiled by the JIT, the registry in PostgreSQL's cache); they are not counted.
 *
 * Throughput is counted from {@code life_event.processed_at} (events processed per second while sending); latency is
 * {@code processed_at − received_at} for every event and {@code offer.created_at − received_at} for every offer.
 */
public final class LoadEvents {

    /**
     * The demo profile's password of its demo users (README), the only server this tool signs in to: the one it
     * starts itself on a throw-away data folder. Another password: {@code SHANYRAQ_LOAD_PASSWORD}.
     */
    private static final String DEMO_PASSWORD = "shanyraq-demo";

    private static String authorization(Options o) {
        String password = System.getenv().getOrDefault("SHANYRAQ_LOAD_PASSWORD", DEMO_PASSWORD);
        return "Basic " + Base64.getEncoder().encodeToString((o.user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private LoadEvents() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        Path data = o.data != null ? o.data : Files.createTempDirectory("shanyraq-load-");
        System.out.printf(Locale.ROOT, "load-events: rate %d/s for %d s, batches of %d, %d senders, %d workers, "
                + "synthetic country scale %s, data %s%n", o.rate, o.seconds, o.batch, o.senders, o.workers, o.scale, data);
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0)) {
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(java(), "-Xmx1g"));
            // The server's own JVM options, as ./shanyraq up starts it.
            command.addAll(serverJvmOptions(o.jar));
            // Extra JVM options for the server, e.g. a flight recording: SHANYRAQ_SERVER_OPTS="-XX:StartFlightRecording=…"
            String extra = System.getenv("SHANYRAQ_SERVER_OPTS");
            if (extra != null && !extra.isBlank()) {
                command.addAll(List.of(extra.trim().split("\\s+")));
            }
            command.addAll(List.of("-jar", o.jar.toString(),
                    "--spring.datasource.url=" + db.jdbcUrl(), "--spring.profiles.active=demo",
                    "--shanyraq.demo.scale=" + o.scale, "--server.port=" + port,
                    "--shanyraq.life-events.workers=" + o.workers, "--shanyraq.life-events.age-scan=false",
                    // the demo's АСП case histories would run beside the measured events
                    "--shanyraq.demo.case-histories=false",
                    "--shanyraq.life-events.assess-all=" + o.assessAll));
            Process server = new ProcessBuilder(command)
                    .redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile()).start();
            try {
                awaitHealthy(port, server);
                run(o, db.dataSource(), port, () -> Cpu.now(server, db.dataDirectory()));
            } finally {
                server.destroy();
                server.waitFor(30, TimeUnit.SECONDS);
                server.destroyForcibly();
            }
        } finally {
            if (o.data == null) {
                // A throw-away folder of this run: the database and the server log go with it.
                try (var files = Files.walk(data)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private static void run(Options o, DataSource ds, int port, java.util.function.Supplier<Cpu> cpu)
            throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
        if (o.assessAll) {
            awaitBaseline(ds);
        }
        Subjects subjects = Subjects.pick(ds, today, o.rate * o.seconds);
        System.out.printf(Locale.ROOT, "subjects: %d mothers, %d adults, %d running contracts%n",
                subjects.mothers.size(), subjects.adults.size(), subjects.contracts.size());
        long measured = (long) o.rate * o.seconds;
        long warm = (long) o.rate * o.warmup;
        long total = measured + warm;
        List<String> events = new ArrayList<>((int) total);
        Random random = new Random(2026);
        Set<String> newborns = new HashSet<>();
        int serial = 0;
        String run = Long.toString(System.currentTimeMillis(), 36);
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        for (long i = 0; i < total; i++) {
            // One stream for warm-up and measurement, so that newborns' IINs and ended contracts never repeat.
            String sid = (i < warm ? "warm-" : "load-") + run + "-" + i;
            int kind = random.nextInt(100);
            if (kind < 40 && !subjects.mothers.isEmpty()) {
                // About 9 000 IINs per sex and birth date: newborns of a long run (or of earlier runs on the same
                // data folder) are born on the days before, as far back as needed.
                String child;
                LocalDate born;
                do {
                    born = today.minusDays(serial / 18_000);
                    child = iin(born, serial % 2 == 0 ? 'M' : 'F', (serial % 18_000) / 2);
                    serial++;
                } while (subjects.existing.contains(child) || !newborns.add(child));
                events.add(event(sid, "birth-registered", born, child, "\"sex\":\"" + ((child.charAt(6) - '0') % 2 == 1
                        ? "M" : "F") + "\",\"motherIin\":\"" + subjects.mothers.get(random.nextInt(subjects.mothers.size())) + "\""));
            } else if (kind < 65) {
                events.add(event(sid, "income-changed", today, pick(subjects.adults, random), "\"month\":\""
                        + lastMonth + "\",\"type\":\"wage\",\"source\":\"tax\",\"amount\":" + (80_000 + random.nextInt(400_000))));
            } else if (kind < 80) {
                events.add(event(sid, "contributions-reported", today, pick(subjects.adults, random), "\"month\":\""
                        + lastMonth + "\",\"income\":" + (80_000 + random.nextInt(400_000))));
            } else if (kind < 90) {
                events.add(event(sid, "disability-established", today.minusDays(random.nextInt(30)),
                        pick(subjects.adults, random), "\"group\":" + (2 + random.nextInt(2)) + ",\"cause\":\"general-illness\""));
            } else if (!subjects.contracts.isEmpty()) {
                String[] c = subjects.contracts.remove(subjects.contracts.size() - 1);
                events.add(event(sid, "employment-terminated", today.minusDays(random.nextInt(10)), c[0],
                        "\"employerBin\":\"" + c[1] + "\",\"reason\":\"staff reduction\""));
            } else {
                events.add(event(sid, "income-changed", today, pick(subjects.adults, random), "\"month\":\""
                        + lastMonth + "\",\"type\":\"other\",\"source\":\"load\",\"amount\":1000"));
            }
        }

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        if (warm > 0) {
            send(events.subList(0, (int) warm), o, port, http, "warm-" + run, "warm-up");
            awaitDrained(ds);
        }
        boolean statements = System.getenv("SHANYRAQ_PG_STATEMENTS") != null && resetStatements(ds);
        Cpu start = cpu.get();
        send(events.subList((int) warm, (int) total), o, port, http, "load-" + run, "sent");
        awaitDrained(ds);
        Cpu end = cpu.get();
        report(ds, run);
        System.out.printf(Locale.ROOT, "CPU per measured event: server %.3f ms, PostgreSQL %.3f ms, generator %.3f ms "
                        + "(load average now %.1f)%n", (end.server - start.server) / 1e6 / measured,
                (end.database - start.database) / 1e6 / measured, (end.generator - start.generator) / 1e6 / measured,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (statements) {
            printStatements(ds, measured);
        }
    }

    /**
     * With {@code SHANYRAQ_PG_STATEMENTS} set (PostgreSQL then loads {@code pg_stat_statements}): forgets the
     * statements of the load and the warm-up, so that the report covers the measured events only.
     */
    private static boolean resetStatements(DataSource ds) {
        try (var c = ds.getConnection(); var st = c.createStatement()) {
            st.execute("create extension if not exists pg_stat_statements");
            st.execute("select pg_stat_statements_reset()");
            return true;
        } catch (java.sql.SQLException e) {
            System.out.println("pg_stat_statements not available: " + e.getMessage());
            return false;
        }
    }

    /** The statements that took most of PostgreSQL's time during the measured events, with their share. */
    private static void printStatements(DataSource ds, long measured) throws java.sql.SQLException {
        try (var c = ds.getConnection(); var st = c.createStatement(); var rs = st.executeQuery("""
                select total_exec_time, 100 * total_exec_time / sum(total_exec_time) over (), calls, rows,
                       regexp_replace(left(query, 160), '\\s+', ' ', 'g')
                  from pg_stat_statements order by total_exec_time desc limit 25""")) {
            System.out.println("PostgreSQL statements during the measured events (execution time, share, µs per "
                    + "event, calls, rows):");
            while (rs.next()) {
                System.out.printf(Locale.ROOT, "  %8.0f ms %5.1f %% %7.1f µs %7d %8d  %s%n", rs.getDouble(1),
                        rs.getDouble(2), rs.getDouble(1) * 1000 / measured, rs.getLong(3), rs.getLong(4),
                        rs.getString(5));
            }
        }
    }

    /**
     * With {@code --assess-all}: waits until the server's baseline has assessed the registry's families (the count of
     * assessments stops growing), as in steady operation, where every family was assessed before its next event.
     */
    private static void awaitBaseline(DataSource ds) throws Exception {
        long started = System.nanoTime();
        long last = -1;
        int still = 0;
        while (still < 6 && System.nanoTime() - started < TimeUnit.MINUTES.toNanos(15)) {
            Thread.sleep(500);
            long n = scalar(ds, "select count(*) from family_assessment");
            still = n > 0 && n == last ? still + 1 : 0;
            last = n;
        }
        System.out.printf(Locale.ROOT, "baseline: %d families assessed in %.1f s%n", last,
                (System.nanoTime() - started) / 1e9);
    }

    private static void awaitDrained(DataSource ds) throws Exception {
        long drainDeadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
        while (System.nanoTime() < drainDeadline && scalar(ds, "select count(*) from life_event_work") > 0) {
            Thread.sleep(500);
        }
    }

    /** Sends the events open-loop at the rate, in batches; prints what was acknowledged. */
    private static void send(List<String> events, Options o, int port, HttpClient http, String batchPrefix,
                             String what) throws Exception {
        long total = events.size();
        ExecutorService senders = Executors.newFixedThreadPool(o.senders);
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long batches = (total + o.batch - 1) / o.batch;
        long start = System.nanoTime();
        double nanosPerBatch = 1e9 * o.batch / o.rate;
        for (long b = 0; b < batches; b++) {
            // Open loop: batch b leaves at start + b × interval, whatever the server's answers take.
            long due = start + (long) (b * nanosPerBatch);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            List<String> batch = events.subList((int) (b * o.batch), (int) Math.min(total, (b + 1) * o.batch));
            String body = "[" + String.join(",", batch) + "]";
            String batchId = batchPrefix + "-" + b;
            senders.submit(() -> {
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                    + "/api/life-events/batches?batchId=" + batchId)).header("Authorization", authorization(o))
                            .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 202) {
                        acknowledged.addAndGet(batch.size());
                    } else {
                        failed.addAndGet(batch.size());
                        System.err.println("batch " + batchId + ": " + r.statusCode() + " " + r.body());
                    }
                } catch (Exception e) {
                    failed.addAndGet(batch.size());
                    System.err.println("batch " + batchId + ": " + e);
                }
            });
        }
        senders.shutdown();
        senders.awaitTermination(10, TimeUnit.MINUTES);
        double sendSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%s %d events in %.1f s (%.0f/s offered), acknowledged %d, failed %d%n",
                what, total, sendSeconds, total / sendSeconds, acknowledged.get(), failed.get());
    }

    private static void report(DataSource ds, String run) throws SQLException {
        String like = "load-" + run + "-%";
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("""
                with e as (select received_at, processed_at, status from life_event where source_id like ?),
                     w as (select min(received_at) t0, max(received_at) t1, max(processed_at) t2 from e)
                select (select count(*) from e), (select count(*) from e where status = 'processed'),
                       (select count(*) from e where status = 'failed'),
                       extract(epoch from (select t1 - t0 from w)), extract(epoch from (select t2 - t0 from w)),
                       (select count(*) from e, w where processed_at <= t1),
                       (select percentile_cont(array[0.5, 0.99]) within group (order by extract(epoch from processed_at - received_at)) from e),
                       (select percentile_cont(array[0.5, 0.99]) within group (order by extract(epoch from o.created_at - l.received_at))
                          from offer o join life_event l on l.id = o.event_id where l.source_id like ?),
                       (select count(*) from offer o join life_event l on l.id = o.event_id where l.source_id like ?),
                       (select count(*) from support_case k join life_event l on l.id = k.event_id where l.source_id like ?)""")) {
            s.setString(1, like);
            s.setString(2, like);
            s.setString(3, like);
            s.setString(4, like);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                long events = r.getLong(1);
                double window = r.getDouble(4);
                double drained = r.getDouble(5);
                Double[] p = (Double[]) r.getArray(7).getArray();
                Double[] q = r.getArray(8) == null ? new Double[] {null, null} : (Double[]) r.getArray(8).getArray();
                System.out.printf(Locale.ROOT, "events received %d, processed %d, failed %d%n", events, r.getLong(2),
                        r.getLong(3));
                System.out.printf(Locale.ROOT, "intake: %.0f events/s over %.1f s; processing: all done %.1f s after the "
                        + "first event → %.0f events/s sustained; processed while sending: %d%n",
                        events / Math.max(window, 0.001), window, drained, events / Math.max(drained, 0.001), r.getLong(6));
                System.out.printf(Locale.ROOT, "event→processed latency: p50 %.3f s, p99 %.3f s%n", p[0], p[1]);
                System.out.printf(Locale.ROOT, "event→offer latency (%d offers): p50 %s s, p99 %s s; cases opened %d%n",
                        r.getLong(9), q[0] == null ? "-" : String.format(Locale.ROOT, "%.3f", q[0]),
                        q[1] == null ? "-" : String.format(Locale.ROOT, "%.3f", q[1]), r.getLong(10));
            }
        }
    }

    private static String event(String sid, String kind, LocalDate on, String iin, String data) {
        return "{\"sourceSystem\":\"load\",\"sourceId\":\"" + sid + "\",\"kind\":\"" + kind + "\",\"effectiveOn\":\""
                + on + "\",\"iin\":\"" + iin + "\",\"data\":{" + data + "}}";
    }

    private static String pick(List<String> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    static String iin(LocalDate birth, char sex, int serial) {
        int century = (birth.getYear() >= 2000 ? 5 : 3) + (sex == 'F' ? 1 : 0);
        for (int s = serial; ; s++) {
            String first = String.format(Locale.ROOT, "%02d%02d%02d%d%04d", birth.getYear() % 100,
                    birth.getMonthValue(), birth.getDayOfMonth(), century, s % 10000);
            int check = Iin.checkDigit(first);
            if (check < 10) {
                return first + check;
            }
        }
    }

    /** Who the events are about: real persons of the loaded registry. */
    private record Subjects(List<String> mothers, List<String> adults, List<String[]> contracts, Set<String> existing) {

        static Subjects pick(DataSource ds, LocalDate today, long events) throws SQLException {
            List<String> mothers = new ArrayList<>();
            List<String> adults = new ArrayList<>();
            List<String[]> contracts = new ArrayList<>();
            Set<String> existing = new HashSet<>();
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                String living = " p.death_date is null and exists (select 1 from family_member m where m.person_id = p.id "
                        + "and m.valid_to is null) ";
                try (ResultSet r = s.executeQuery("select p.iin from person p where p.sex = 'F' and p.birth_date between '"
                        + today.minusYears(40) + "' and '" + today.minusYears(20) + "' and" + living + "order by p.id")) {
                    while (r.next()) {
                        mothers.add(r.getString(1));
                    }
                }
                try (ResultSet r = s.executeQuery("select p.iin from person p where p.birth_date between '"
                        + today.minusYears(62) + "' and '" + today.minusYears(18) + "' and" + living + "order by p.id")) {
                    while (r.next()) {
                        adults.add(r.getString(1));
                    }
                }
                try (ResultSet r = s.executeQuery("select p.iin, c.employer_bin from employment_contract c join person p "
                        + "on p.id = c.person_id where c.ended_on is null and" + living + "order by c.id limit " + events)) {
                    while (r.next()) {
                        contracts.add(new String[] {r.getString(1), r.getString(2)});
                    }
                }
                try (ResultSet r = s.executeQuery("select iin from person where birth_date > '" + today.minusDays(60) + "'")) {
                    while (r.next()) {
                        existing.add(r.getString(1));
                    }
                }
            }
            return new Subjects(mothers, adults, contracts, existing);
        }
    }

    /**
     * CPU time used so far (nanoseconds) by the server, by PostgreSQL (the postmaster and its backends alive now: the
     * server's pooled connections live through a run) and by this generator; a machine shared with other work makes
     * rates vary, CPU per event much less.
     */
    private record Cpu(long server, long database, long generator) {

        static Cpu now(Process server, Path pgData) {
            String dir = pgData.toString();
            List<ProcessHandle> postmasters = ProcessHandle.allProcesses()
                    .filter(p -> p.info().commandLine().map(c -> c.contains(dir) && c.contains("postgres")).orElse(false))
                    .toList();
            // Processes alive now, and those that ended since PostgreSQL started (autovacuum workers, short
            // connections): the postmaster has reaped them, so their CPU is in its children's time. Without the
            // latter a worker alive at the first reading and gone at the second counted negatively.
            long database = postmasters.stream()
                    .flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p), p.descendants()))
                    .distinct().mapToLong(Cpu::nanos).sum()
                    + postmasters.stream().mapToLong(Cpu::reapedChildrenNanos).sum();
            return new Cpu(nanos(server.toHandle()), database, nanos(ProcessHandle.current()));
        }

        /** CPU of the process's ended, reaped children ({@code cutime + cstime} of /proc/PID/stat, 100 ticks/s). */
        private static long reapedChildrenNanos(ProcessHandle p) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // After the command: state is field 3, so cutime (16) and cstime (17) are at 13 and 14.
                return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * 10_000_000L;
            } catch (IOException | RuntimeException notLinux) {
                return 0;
            }
        }

        private static long nanos(ProcessHandle p) {
            return p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
        }
    }

    private static long scalar(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The options of {@code shanyraq-server.jvm-options} (in this jar), which {@code ./shanyraq up} uses too. */
    /** The JVM options {@code ./shanyraq up} gives the server, read from the server jar this tool starts. */
    static List<String> serverJvmOptions(Path serverJar) throws IOException {
        try (var jar = new java.util.jar.JarFile(serverJar.toFile())) {
            var entry = jar.getEntry("BOOT-INF/classes/shanyraq-server.jvm-options");
            if (entry == null) {
                throw new IllegalStateException("shanyraq-server.jvm-options is missing from the server jar " + serverJar);
            }
            try (var in = jar.getInputStream(entry)) {
                return jvmOptions(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    /** The options of a JVM options file: one a line, without blank lines and comments. */
    static List<String> jvmOptions(String file) {
        return file.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void awaitHealthy(int port, Process server) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("server exited with " + server.exitValue() + " (see server.log)");
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException starting) {
                // not yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("server not healthy within 10 minutes");
    }

    private static final class Options {
        Path jar;
        Path data;
        int rate = 2000;
        int seconds = 30;
        int warmup = 0;
        int batch = 100;
        int senders = 4;
        int workers = 2;
        String scale = "0.005";
        String user = "operator";
        boolean assessAll;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--jar" -> o.jar = Path.of(value);
                    case "--data" -> o.data = Path.of(value);
                    case "--rate" -> o.rate = Integer.parseInt(value);
                    case "--seconds" -> o.seconds = Integer.parseInt(value);
                    case "--warmup" -> o.warmup = Integer.parseInt(value);
                    case "--batch" -> o.batch = Integer.parseInt(value);
                    case "--senders" -> o.senders = Integer.parseInt(value);
                    case "--workers" -> o.workers = Integer.parseInt(value);
                    case "--scale" -> o.scale = value;
                    case "--user" -> o.user = value;
                    case "--assess-all" -> {
                        o.assessAll = true;
                        i--;
                    }
                    default -> throw new IllegalArgumentException("load-events: unknown option " + args[i]
                            + " (options: --rate N --seconds N --warmup N --batch N --senders N --workers N --scale S --data DIR "
                            + "--user NAME --assess-all)");
                }
                i++;
            }
            if (o.jar == null || !Files.isRegularFile(o.jar)) {
                throw new IllegalArgumentException("load-events: --jar must name the server jar");
            }
            if (o.rate < 1 || o.seconds < 1 || o.warmup < 0 || o.batch < 1 || o.senders < 1 || o.workers < 1) {
                throw new IllegalArgumentException("load-events: rate, seconds, batch, senders, workers must be ≥ 1");
            }
            return o;
        }
    }
}
