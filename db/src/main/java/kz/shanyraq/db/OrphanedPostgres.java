package kz.shanyraq.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;

/**
 * A PostgreSQL left running on a data folder by a process that crashed (SIGKILL, out of memory): the postmaster
 * outlives the Java process that started it and keeps the folder, so a new start would fail. When no live process
 * holds the folder's lock, such a postmaster is an orphan: it is asked to shut down fast (SIGINT, which rolls back
 * open transactions and flushes nothing that was not committed) and the start goes on. A postmaster whose folder is
 * still held by a live process is left alone and the start is refused, naming the folder.
 */
final class OrphanedPostgres {

    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

    private OrphanedPostgres() {
    }

    static void stopIfAny(Path pg) {
        Optional<ProcessHandle> postmaster = runningPostmaster(pg);
        if (postmaster.isEmpty()) {
            return;
        }
        if (heldByLiveProcess(pg)) {
            throw new IllegalStateException("the data folder " + pg.getParent() + " is in use by another running "
                    + "Shanyraq process (PostgreSQL pid " + postmaster.get().pid() + ")");
        }
        ProcessHandle orphan = postmaster.get();
        System.err.println("shanyraq: stopping PostgreSQL (pid " + orphan.pid() + ") left running on " + pg
                + " by a process that ended without stopping it");
        signal(orphan.pid(), "INT");
        if (!waitForExit(orphan, SHUTDOWN_WAIT)) {
            signal(orphan.pid(), "QUIT"); // immediate shutdown: recovery from the WAL at the next start
            if (!waitForExit(orphan, SHUTDOWN_WAIT)) {
                throw new IllegalStateException("PostgreSQL (pid " + orphan.pid() + ") on " + pg
                        + " did not stop; stop it by hand");
            }
        }
    }

    /** The postmaster named in postmaster.pid, if it is alive and is a PostgreSQL on this folder. */
    static Optional<ProcessHandle> runningPostmaster(Path pg) {
        Path pidFile = pg.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        long pid;
        try {
            String first = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
            pid = Long.parseLong(first);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty(); // being written or garbage: PostgreSQL itself decides
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (handle.isEmpty()) {
            return Optional.empty(); // stale pid file: PostgreSQL removes it at start
        }
        try {
            String cmdline = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"), StandardCharsets.UTF_8);
            if (!cmdline.contains("postgres") || !cmdline.contains(pg.toString())) {
                return Optional.empty(); // the pid was reused by another program
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return handle;
    }

    /** zonky holds {@code epg-lock} in the data folder while its PostgreSQL runs. */
    private static boolean heldByLiveProcess(Path pg) {
        try (FileChannel channel = FileChannel.open(pg.resolve("epg-lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // this very JVM has the folder open
        } catch (IOException e) {
            throw new UncheckedIOException("could not check the lock of " + pg + ": " + e.getMessage(), e);
        }
    }

    private static void signal(long pid, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping PostgreSQL", e);
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !process.isAlive();
    }
}
