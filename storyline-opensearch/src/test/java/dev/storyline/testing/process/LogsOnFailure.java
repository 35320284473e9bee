package dev.storyline.testing.process;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Shows the last lines of the child JVMs' logs when a test or its set-up fails: printed to standard error (the
 * build's console) and attached to the failure as a suppressed exception (the test report).
 *
 * <pre>{@code
 * @RegisterExtension
 * static final LogsOnFailure LOGS = new LogsOnFailure(() -> cluster == null ? "" : cluster.logTails(60));
 * }</pre>
 */
public final class LogsOnFailure implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    private final Supplier<String> logs;

    public LogsOnFailure(Supplier<String> logs) {
        this.logs = logs;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw withLogs(context, throwable);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        throw withLogs(context, throwable);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        throw withLogs(context, throwable);
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        throw withLogs(context, throwable);
    }

    private Throwable withLogs(ExtensionContext context, Throwable throwable) {
        String text;
        try {
            text = logs.get();
        } catch (RuntimeException e) {
            text = "(logs unavailable: " + e + ")";
        }
        if (!text.isBlank()) {
            System.err.println("---- child JVM logs after the failure of " + context.getDisplayName() + System.lineSeparator()
                    + text);
            throwable.addSuppressed(new ChildLogs(text));
        }
        return throwable;
    }

    /** The logs, carried by the failure into the test report. */
    static final class ChildLogs extends Exception {
        ChildLogs(String logs) {
            super("child JVM logs at the failure:" + System.lineSeparator() + logs, null, false, false);
        }
    }
}
