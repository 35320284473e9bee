package dev.storyline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A one-line progress report, redrawn in place on standard error once a second after the first two seconds, for
 * long runs on a terminal. Off when standard error is not a terminal, so logs and pipes get only real messages.
 * Whoever prints other lines to the same stream calls {@link #clear()} first, holding the stream's lock.
 */
final class ProgressLine implements AutoCloseable {

    private final PrintStream err;
    private final ScheduledExecutorService timer;
    private boolean shown;

    private ProgressLine(PrintStream err, Supplier<String> status) {
        this.err = err;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "storyline-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(() -> draw(status.get()), 2, 1, TimeUnit.SECONDS);
    }

    /** A progress line on {@code err} when it is a terminal, else one that prints nothing. */
    static ProgressLine start(PrintStream err, boolean terminal, Supplier<String> status) {
        return terminal ? new ProgressLine(err, status) : new ProgressLine(err);
    }

    private ProgressLine(PrintStream err) {
        this.err = err;
        this.timer = null;
    }

    /**
     * {@code true} when standard error is a terminal. {@link System#console()} alone says no as soon as standard
     * output is redirected ({@code storyline parse dir > out.jsonl}), the very case that wants progress, so on
     * Linux the target of file descriptor 2 decides.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    private void draw(String status) {
        synchronized (err) {
            err.print("\r\u001b[K" + status);
            err.flush();
            shown = true;
        }
    }

    /** Erases the line so another message can be printed; call while holding the lock on the stream. */
    void clear() {
        if (shown) {
            err.print("\r\u001b[K");
            shown = false;
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
            synchronized (err) {
                clear();
                err.flush();
            }
        }
    }
}
