package dev.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storyline.ParseResult;
import dev.storyline.enrich.EnrichmentPipeline;
import dev.storyline.index.IndexUnavailableException;
import dev.storyline.lucene.LuceneArticleIndex;
import dev.storyline.model.Article;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.source.Inputs;
import dev.storyline.testing.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability, tested: {@code storyline ingest} runs in a child JVM and is killed with SIGKILL at 20 seeded random
 * moments. After each kill the index must open, every article the run had reported as committed must be stored
 * exactly once, and the next run resumes; a last run completes the rest with no duplicates.
 *
 * <p>Enrichers are skipped ({@code --no-enrich}): what is tested is storing, and they only cost time here.
 * Uses the first file of Reuters-21578 (1,000 stories) when {@code ../shared} has it and it can be read, else a generated corpus of
 * wire stories.
 */
class IngestDurabilityTest {

    private static final int KILLS = 20;
    private static final long SEED = 20261128L;
    private static final int COMMIT_EVERY = 100;
    private static final Pattern COMMITTED = Pattern.compile("^committed (\\d+) articles$");

    @TempDir
    Path tmp;

    @Test
    void killedIngestLosesNothingCommittedAndResumesWithoutDuplicates() throws Exception {
        List<Path> inputs = reutersFiles();
        List<String> order = inputs.isEmpty() ? List.of() : articleIdsInIngestOrder(inputs);
        if (order.isEmpty()) {
            // no ../shared, or its format not readable yet: made-up wire stories instead
            inputs = List.of(GeneratedWire.write(tmp.resolve("corpus"), 1000, SEED));
            order = articleIdsInIngestOrder(inputs);
        }
        assumeTrue(!order.isEmpty(), "skipped: the readers do not yet turn this corpus into articles");
        Set<String> all = new LinkedHashSet<>(order);
        Path data = tmp.resolve("data");
        Random random = new Random(SEED);

        int kills = 0;
        int afterACommit = 0;
        long mostCommitted = 0;
        while (kills < KILLS) {
            // kill after a random number of commits (none included) plus a random moment, so that kills land
            // before, between and during commits however fast this machine is
            long waitFor = (long) random.nextInt(order.size() / COMMIT_EVERY + 1) * COMMIT_EVERY;
            long extraMillis = random.nextInt(400);
            Run run = start(inputs, data);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (run.committed.get() < waitFor && run.process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            boolean finished = run.process.waitFor(extraMillis, TimeUnit.MILLISECONDS);
            if (!finished) {
                run.process.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
                run.process.waitFor(30, TimeUnit.SECONDS);
                kills++;
            }
            run.output.join(10_000);
            long committed = run.committed.get();
            mostCommitted = Math.max(mostCommitted, committed);
            if (!finished && committed > 0) {
                afterACommit++;
            }
            checkIndex(data, order, all, committed);
            if (finished) {
                // a run finished before its kill: start again on a fresh folder so that kills keep landing mid-ingest
                assertThat(run.process.exitValue()).as("exit code of a finished ingest").isZero();
                deleteRecursively(data);
            }
        }
        assertThat(afterACommit).as("kills that came after at least one commit").isGreaterThanOrEqualTo(KILLS / 4);
        Run last = start(inputs, data);
        assertThat(last.process.waitFor(10, TimeUnit.MINUTES)).as("the resumed ingest finishes").isTrue();
        last.output.join(10_000);
        assertThat(last.process.exitValue()).isZero();
        assertThat(last.committed.get()).isEqualTo(order.size());
        try (LuceneArticleIndex index = LuceneArticleIndex.open(data)) {
            assertThat(index.count()).as("articles stored after resuming").isEqualTo(all.size());
            assertThat(all).allSatisfy(id -> assertThat(index.get(id)).as(id).isPresent());
        }
        System.out.printf(Locale.ROOT, "durability: %d kills (%d after a commit), %d articles, up to %d committed "
                + "before a kill%n", kills, afterACommit, all.size(), mostCommitted);
    }

    /** The index opens; the first {@code committed} articles are there; nothing is stored twice or from elsewhere. */
    private static void checkIndex(Path data, List<String> order, Set<String> all, long committed) {
        if (!Files.exists(data.resolve("index"))) {
            assertThat(committed).isZero();
            return;
        }
        try (LuceneArticleIndex index = LuceneArticleIndex.open(data)) {
            for (String id : order.subList(0, (int) committed)) {
                assertThat(index.get(id)).as("committed article %s", id).isPresent();
            }
            long present = all.stream().filter(id -> index.get(id).isPresent()).count();
            assertThat(index.count()).as("stored articles, each once").isEqualTo(present);
        } catch (IndexUnavailableException e) {
            throw new AssertionError("the index does not open after a kill: " + e.getMessage(), e);
        }
    }

    private Run start(List<Path> inputs, Path data) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                StorylineCli.class.getName(), "ingest", "--data", data.toString(), "--commit-every", Integer.toString(COMMIT_EVERY), "--commit-after", "3600", "--no-enrich",
                "--progress", "plain"));
        inputs.forEach(p -> cmd.add(p.toString()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        AtomicLong committed = new AtomicLong();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    Matcher m = COMMITTED.matcher(line);
                    if (m.matches()) {
                        committed.set(Long.parseLong(m.group(1)));
                    }
                }
            } catch (IOException e) {
                // the process was killed mid-line: what was read so far is what it reported
            }
        });
        reader.start();
        return new Run(p, reader, committed);
    }

    private record Run(Process process, Thread output, AtomicLong committed) {
    }

    /** The ids the ingest stores, in the order it stores them: inputs in walk order, articles in file order. */
    private static List<String> articleIdsInIngestOrder(List<Path> inputs) {
        List<String> ids = new ArrayList<>();
        Inputs.walk(inputs, Hints.none(), Limits.defaults(), item -> {
            ParseResult r = dev.storyline.Storyline.parse(item.content(), item.hints(), Limits.defaults(),
                    EnrichmentPipeline.empty());
            r.articles().stream().map(Article::id).forEach(ids::add);
        }, error -> { });
        return ids;
    }

    private static List<Path> reutersFiles() {
        Path reuters = SharedData.find("reuters21578");
        List<Path> files = new ArrayList<>();
        for (int i = 0; reuters != null && i < 1; i++) {
            files.add(reuters.resolve(String.format(Locale.ROOT, "reut2-%03d.sgm", i)));
        }
        return files;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
