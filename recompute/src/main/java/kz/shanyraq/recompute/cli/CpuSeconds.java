package kz.shanyraq.recompute.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU seconds spent so far by this JVM and by an embedded PostgreSQL (its postmaster, its live backends, and the
 * backends that ended), from Linux's /proc: a measure of a run's work that does not depend on how many other
 * processes share the cores, printed beside the wall-clock time. Zero where /proc cannot tell.
 */
final class CpuSeconds {

    private static final double TICKS_PER_SECOND = 100.0;  // USER_HZ on Linux

    private CpuSeconds() {
    }

    static double java() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1e9;
        }
        return 0;
    }

    /** @param dataFolder the embedded registry's folder (its pg/postmaster.pid), or null */
    static double postgres(Path dataFolder) {
        if (dataFolder == null) {
            return 0;
        }
        try {
            String pid = Files.readAllLines(dataFolder.resolve("pg").resolve("postmaster.pid")).get(0).trim();
            String[] own = stat(Path.of("/proc", pid, "stat"));
            long ticks = Long.parseLong(own[13]) + Long.parseLong(own[14]) + Long.parseLong(own[15]) + Long.parseLong(own[16]);
            try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("[0-9]+"))) {
                for (Path p : procs) {
                    try {
                        String[] f = stat(p.resolve("stat"));
                        if (f[3].equals(pid)) {
                            ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
                        }
                    } catch (IOException | RuntimeException gone) {
                        // the process ended meanwhile
                    }
                }
            }
            return ticks / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The fields of /proc/PID/stat after the command name (field 3 onwards), numbered from 0 as in proc(5) − 1. */
    private static String[] stat(Path file) throws IOException {
        String s = Files.readString(file);
        String rest = s.substring(s.lastIndexOf(')') + 2);
        String[] tail = rest.split(" ");
        String[] out = new String[tail.length + 2];
        out[0] = s.substring(0, s.indexOf(' '));
        out[1] = "comm";
        System.arraycopy(tail, 0, out, 2, tail.length);
        return out;
    }
}
