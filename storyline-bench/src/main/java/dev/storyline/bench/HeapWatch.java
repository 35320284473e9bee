package dev.storyline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * Estimates the heap a run needs: the largest heap in use right after a garbage collection (live data), summed
 * over the heap pools, sampled while the run goes on.
 */
final class HeapWatch implements AutoCloseable {

    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peakAfterGc;
    private volatile long peakUsed;

    HeapWatch() {
        sampler = new Thread(this::sample, "storyline-bench-heap");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (running) {
            long afterGc = 0;
            long used = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() != MemoryType.HEAP) {
                    continue;
                }
                MemoryUsage collected = pool.getCollectionUsage();
                if (collected != null) {
                    afterGc += collected.getUsed();
                }
                used += pool.getUsage().getUsed();
            }
            peakAfterGc = Math.max(peakAfterGc, afterGc);
            peakUsed = Math.max(peakUsed, used);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The largest live heap seen after a collection, in bytes. */
    long peakLiveBytes() {
        return peakAfterGc;
    }

    /** The largest heap in use seen (garbage included), in bytes. */
    long peakUsedBytes() {
        return peakUsed;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
