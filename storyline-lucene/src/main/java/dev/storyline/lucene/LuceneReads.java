package dev.storyline.lucene;

import dev.storyline.index.Facet;
import dev.storyline.index.FacetValue;
import dev.storyline.index.Filters;
import dev.storyline.index.Hit;
import dev.storyline.index.IndexStats;
import dev.storyline.index.Neighbour;
import dev.storyline.index.SearchRequest;
import dev.storyline.index.SearchResult;
import dev.storyline.index.StoredArticle;
import dev.storyline.json.Json;
import dev.storyline.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.Bits;

/** The reading side of {@link LuceneArticleIndex}: loading, searching with facets and highlights, neighbours, stats. */
final class LuceneReads {

    private static final int MAX_VERSIONS = 1000;

    private final Analyzer analyzer;
    private final UnifiedHighlighter highlighter;
    /** Headlines are highlighted whole: a sentence break at "S. Korea" must not cut them. */
    private final UnifiedHighlighter headlineHighlighter;
    private IndexReader facetReader;
    private SortedSetDocValuesReaderState facetState;

    LuceneReads(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer).withMaxLength(100_000).build();
        this.headlineHighlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer).withMaxLength(10_000)
                .withBreakIterator(org.apache.lucene.search.uhighlight.WholeBreakIterator::new).build();
    }

    Optional<StoredArticle> get(IndexSearcher s, String id) throws IOException {
        TopDocs docs = s.search(new TermQuery(new Term(ArticleFields.ID, id)), 1);
        return docs.scoreDocs.length == 0 ? Optional.empty() : Optional.of(load(s, docs.scoreDocs[0].doc));
    }

    /** The stored article of document {@code doc}, with its head mark computed from its story's versions. */
    StoredArticle load(IndexSearcher s, int doc) throws IOException {
        Document d = s.storedFields().document(doc);
        Article a = Json.read(d.get(ArticleFields.JSON), Article.class);
        String story = d.get(ArticleFields.STORY);
        return new StoredArticle(a, story, d.get(ArticleFields.VERSION_OF), isHead(s, story, a));
    }

    /** How many stored versions of {@code a}'s story have a lower version number than {@code a}. */
    private int earlierVersions(IndexSearcher s, StoredArticle a) throws IOException {
        Term t = new Term(ArticleFields.STORY, a.storyKey());
        if (s.getIndexReader().docFreq(t) <= 1) {
            return 0;
        }
        int earlier = 0;
        for (ScoreDoc other : s.search(new TermQuery(t), MAX_VERSIONS).scoreDocs) {
            Article o = Json.read(s.storedFields().document(other.doc).get(ArticleFields.JSON), Article.class);
            if (o.version() < a.article().version()) {
                earlier++;
            }
        }
        return earlier;
    }

    private boolean isHead(IndexSearcher s, String story, Article a) throws IOException {
        Term t = new Term(ArticleFields.STORY, story);
        if (s.getIndexReader().docFreq(t) <= 1) {
            return true;
        }
        for (ScoreDoc other : s.search(new TermQuery(t), MAX_VERSIONS).scoreDocs) {
            Article o = Json.read(s.storedFields().document(other.doc).get(ArticleFields.JSON), Article.class);
            if (o.version() > a.version()) {
                return false;
            }
        }
        return true;
    }

    SearchResult search(IndexSearcher s, Query query, SearchRequest r) throws IOException {
        // the newest version of each story only; its earlier versions are counted on the hit
        Query q = new BooleanQuery.Builder()
                .add(SearchQueries.filtered(query, r.filters()), BooleanClause.Occur.MUST)
                .add(NumericDocValuesField.newSlowExactQuery(ArticleFields.SUPERSEDED, 1), BooleanClause.Occur.MUST_NOT)
                .build();
        int wanted = r.page() * r.size();
        Sort sort = LuceneArticleIndex.sortFor(r.sort());
        FacetsCollector fc = null;
        TopDocs top;
        long total;
        if (r.facetSize() > 0) {
            FacetsCollectorManager.FacetsResult found = sort == null
                    ? FacetsCollectorManager.search(s, q, wanted, new FacetsCollectorManager())
                    : FacetsCollectorManager.search(s, q, wanted, sort, true, new FacetsCollectorManager());
            fc = found.facetsCollector();
            top = found.topDocs();
            total = fc.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
        } else {
            // without facets, the top hits need not visit every match (block-max WAND); count them apart, cheaply
            top = sort == null ? s.search(q, wanted) : s.search(q, wanted, sort, true);
            total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value : s.count(q);
        }
        ScoreDoc[] docs = top.scoreDocs;
        List<Hit> hits = new ArrayList<>();
        for (int i = (r.page() - 1) * r.size(); i < docs.length; i++) {
            StoredArticle a = load(s, docs[i].doc);
            hits.add(new Hit(a, docs[i].score, r.highlight() ? highlights(query, a.article()) : Map.of(),
                    earlierVersions(s, a)));
        }
        List<Facet> facets = new ArrayList<>();
        if (r.facetSize() > 0) {
            for (String dim : ArticleFields.FACETS) {
                facets.add(facet(s, fc, dim, r.facetSize()));
            }
        }
        return new SearchResult(total, r.page(), r.size(), hits, facets);
    }

    private Map<String, List<String>> highlights(Query query, Article a) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (a.headline() != null) {
            Object h = headlineHighlighter.highlightWithoutSearcher(ArticleFields.HEADLINE, query, a.headline(), 1);
            if (h != null && h.toString().contains("<b>")) {
                out.put(ArticleFields.HEADLINE, List.of(h.toString()));
            }
        }
        Object b = highlighter.highlightWithoutSearcher(ArticleFields.BODY, query, a.body(), 2);
        if (b != null && b.toString().contains("<b>")) {
            out.put(ArticleFields.BODY, List.of(b.toString().replaceAll("\\s+", " ").strip()));
        }
        return out;
    }

    /** Counts of {@code dimension} among the documents {@code fc} collected; empty when nothing has it. */
    Facet facet(IndexSearcher s, FacetsCollector fc, String dimension, int size) throws IOException {
        SortedSetDocValuesReaderState state = facetState(s.getIndexReader());
        if (state == null) {
            return new Facet(dimension, List.of());
        }
        try {
            Facets counts = new SortedSetDocValuesFacetCounts(state, fc);
            FacetResult r = counts.getTopChildren(size, dimension);
            List<FacetValue> values = new ArrayList<>();
            if (r != null) {
                for (LabelAndValue lv : r.labelValues) {
                    values.add(new FacetValue(lv.label, lv.value.longValue()));
                }
            }
            return new Facet(dimension, values);
        } catch (IllegalArgumentException noSuchDimension) {
            return new Facet(dimension, List.of());
        }
    }

    /** Facet ordinals are costly to map, so the state is built once per reader. */
    private synchronized SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        if (facetReader != reader) {
            try {
                facetState = new DefaultSortedSetDocValuesReaderState(reader, ArticleFields.FACETS_CONFIG);
            } catch (IllegalArgumentException noFacetsYet) {
                facetState = null;
            }
            facetReader = reader;
        }
        return facetState;
    }


    IndexStats stats(IndexSearcher s, Path indexPath) throws IOException {
        IndexReader reader = s.getIndexReader();
        String first = null;
        String last = null;
        byte[] min = PointValues.getMinPackedValue(reader, ArticleFields.DATE);
        byte[] max = PointValues.getMaxPackedValue(reader, ArticleFields.DATE);
        if (min != null && max != null) {
            first = LocalDate.ofEpochDay(LongPoint.decodeDimension(min, 0)).toString();
            last = LocalDate.ofEpochDay(LongPoint.decodeDimension(max, 0)).toString();
        }
        FacetsCollectorManager.FacetsResult all = FacetsCollectorManager.search(s, new MatchAllDocsQuery(), 1,
                new FacetsCollectorManager());
        return new IndexStats(reader.numDocs(), liveTerms(reader, ArticleFields.STORY), sizeOnDisk(indexPath), first,
                last, asMap(facet(s, all.facetsCollector(), ArticleFields.FORMAT_FACET, 50)),
                asMap(facet(s, all.facetsCollector(), "agency", 50)));
    }

    private static Map<String, Long> asMap(Facet f) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (FacetValue v : f.values()) {
            m.put(v.value(), v.count());
        }
        return m;
    }

    /** Distinct values of {@code field} held by at least one live document. */
    private static long liveTerms(IndexReader reader, String field) throws IOException {
        Set<String> seen = new java.util.HashSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            TermsEnum te = terms.iterator();
            PostingsEnum pe = null;
            while (te.next() != null) {
                pe = te.postings(pe, PostingsEnum.NONE);
                for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                    if (live == null || live.get(d)) {
                        seen.add(te.term().utf8ToString());
                        break;
                    }
                }
            }
        }
        return seen.size();
    }

    static long sizeOnDisk(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // a file merged away while we listed
                }
            }).sum();
        }
    }
}
