package dev.storyline.lucene;

import dev.storyline.index.ArticleIndex;
import dev.storyline.index.Filters;
import dev.storyline.index.IndexEntry;
import dev.storyline.index.IndexStats;
import dev.storyline.index.IndexUnavailableException;
import dev.storyline.index.IndexUnavailableException.Reason;
import dev.storyline.index.Neighbour;
import dev.storyline.index.RankedId;
import dev.storyline.index.SimilarIds;
import dev.storyline.index.SearchRequest;
import dev.storyline.index.SearchResult;
import dev.storyline.index.SortOrder;
import dev.storyline.index.StoredArticle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The index contract on Lucene, on local disk: the system of record on one machine. Each article's native JSON is
 * stored whole, so the index alone can rebuild every page and every other index.
 *
 * <p>Open it for writing ({@link #open}: one process at a time, guarded by Lucene's write lock) or for reading only
 * ({@link #openReadOnly}: any number of processes, seeing the last commit of the writer). Within one process, one
 * thread writes and any number search, on near-real-time readers that see uncommitted puts.
 *
 * <pre>{@code
 * try (LuceneArticleIndex index = LuceneArticleIndex.open(Path.of("storyline-data"))) {
 *     index.put(article);
 *     index.commit();
 * }
 * }</pre>
 */
public final class LuceneArticleIndex implements ArticleIndex {

    private final DataFolder folder;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final SearchQueries queries;
    private final LuceneReads reads;
    private final LuceneNeighbours neighbours;
    private final AtomicLong writes = new AtomicLong();
    private final Object refreshLock = new Object();
    private volatile long refreshedTo;
    private volatile long lastReadOnlyRefresh;

    private LuceneArticleIndex(DataFolder folder, Directory directory, IndexWriter writer, SearcherManager searchers,
            Analyzer analyzer) {
        this.folder = folder;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.queries = new SearchQueries(analyzer);
        this.reads = new LuceneReads(analyzer);
        this.neighbours = new LuceneNeighbours(analyzer, reads);
    }

    /** Opens (creating when new) the data folder {@code dir} for writing and reading. */
    public static LuceneArticleIndex open(Path dir) {
        return open(dir, UnaryOperator.identity());
    }

    /** As {@link #open(Path)}, with the index directory wrapped (tests inject faults this way). */
    static LuceneArticleIndex open(Path dir, UnaryOperator<Directory> wrap) {
        DataFolder folder = new DataFolder(dir);
        folder.prepareForWriting();
        Directory directory = null;
        IndexWriter writer = null;
        try {
            directory = wrap.apply(FSDirectory.open(folder.indexPath()));
            Analyzer analyzer = ArticleFields.analyzer();
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64)
                    .setCommitOnClose(false);
            ConcurrentMergeScheduler merges = new ConcurrentMergeScheduler();
            merges.setMaxMergesAndThreads(2, 1);
            config.setMergeScheduler(merges);
            writer = new IndexWriter(directory, config);
            folder.writePid();
            SearcherManager searchers = new SearcherManager(writer, true, false, null);
            return new LuceneArticleIndex(folder, directory, writer, searchers, analyzer);
        } catch (IOException e) {
            closeQuietly(writer, directory);
            throw folder.translate(e, "opening");
        } catch (RuntimeException e) {
            closeQuietly(writer, directory);
            throw e;
        }
    }

    /** Opens the data folder {@code dir} for reading only; it sees the writer's commits as they happen. */
    public static LuceneArticleIndex openReadOnly(Path dir) {
        DataFolder folder = new DataFolder(dir);
        folder.checkReadable();
        Directory directory = null;
        try {
            directory = FSDirectory.open(folder.indexPath());
            if (!DirectoryReader.indexExists(directory)) {
                throw new IndexUnavailableException(Reason.MISSING, "data folder " + folder.root()
                        + " holds no committed articles yet: run `storyline ingest PATH --data " + folder.root()
                        + "` first", null);
            }
            SearcherManager searchers = new SearcherManager(directory, null);
            return new LuceneArticleIndex(folder, directory, null, searchers, ArticleFields.analyzer());
        } catch (IOException e) {
            closeQuietly(null, directory);
            throw folder.translate(e, "opening");
        } catch (RuntimeException e) {
            closeQuietly(null, directory);
            throw e;
        }
    }

    /** The data folder this index lives in. */
    public Path dataFolder() {
        return folder.root();
    }

    @Override
    public void put(IndexEntry entry) {
        requireWritable();
        try {
            boolean mayHaveVersions = entry.versionOf() != null || entry.article().version() > 1
                    || storySeenBefore(entry.storyKey());
            writer.updateDocument(new Term(ArticleFields.ID, entry.article().id()), ArticleFields.toDocument(entry));
            writes.incrementAndGet();
            if (mayHaveVersions) {
                markSupersededVersions(entry);
                writes.incrementAndGet(); // the marks are writes too: the next read must see them
            }
        } catch (IOException e) {
            throw folder.translate(e, "writing to");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot store article " + entry.article().id() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether the current searcher, as last refreshed, holds an article of story {@code storyKey}. It does not refresh:
     * a first version is most articles, and refreshing for each would cost ingest a new segment per article; an
     * original that arrives after its later version (rare) finds that version once it has been refreshed.
     */
    private boolean storySeenBefore(String storyKey) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return s.getIndexReader().docFreq(new Term(ArticleFields.STORY, storyKey)) > 0;
        } finally {
            searchers.release(s);
        }
    }

    /**
     * Marks every stored version of {@code entry}'s story that a higher version supersedes (the new article itself
     * when it arrives after a newer version), in place, so that search lists the head of each story only.
     */
    private void markSupersededVersions(IndexEntry entry) throws IOException {
        List<StoredArticle> versions = versions(entry.storyKey());
        if (versions.size() <= 1) {
            return;
        }
        int highest = versions.stream().mapToInt(v -> v.article().version()).max().orElse(1);
        String headId = versions.stream().filter(v -> v.article().version() == highest)
                .map(StoredArticle::id).max(String::compareTo).orElseThrow();
        for (StoredArticle v : versions) {
            writer.updateNumericDocValue(new Term(ArticleFields.ID, v.id()), ArticleFields.SUPERSEDED,
                    v.id().equals(headId) ? 0 : 1);
        }
    }

    @Override
    public boolean delete(String id) {
        requireWritable();
        boolean present = get(id).isPresent();
        try {
            writer.deleteDocuments(new Term(ArticleFields.ID, id));
            writes.incrementAndGet();
        } catch (IOException e) {
            throw folder.translate(e, "writing to");
        }
        return present;
    }

    @Override
    public void commit() {
        requireWritable();
        try {
            writer.commit();
        } catch (IOException e) {
            throw folder.translate(e, "committing to");
        }
    }

    /**
     * Merges the index into one segment and commits: after a bulk ingest, each search and each related list reads
     * one segment's terms and one vector graph instead of one per segment (related lists on Reuters-21578: about
     * twice as fast). Takes a while (rebuilding the vector graph dominates) and needs free disk space about the
     * size of the index; reads go on meanwhile. Commits what was put before it.
     *
     * @return the number of segments before
     */
    public int compact() {
        requireWritable();
        try {
            writer.commit();
            int before = read(s -> s.getIndexReader().leaves().size());
            writer.forceMerge(1);
            writer.commit();
            writes.incrementAndGet();
            return before;
        } catch (IOException e) {
            throw folder.translate(e, "compacting");
        }
    }

    @Override
    public Optional<StoredArticle> get(String id) {
        return read(s -> reads.get(s, id));
    }

    @Override
    public SearchResult search(SearchRequest request) {
        Query query = queries.parse(request.query());
        return read(s -> reads.search(s, query, request));
    }

    @Override
    public List<Neighbour> similarTo(String id, int size, Filters filters) {
        return read(s -> neighbours.similarTo(s, id, size, filters));
    }

    @Override
    public List<Neighbour> similarToText(String text, int size, Filters filters) {
        return read(s -> neighbours.similarToText(s, text, size, filters));
    }

    @Override
    public List<Neighbour> nearest(float[] vector, int size, Filters filters) {
        return read(s -> neighbours.nearest(s, vector, size, filters));
    }

    @Override
    public SimilarIds similarIds(String id, int size, Filters filters) {
        return read(s -> neighbours.similarIds(s, id, size, filters));
    }

    @Override
    public List<RankedId> nearestIds(float[] vector, int size, Filters filters) {
        return read(s -> neighbours.nearestIds(s, vector, size, filters));
    }

    @Override
    public Map<String, StoredArticle> getAll(Collection<String> ids) {
        return read(s -> neighbours.getAll(s, ids));
    }

    @Override
    public Map<String, float[]> vectorsOf(Collection<String> ids) {
        return read(s -> neighbours.vectorsOf(s, ids));
    }

    @Override
    public List<StoredArticle> withFingerprints(java.util.Collection<String> fingerprints, int max) {
        return read(s -> neighbours.withFingerprints(s, fingerprints, max));
    }

    @Override
    public Optional<float[]> vectorOf(String id) {
        return read(s -> neighbours.vectorOf(s, id));
    }

    @Override
    public List<StoredArticle> versions(String storyKey) {
        return read(s -> {
            TopDocs docs = s.search(new TermQuery(new Term(ArticleFields.STORY, storyKey)), 1000);
            List<StoredArticle> out = new ArrayList<>();
            for (ScoreDoc d : docs.scoreDocs) {
                out.add(reads.load(s, d.doc));
            }
            out.sort(Comparator.comparingInt(a -> a.article().version()));
            return out;
        });
    }

    @Override
    public long count() {
        return read(s -> (long) s.getIndexReader().numDocs());
    }

    @Override
    public IndexStats stats() {
        return read(s -> reads.stats(s, folder.indexPath()));
    }

    @Override
    public void close() {
        try {
            searchers.close();
            if (writer != null) {
                writer.rollback();
                folder.removePid();
            }
            directory.close();
        } catch (IOException e) {
            throw folder.translate(e, "closing");
        }
    }

    /** A read on a current searcher: after every put made so far by this instance (near-real-time). */
    private <T> T read(SearcherFunction<T> f) {
        refreshIfNeeded();
        IndexSearcher s;
        try {
            s = searchers.acquire();
        } catch (IOException e) {
            throw folder.translate(e, "reading");
        }
        try {
            return f.apply(s);
        } catch (IOException e) {
            throw folder.translate(e, "reading");
        } finally {
            try {
                searchers.release(s);
            } catch (IOException e) {
                throw folder.translate(e, "reading");
            }
        }
    }

    private void refreshIfNeeded() {
        try {
            if (writer == null) {
                // a reader of another process's index: pick up its commits at most once a second
                long now = System.nanoTime();
                if (now - lastReadOnlyRefresh > 1_000_000_000L) {
                    lastReadOnlyRefresh = now;
                    searchers.maybeRefresh();
                }
                return;
            }
            long wanted = writes.get();
            if (refreshedTo >= wanted) {
                return;
            }
            synchronized (refreshLock) {
                if (refreshedTo < wanted) {
                    searchers.maybeRefreshBlocking();
                    refreshedTo = wanted;
                }
            }
        } catch (IOException e) {
            throw folder.translate(e, "refreshing");
        }
    }

    private void requireWritable() {
        if (writer == null) {
            throw new IllegalStateException("this index was opened read-only; open it with LuceneArticleIndex.open to write");
        }
    }

    private static void closeQuietly(IndexWriter writer, Directory directory) {
        try {
            if (writer != null) {
                writer.rollback();
            }
        } catch (IOException | RuntimeException e) {
            // already failing: the first error is the one to report
        }
        try {
            if (directory != null) {
                directory.close();
            }
        } catch (IOException | RuntimeException e) {
            // as above
        }
    }

    /** A read against one searcher. */
    @FunctionalInterface
    interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    static Sort sortFor(SortOrder order) {
        if (order == SortOrder.DATE) {
            SortField date = new SortField(ArticleFields.DATE, SortField.Type.LONG, true);
            date.setMissingValue(Long.MIN_VALUE);
            return new Sort(date, SortField.FIELD_SCORE);
        }
        return null;
    }
}
