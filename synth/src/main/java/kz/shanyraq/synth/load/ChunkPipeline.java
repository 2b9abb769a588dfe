package kz.shanyraq.synth.load;

import kz.shanyraq.synth.country.Chunk;
import kz.shanyraq.synth.country.ChunkGenerator;
import kz.shanyraq.synth.country.ChunkPopulation;
import kz.shanyraq.synth.country.CountryPlan;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Generates the chunks of a country on several threads and hands their rows over in chunk order.
 *
 * <p>Each worker takes the next chunk number, generates its families, then waits for the numbering of the chunk
 * before it ({@link RowWriter.IdBase}) — published as soon as that chunk's families exist, before its rows are
 * written — and writes its own rows. At most {@code window} chunks are in flight, which bounds memory. The rows
 * and the ids do not depend on the number of threads.
 */
public final class ChunkPipeline {

    /** Receives the rows of each chunk, in chunk order, on the calling thread. */
    public interface Sink {
        void accept(ChunkRows rows) throws Exception;
    }

    /** Sees each chunk's families with their rows (on a worker thread), e.g. to count them. */
    public interface Observer {
        void seen(ChunkPopulation population, ChunkRows rows);
    }

    private final CountryPlan plan;
    private final int threads;
    private final Observer observer;
    private boolean recycle;

    public ChunkPipeline(CountryPlan plan, int threads) {
        this(plan, threads, null);
    }

    public ChunkPipeline(CountryPlan plan, int threads, Observer observer) {
        this.plan = plan;
        this.threads = Math.max(1, threads);
        this.observer = observer;
    }

    /**
     * Reuses the buffers of a chunk once the sink has returned (the sink must not keep the rows): saves
     * allocating and collecting hundreds of megabytes per second.
     */
    public ChunkPipeline recycling() {
        this.recycle = true;
        return this;
    }

    public void run(Sink sink) throws Exception {
        List<Chunk> chunks = plan.chunks();
        int n = chunks.size();
        ChunkGenerator generator = new ChunkGenerator(plan);
        @SuppressWarnings("unchecked")
        CompletableFuture<RowWriter.IdBase>[] bases = new CompletableFuture[n + 1];
        @SuppressWarnings("unchecked")
        CompletableFuture<ChunkRows>[] results = new CompletableFuture[n];
        for (int i = 0; i <= n; i++) {
            bases[i] = new CompletableFuture<>();
            if (i < n) {
                results[i] = new CompletableFuture<>();
            }
        }
        bases[0].complete(RowWriter.IdBase.ZERO);
        Semaphore window = new Semaphore(threads * 2 + 1);
        java.util.concurrent.ConcurrentLinkedQueue<ChunkRows> free = new java.util.concurrent.ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stopped = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "synth-generator");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int t = 0; t < threads; t++) {
                pool.execute(() -> {
                    while (!stopped.get()) {
                        try {
                            window.acquire();
                        } catch (InterruptedException e) {
                            return;
                        }
                        int i = next.getAndIncrement();
                        if (i >= n) {
                            window.release();
                            return;
                        }
                        try {
                            ChunkPopulation population = generator.generate(chunks.get(i));
                            RowWriter.IdBase base = bases[i].get();
                            bases[i + 1].complete(base.after(population));
                            ChunkRows rows = RowWriter.write(population, base, free.poll());
                            if (observer != null) {
                                observer.seen(population, rows);
                            }
                            results[i].complete(rows);
                        } catch (Throwable e) {
                            bases[i + 1].completeExceptionally(e);
                            results[i].completeExceptionally(e);
                        }
                    }
                });
            }
            for (int i = 0; i < n; i++) {
                ChunkRows rows;
                try {
                    rows = results[i].get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof ExecutionException nested && nested.getCause() != null) {
                        cause = nested.getCause();
                    }
                    if (cause instanceof Exception ex) {
                        throw ex;
                    }
                    throw new IllegalStateException(cause);
                }
                results[i] = null;
                sink.accept(rows);
                if (recycle) {
                    free.offer(rows);
                }
                window.release();
            }
        } finally {
            stopped.set(true);
            pool.shutdownNow();
        }
    }
}
