package kz.shanyraq.law.batch;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The first computation of a value a kernel keeps: a day's law, an amount for a combination of keys. Kernels keep such
 * values in arrays read in their loops and call {@link #of} only when the array has none yet.
 *
 * <p>It goes through {@link ConcurrentHashMap#computeIfAbsent} on purpose: that method is larger than HotSpot's C2
 * inlines into a caller, so the law's resolution behind it (parameter lookups, dates, strings: ≈ 1 800 methods) is
 * compiled once on its own instead of into every kernel's loop. Inlined, it made each ГФСС kernel's compilation take
 * ≈ 8 s and the compiler ≈ 21 of the ≈ 90 Java CPU-seconds of a national recompute at scale 1.0 (BENCHMARKS.md).
 * Kept values are immutable; two threads may both compute one, and the map keeps the first.
 */
final class FirstUse<T> {

    private final ConcurrentHashMap<Integer, T> computed = new ConcurrentHashMap<>();
    private final Function<Integer, T> compute;

    FirstUse(IntFunction<T> compute) {
        this.compute = key -> compute.apply(key);
    }

    /** The value of {@code key}, computed on its first use; never null. */
    T of(int key) {
        T t = computed.computeIfAbsent(key, compute);
        if (t == null) {
            throw new IllegalStateException("no value computed for " + key);
        }
        return t;
    }
}
