package dev.storyline.cli;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs tasks on several threads but hands their results to one consumer in the order they were submitted, so
 * parallel parsing prints the same output as serial parsing. Memory stays bounded twice: at most a few tasks per
 * thread wait in line, and the bytes of inputs in flight stay under a budget (one input is always admitted,
 * however large, so a single big file still gets through).
 *
 * @param <T> what a task produces
 */
final class OrderedPipeline<T> {

    /** What the producer uses to feed the pipeline. */
    interface Feed<T> {
        /** Queues {@code task}, whose input holds {@code bytes}; blocks while too much is in flight. */
        void submit(long bytes, Callable<T> task) throws InterruptedException;

        /** Queues a result that needs no work (e.g. an error found while listing files). */
        void emit(T ready) throws InterruptedException;
    }

    private record Slot<T>(Future<T> result, long bytes, boolean end) {
    }

    private final int threads;
    private final long byteBudget;
    private long bytesInFlight;

    OrderedPipeline(int threads, long byteBudget) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.byteBudget = byteBudget;
    }

    /**
     * Runs {@code producer} on its own thread and delivers every result to {@code consumer} on the calling thread,
     * in submission order. Returns when the producer is done and every result has been consumed.
     */
    void run(Consumer<Feed<T>> producer, Consumer<T> consumer) throws InterruptedException {
        BlockingQueue<Slot<T>> line = new ArrayBlockingQueue<>(threads * 4);
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> daemon(r, "storyline-worker"));
        Feed<T> feed = new Feed<>() {
            @Override
            public void submit(long bytes, Callable<T> task) throws InterruptedException {
                acquire(bytes);
                line.put(new Slot<>(workers.submit(task), bytes, false));
            }

            @Override
            public void emit(T ready) throws InterruptedException {
                line.put(new Slot<>(CompletableFuture.completedFuture(ready), 0, false));
            }
        };
        Throwable[] producerFailure = new Throwable[1];
        Thread feeder = daemon(() -> {
            try {
                producer.accept(feed);
            } catch (RuntimeException | Error e) {
                producerFailure[0] = e;
            } finally {
                try {
                    line.put(new Slot<>(null, 0, true));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "storyline-reader");
        feeder.start();
        try {
            while (true) {
                Slot<T> s = line.take();
                if (s.end()) {
                    break;
                }
                T result;
                try {
                    result = s.result().get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a pipeline task failed: " + e.getCause(), e.getCause());
                } finally {
                    release(s.bytes());
                }
                consumer.accept(result);
            }
            // the end marker is queued after the failure is recorded, so this read sees it
            if (producerFailure[0] != null) {
                throw new IllegalStateException("reading the inputs failed: " + producerFailure[0], producerFailure[0]);
            }
        } finally {
            feeder.interrupt();
            workers.shutdownNow();
        }
    }

    private synchronized void acquire(long bytes) throws InterruptedException {
        while (bytesInFlight > 0 && bytesInFlight + bytes > byteBudget) {
            wait();
        }
        bytesInFlight += bytes;
    }

    private synchronized void release(long bytes) {
        bytesInFlight -= bytes;
        notifyAll();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
