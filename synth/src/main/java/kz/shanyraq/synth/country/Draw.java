package kz.shanyraq.synth.country;

import java.util.SplittableRandom;

/**
 * The random draws of the generator, all from one {@link SplittableRandom} per chunk of families, so that the
 * same seed gives the same country whatever the number of threads.
 */
public final class Draw {

    private final SplittableRandom random;

    public Draw(SplittableRandom random) {
        this.random = random;
    }

    /** A generator for one numbered stream of a seed (chunk, figure table …): independent of the others. */
    public static Draw stream(long seed, long stream) {
        return new Draw(new SplittableRandom(mix(seed) ^ mix(stream * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L)));
    }

    /** SplitMix64 finaliser: spreads nearby seeds (0, 1, 2 …) over the whole 64-bit space. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public boolean chance(double p) {
        return p > 0 && (p >= 1 || random.nextDouble() < p);
    }

    public double uniform() {
        return random.nextDouble();
    }

    public double uniform(double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    /** An integer from {@code from} to {@code to}, both included. */
    public int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    public int below(int bound) {
        return random.nextInt(bound);
    }

    public double normal(double mean, double sd) {
        return mean + sd * random.nextGaussian();
    }

    /** Log-normal with the given median and log-standard deviation. */
    public double logNormal(double median, double sigma) {
        return median * Math.exp(sigma * random.nextGaussian());
    }

    public double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    /** Gamma(shape, scale) by Marsaglia and Tsang (shape ≥ 1), boosted for shape < 1. */
    public double gamma(double shape, double scale) {
        if (shape < 1) {
            return gamma(shape + 1, scale) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3, c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v * scale;
            }
        }
    }

    /** Poisson by inversion (means here are small). */
    public int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        double l = Math.exp(-mean), p = 1;
        int k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }

    /** An index drawn with the given (not necessarily normalised) weights. */
    public int pick(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        // Rounding left u at or just above 0: the last index that can be drawn, never one of weight 0.
        for (int i = weights.length - 1; i > 0; i--) {
            if (weights[i] > 0) {
                return i;
            }
        }
        return 0;
    }

    public <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }
}
