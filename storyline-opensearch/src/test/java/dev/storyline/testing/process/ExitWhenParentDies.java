package dev.storyline.testing.process;

import java.io.IOException;
import java.io.InputStream;

/**
 * Called first in the main method of a child JVM: the child ends when its parent (the test JVM) ends, however it
 * ends, kill -9 included, so no server outlives the test that started it.
 *
 * <p>The parent holds the write end of the child's standard input and writes nothing to it; the operating system
 * closes it when the parent dies, and the child reads end of file. Java's {@code Process.destroy()} closes it too,
 * right after its SIGTERM: so end of input means "stop", and the child exits through its shutdown hooks either way,
 * halted if they have not finished within {@value #HOOK_GRACE_SECONDS} seconds.
 */
public final class ExitWhenParentDies {

    private ExitWhenParentDies() {}

    static final int HOOK_GRACE_SECONDS = 30;

    /** Starts a daemon thread that ends this JVM when standard input reaches its end. */
    public static void watchStandardInput() {
        Thread watcher = new Thread(() -> {
            InputStream in = System.in;
            try {
                while (in.read() != -1) {
                    // the parent writes nothing; any bytes are ignored
                }
            } catch (IOException e) {
                // a broken pipe means the same as end of input
            }
            System.err.println("standard input closed (the parent stops or is gone): exiting");
            Thread halt = new Thread(() -> {
                try {
                    Thread.sleep(HOOK_GRACE_SECONDS * 1000L);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Runtime.getRuntime().halt(3);
            }, "halt-if-hooks-hang");
            halt.setDaemon(true);
            halt.start();
            System.exit(3); // blocks while a SIGTERM's shutdown is already running; the halt thread bounds both
        }, "exit-when-parent-dies");
        watcher.setDaemon(true);
        watcher.start();
    }
}
