package dev.storyline.testing.opensearch;

import dev.storyline.testing.process.LogsOnFailure;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * One three-node {@link OpenSearchCluster} for every test class of a test run that asks for it, started by the first
 * and stopped when the run ends: a start costs 10-15 s on a quiet machine (a minute on a busy one) and three nodes
 * take ~750 MB, so the test classes share one. Each test uses indices of its own; a test that kills a node restarts
 * it before it ends (in a {@code finally}). On a failure, the nodes' last log lines are shown.
 *
 * <pre>{@code
 * @ExtendWith(SharedOpenSearchCluster.class)
 * class SomeIndexTest {
 *     @BeforeAll
 *     static void connect(OpenSearchCluster cluster) { ... cluster.httpEndpoints() ... }
 * }
 * }</pre>
 */
public final class SharedOpenSearchCluster implements ParameterResolver, TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(SharedOpenSearchCluster.class);
    private static volatile OpenSearchCluster started;

    private final LogsOnFailure logs = new LogsOnFailure(() -> started == null ? "" : started.logTails(40));

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == OpenSearchCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // the root store closes what it holds (an AutoCloseable) when the whole test run ends
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("cluster", key -> {
            OpenSearchCluster cluster = OpenSearchCluster.start(3);
            System.out.printf("measured: shared %d-node OpenSearch cluster green in %d ms%n",
                    cluster.nodes().size(), cluster.startupTime().toMillis());
            started = cluster;
            return cluster;
        }, OpenSearchCluster.class);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        logs.handleTestExecutionException(context, throwable);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        logs.handleBeforeAllMethodExecutionException(context, throwable);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        logs.handleBeforeEachMethodExecutionException(context, throwable);
    }
}
