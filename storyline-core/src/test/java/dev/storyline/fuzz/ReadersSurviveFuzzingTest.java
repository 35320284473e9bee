package dev.storyline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.storyline.ParseResult;
import dev.storyline.Storyline;
import dev.storyline.model.Article;
import dev.storyline.read.Document;
import dev.storyline.read.Format;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadError;
import dev.storyline.read.ReadResult;
import dev.storyline.parse.Readers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A bounded mutation fuzzer over every reader and the facade: valid inputs of every format (and random bytes) are
 * mutated and fed to each {@link Readers#forFormat(Format) reader} (whatever format the bytes were) and to
 * {@link Storyline#parse(byte[], Hints)}. The reader contract must hold for every mutant: no exception, a
 * non-null result, errors with a reason, output that grows with the input and allocation bounded by it (no entity
 * or nesting blow-up).
 *
 * <p>It complements the coverage-guided {@code ReadersFuzzTest} (Jazzer) with format-aware mutations, a time
 * bound per call and an allocation bound. Each target gets {@value #SECONDS_PER_TARGET} s (about 10 s in all) or
 * {@value #MAX_TRIES} tries. Run longer
 * with {@code -Dstoryline.fuzz.seconds=60} (seconds per target, no cap on tries; {@code -Dstoryline.fuzz.base=N}
 * explores other seeds); replay a failure with the seed it prints:
 * {@code -Dstoryline.fuzz.seed=N}.
 */
class ReadersSurviveFuzzingTest {

    static final double SECONDS_PER_TARGET = 1.0;
    static final int MAX_TRIES = 5000;
    /** The most output characters accepted per input byte (plus a constant): far above any real format. */
    static final int MAX_GROWTH = 32;
    static final int GROWTH_ALLOWANCE = 1 << 20;
    static final Duration MAX_CALL = Duration.ofSeconds(20);
    /**
     * Bytes a reader may allocate per input byte (plus a constant), garbage included: parsers allocate generously,
     * but an entity or nesting blow-up allocates gigabytes. Measured on the reader's own thread (the facade hands
     * work to another thread, so it is checked through its output size only).
     */
    static final long MAX_ALLOCATION_PER_BYTE = 4000;
    static final long ALLOCATION_ALLOWANCE = 256L << 20;

    private static final ExecutorService CALLS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fuzz-call");
        t.setDaemon(true);
        return t;
    });

    @AfterAll
    static void stop() {
        CALLS.shutdownNow();
    }

    /** One thing to fuzz: a reader, or the facade with detection. */
    private record Target(String name, Format format) {
        boolean facade() {
            return format == null;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyReaderKeepsItsContractOnMutatedAndRandomInput() {
        List<Target> targets = new ArrayList<>();
        for (Format f : Format.values()) {
            targets.add(new Target(f.id() + " reader", f));
        }
        targets.add(new Target("Storyline.parse (detection)", null));
        return targets.stream().map(t -> DynamicTest.dynamicTest(t.name(), () -> fuzz(t)));
    }

    private void fuzz(Target target) throws InterruptedException {
        double seconds = Double.parseDouble(System.getProperty("storyline.fuzz.seconds",
                String.valueOf(SECONDS_PER_TARGET)));
        String replay = System.getProperty("storyline.fuzz.seed");
        long base = replay != null ? Long.parseLong(replay)
                : target.name().hashCode() * 1_000_003L + Long.getLong("storyline.fuzz.base", 20_260_101L);
        List<byte[]> corpus = new ArrayList<>();
        for (Map.Entry<Format, List<byte[]>> e : FuzzFixtures.byFormat().entrySet()) {
            corpus.addAll(e.getValue());
        }
        InputMutator mutator = new InputMutator(FuzzFixtures.TOKENS);
        // small limits make the limit paths reachable by small mutants too
        Limits limits = Limits.defaults().withMaxItemBytes(64 << 10).withMaxNestingDepth(64)
                .withMaxItemTime(Duration.ofSeconds(5));
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        // a longer run asked for by -Dstoryline.fuzz.seconds is bounded by time only
        int tries = replay != null ? 1
                : System.getProperty("storyline.fuzz.seconds") != null ? Integer.MAX_VALUE : MAX_TRIES;
        for (int i = 0; i < tries && System.nanoTime() < deadline; i++) {
            long seed = base + i;
            Random random = new Random(seed);
            byte[] input = mutator.mutate(corpus.get(random.nextInt(corpus.size())), random);
            check(target, input, limits, seed);
        }
    }

    private void check(Target target, byte[] input, Limits limits, long seed) throws InterruptedException {
        Hints hints = Hints.named("fuzz-" + seed);
        Future<Long> call = CALLS.submit(() -> {
            if (target.facade()) {
                return outputSize(Storyline.parse(input, hints, limits));
            }
            long before = allocatedByThisThread();
            ReadResult r = Readers.forFormat(target.format()).read(input, hints, limits);
            long allocated = allocatedByThisThread() - before;
            assertThat(allocated).as("%s allocated bytes for %s", target.name(), describe(seed, input))
                    .isLessThanOrEqualTo(MAX_ALLOCATION_PER_BYTE * input.length + ALLOCATION_ALLOWANCE);
            return outputSize(r);
        });
        long size;
        try {
            size = call.get(MAX_CALL.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            fail("%s took longer than %s on %s", target.name(), MAX_CALL, describe(seed, input));
            return;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError failed) {
                throw failed;
            }
            throw new AssertionError(target.name() + " threw " + e.getCause() + " on " + describe(seed, input),
                    e.getCause());
        }
        assertThat(size).as("%s output characters for %s", target.name(), describe(seed, input))
                .isLessThanOrEqualTo((long) MAX_GROWTH * input.length + GROWTH_ALLOWANCE);
    }

    /** Bytes allocated so far by the calling thread (HotSpot); 0 when the JVM cannot tell. */
    private static long allocatedByThisThread() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        if (mx instanceof com.sun.management.ThreadMXBean hotspot && hotspot.isThreadAllocatedMemorySupported()) {
            return hotspot.getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return 0;
    }

    private static long outputSize(ReadResult r) {
        assertThat(r).isNotNull();
        long n = 0;
        for (Document d : r.documents()) {
            assertThat(d).isNotNull();
            n += d.text().length();
        }
        r.errors().forEach(ReadersSurviveFuzzingTest::checkError);
        return n;
    }

    private static long outputSize(ParseResult r) {
        assertThat(r).isNotNull();
        long n = 0;
        for (Article a : r.articles()) {
            assertThat(a).isNotNull();
            n += a.body().length() + (a.headline() == null ? 0 : a.headline().length());
        }
        r.errors().forEach(ReadersSurviveFuzzingTest::checkError);
        return n;
    }

    private static void checkError(ReadError e) {
        assertThat(e).isNotNull();
        assertThat(e.reason()).as("an error's reason").isNotBlank();
    }

    private static String describe(long seed, byte[] input) {
        byte[] head = java.util.Arrays.copyOf(input, Math.min(input.length, 200));
        return "seed " + seed + " (" + input.length + " bytes, starting base64 " + Base64.getEncoder()
                .encodeToString(head) + "); replay with -Dstoryline.fuzz.seed=" + seed;
    }
}
