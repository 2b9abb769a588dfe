package kz.shanyraq.app.employment;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import kz.shanyraq.db.EmbeddedDatabase;
import kz.shanyraq.db.RegistrySchema;
import kz.shanyraq.law.labour.Bin;
import kz.shanyraq.law.parameter.ParameterBook;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Top-20 vacancies for a job seeker among N open vacancies (BENCHMARKS.md, "Matching"): the same query the server
 * runs ({@link Matching#rank}), on the embedded PostgreSQL with the durable settings, signed in as the server's
 * least-privilege role. Seeds N synthetic open vacancies once per data folder (tagged {@code benchmark}), then times
 * a warm-up and the measured queries of random job-seeker profiles one after another, and prints p50/p95/p99.
 *
 * <pre>
 * ./shanyraq bench-matching [--vacancies 300000] [--queries 2000] [--warmup 300] [--data DIR] [--seed 17]
 * </pre>
 */
public final class MatchingBenchmark {

    private static final String[] SKILLS = {"опыт", "работы", "сварка", "монтаж", "водительские", "права", "1С",
            "ответственность", "график", "вахта", "образование", "казахский", "русский", "компьютер", "склад", "уход",
            "строительство", "ремонт", "электрика", "кухня", "продажи", "учёт", "теплица", "скот"};

    private MatchingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int vacancies = intArg(args, "--vacancies", 300_000);
        int queries = intArg(args, "--queries", 2_000);
        int warmup = intArg(args, "--warmup", 300);
        long seed = intArg(args, "--seed", 17);
        String dataArg = stringArg(args, "--data", null);
        Path data = dataArg != null ? Path.of(dataArg) : Files.createTempDirectory("shanyraq-matching-");
        System.out.printf(Locale.ROOT, "bench-matching: %,d open vacancies, %,d queries after %,d warm-up, data %s%n",
                vacancies, queries, warmup, data);
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 0)) {
            RegistrySchema.migrate(db.dataSource());
            JdbcClient owner = JdbcClient.create(db.dataSource());
            long have = owner.sql("select count(*) from vacancy where created_by = 'benchmark' and status = 'open'")
                    .query(Long.class).single();
            if (have < vacancies) {
                long t0 = System.nanoTime();
                // A fresh data folder has regions but no districts (the generator or the demo loads them): ten a region.
                owner.sql("""
                        insert into district (id, region_code, name_ru, name_kk, name_en)
                        select r.code || '-' || lpad(n::text, 2, '0'), r.code, 'Район ' || n, n || ' аудан', 'District ' || n
                          from region r, generate_series(1, 10) n
                         where not exists (select 1 from district d where d.region_code = r.code)""").update();
                seed(owner, vacancies - (int) have, (int) have);
                owner.sql("analyze vacancy").update();
                System.out.printf(Locale.ROOT, "seeded %,d vacancies in %.1f s%n", vacancies - have,
                        (System.nanoTime() - t0) / 1e9);
            }
            long open = owner.sql("select count(*) from vacancy where status = 'open'").query(Long.class).single();
            HikariConfig config = new HikariConfig();
            config.setDataSource(db.applicationDataSource());
            config.setMaximumPoolSize(2);
            try (HikariDataSource app = new HikariDataSource(config)) {
                JdbcClient jdbc = JdbcClient.create(app);
                long minimumWage = ParameterBook.standard().on(LocalDate.now()).number("minimum-wage").longValue();
                List<String> occupations = jdbc.sql("select code from occupation order by code").query(String.class).list();
                List<String[]> districts = jdbc.sql("select id, region_code from district order by id")
                        .query((rs, i) -> new String[]{rs.getString(1), rs.getString(2)}).list();
                Random random = new Random(seed);
                if (List.of(args).contains("--explain")) {
                    String[] d = districts.get(0);
                    Matching.explain(jdbc, occupations.get(0), "опыт сварка", d[1], d[0], 200_000, minimumWage)
                            .forEach(System.out::println);
                }
                for (int i = 0; i < warmup; i++) {
                    once(jdbc, random, occupations, districts, minimumWage);
                }
                long[] nanos = new long[queries];
                long results = 0;
                for (int i = 0; i < queries; i++) {
                    long t = System.nanoTime();
                    results += once(jdbc, random, occupations, districts, minimumWage);
                    nanos[i] = System.nanoTime() - t;
                }
                Arrays.sort(nanos);
                System.out.printf(Locale.ROOT, "MATCHING: %,d open vacancies; %,d queries; top-20 mean %.1f results; "
                                + "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", open, queries,
                        results / (double) queries, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99),
                        nanos[queries - 1] / 1e6);
            }
        } finally {
            if (dataArg == null) {
                try (var files = Files.walk(data)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    private static int once(JdbcClient jdbc, Random random, List<String> occupations, List<String[]> districts,
                            long minimumWage) {
        String occupation = occupations.get(random.nextInt(occupations.size()));
        String[] district = districts.get(random.nextInt(districts.size()));
        String skills = SKILLS[random.nextInt(SKILLS.length)] + " " + SKILLS[random.nextInt(SKILLS.length)];
        long lastWage = 80_000 + random.nextInt(400_000);
        return Matching.rank(jdbc, occupation, skills, district[1], district[0], lastWage, minimumWage).size();
    }

    /** Open vacancies spread over every district and occupation, titles and requirements in the exchange's words. */
    static void seed(JdbcClient jdbc, int n, int offset) {
        jdbc.sql("""
                with ds as (select array_agg(id order by id) as a from district),
                     os as (select array_agg(code order by code) as c, array_agg(name_ru order by code) as t from occupation)
                insert into vacancy (employer_bin, employer_name, occupation_code, title, requirements, region_code,
                                     district_id, wage, quota_job, social_job, places, opened_on, created_by)
                select :bin, 'Работодатель № ' || (g % 7000), os.c[1 + (g * 17) % cardinality(os.c)],
                       os.t[1 + (g * 17) % cardinality(os.c)]
                         || (array['', ' 3 разряда', ' 4 разряда', ' 5 разряда', '-стажёр', ' (вахта)', ' старший'])[1 + g % 7],
                       (array['опыт работы от 1 года', 'без опыта', 'среднее специальное образование',
                              'высшее образование', 'водительские права категории B', 'знание 1С',
                              'работа в команде', 'ответственность', 'казахский и русский языки', 'сменный график',
                              'медицинская книжка', 'удостоверение сварщика', 'строительство и ремонт',
                              'уход за пожилыми', 'работа на складе', 'продажи и учёт'])[1 + (g * 7) % 16]
                         || ', ' || (array['сварка', 'монтаж', 'электрика', 'кухня', 'теплица', 'скот', 'компьютер',
                              'график 5/2', 'вахта 15/15', 'обучение на месте', 'соцпакет'])[1 + (g * 13) % 11],
                       left(ds.a[1 + (g * 31) % cardinality(ds.a)], 5), ds.a[1 + (g * 31) % cardinality(ds.a)],
                       85000 + (g * 7919) % 500000, g % 50 = 0, g % 30 = 0, 1, current_date - (g % 90)::int, 'benchmark'
                  from generate_series(cast(:from as bigint), cast(:to as bigint)) g, ds, os""")
                .param("bin", Bin.complete("1503400011")).param("from", offset + 1).param("to", offset + n).update();
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static int intArg(String[] args, String name, int otherwise) {
        String v = stringArg(args, name, null);
        return v == null ? otherwise : Integer.parseInt(v);
    }

    private static String stringArg(String[] args, String name, String otherwise) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return otherwise;
    }
}
