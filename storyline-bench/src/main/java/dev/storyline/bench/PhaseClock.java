package dev.storyline.bench;

import java.lang.management.ManagementFactory;

/**
 * Wall time and process CPU time of one phase. On a shared machine the wall clock measures the neighbours too;
 * CPU time is what the phase itself cost, so the report gives both.
 */
final class PhaseClock {

    private final long wallStart = System.nanoTime();
    private final long cpuStart = cpuNanos();

    double wallSeconds() {
        return (System.nanoTime() - wallStart) / 1e9;
    }

    double cpuSeconds() {
        return (cpuNanos() - cpuStart) / 1e9;
    }

    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return System.nanoTime();
    }
}
