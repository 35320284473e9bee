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

    List<Neighbour> similarTo(IndexSearcher s, String id, int size, Filters filters) throws IOException {
        Optional<StoredArticle> self = get(s, id);
        if (self.isEmpty()) {
            return List.of();
        }
        return moreLike(s, ArticleFields.likeTexts(self.get().article()), id, size, filters);
    }

    List<Neighbour> similarToText(IndexSearcher s, String text, int size, Filters filters) throws IOException {
        return moreLike(s, List.of(text == null ? "" : text), null, size, filters);
    }

    private List<Neighbour> moreLike(IndexSearcher s, List<String> texts, String excludeId, int size, Filters filters)
            throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
        mlt.setAnalyzer(analyzer);
        // Terms are weighed by the body's statistics only: given the headline field too, MoreLikeThis ranks
        // (term, field) pairs together and ordinary body words, rare in the short headlines, crowd the query out
        // (related-article P@5 on Reuters-21578: 0.665 with both fields).
        mlt.setFieldNames(new String[] {ArticleFields.BODY});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMaxQueryTerms(25);
        mlt.setStopWords(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        Map<String, Collection<Object>> fields = new LinkedHashMap<>();
        List<Object> values = new ArrayList<>(texts);
        fields.put(ArticleFields.BODY, values);
        Query like = mlt.like(fields);
        Set<String> queryTerms = new LinkedHashSet<>();
        like.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term t : terms) {
                    queryTerms.add(t.text());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST);
        if (excludeId != null) {
            b.add(new TermQuery(new Term(ArticleFields.ID, excludeId)), BooleanClause.Occur.MUST_NOT);
        }
        Query q = SearchQueries.filtered(b.build(), filters);
        List<Neighbour> out = new ArrayList<>();
        for (ScoreDoc d : s.search(q, Math.max(1, size)).scoreDocs) {
            StoredArticle a = load(s, d.doc);
            out.add(new Neighbour(a, d.score, shared(queryTerms, a.article())));
        }
        return out;
    }

    /** The query terms that occur in {@code a}: why it was chosen. */
    private List<String> shared(Set<String> queryTerms, Article a) throws IOException {
        Set<String> own = new java.util.HashSet<>();
        for (String text : ArticleFields.likeTexts(a)) {
            try (TokenStream ts = analyzer.tokenStream(ArticleFields.BODY, text)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    own.add(term.toString());
                }
                ts.end();
            }
        }
        return queryTerms.stream().filter(own::contains).toList();
    }

    List<Neighbour> nearest(IndexSearcher s, float[] vector, int size, Filters filters) throws IOException {
        Query filter = filters.isEmpty() ? null : SearchQueries.filtered(new MatchAllDocsQuery(), filters);
        KnnFloatVectorQuery knn = new KnnFloatVectorQuery(ArticleFields.VECTOR, vector, Math.max(1, size), filter);
        List<Neighbour> out = new ArrayList<>();
        try {
            for (ScoreDoc d : s.search(knn, Math.max(1, size)).scoreDocs) {
                out.add(new Neighbour(load(s, d.doc), d.score, List.of()));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot search by vector: " + e.getMessage(), e);
        }
        return out;
    }

    /** Articles carrying any of {@code keys}, those carrying the most first (each key counts one). */
    List<StoredArticle> withFingerprints(IndexSearcher s, Collection<String> keys, int max) throws IOException {
        if (keys.isEmpty() || max < 1) {
            return List.of();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String k : new LinkedHashSet<>(keys)) {
            b.add(new org.apache.lucene.search.ConstantScoreQuery(new TermQuery(new Term(ArticleFields.FINGERPRINT, k))),
                    BooleanClause.Occur.SHOULD);
        }
        List<StoredArticle> out = new ArrayList<>();
        for (ScoreDoc d : s.search(b.build(), max).scoreDocs) {
            out.add(load(s, d.doc));
        }
        return out;
    }

    /** The vector stored with {@code id}, when there is one. */
    Optional<float[]> vectorOf(IndexSearcher s, String id) throws IOException {
        TopDocs docs = s.search(new TermQuery(new Term(ArticleFields.ID, id)), 1);
        if (docs.scoreDocs.length == 0) {
            return Optional.empty();
        }
        int doc = docs.scoreDocs[0].doc;
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
        org.apache.lucene.index.FloatVectorValues values = leaf.reader().getFloatVectorValues(ArticleFields.VECTOR);
        if (values == null) {
            return Optional.empty();
        }
        int local = doc - leaf.docBase;
        if (values.advance(local) != local) {
            return Optional.empty();
        }
        return Optional.of(values.vectorValue().clone());
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
