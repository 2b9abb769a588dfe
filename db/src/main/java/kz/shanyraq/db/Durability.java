package kz.shanyraq.db;

/**
 * How the embedded PostgreSQL treats a commit. {@link #DURABLE} is the only setting the server and the tools use:
 * a commit is acknowledged once its WAL is flushed to disk ({@code fsync=on}, {@code synchronous_commit=on},
 * {@code full_page_writes=on}), so what the server acknowledged survives a crash of the server and of PostgreSQL
 * together. {@link #UNSAFE_FOR_TESTS} exists only for test suites that start hundreds of throw-away databases; it is
 * chosen by the system property {@value #TEST_PROPERTY}, which only the build's test configuration sets.
 */
public enum Durability {
    DURABLE("on", "on"),
    UNSAFE_FOR_TESTS("off", "off");

    public static final String TEST_PROPERTY = "shanyraq.test.unsafe-database";

    final String fsync;
    final String synchronousCommit;

    Durability(String fsync, String synchronousCommit) {
        this.fsync = fsync;
        this.synchronousCommit = synchronousCommit;
    }

    /** Durable unless a test run asked otherwise. */
    public static Durability fromEnvironment() {
        return Boolean.getBoolean(TEST_PROPERTY) ? UNSAFE_FOR_TESTS : DURABLE;
    }
}
