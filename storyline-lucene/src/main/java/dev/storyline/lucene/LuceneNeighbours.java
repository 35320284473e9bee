package dev.storyline.lucene;

import dev.storyline.index.Filters;
import dev.storyline.index.Neighbour;
import dev.storyline.index.RankedId;
import dev.storyline.index.SimilarIds;
import dev.storyline.index.StoredArticle;
import dev.storyline.model.Article;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * The neighbour reads of {@link LuceneArticleIndex}: by shared terms (MoreLikeThis over the body), by vector (HNSW),
 * by fingerprint, and the batch loads of related ranking. The {@code ...Ids} forms read only each hit's id, so that
 * related ranking can gather a hundred candidates and parse the stored JSON of the few it re-ranks.
 */
final class LuceneNeighbours {

    private static final Set<String> ID_ONLY = Set.of(ArticleFields.ID);

    private final Analyzer analyzer;
    private final LuceneReads reads;

    LuceneNeighbours(Analyzer analyzer, LuceneReads reads) {
        this.analyzer = analyzer;
        this.reads = reads;
    }

    List<Neighbour> similarTo(IndexSearcher s, String id, int size, Filters filters) throws IOException {
        Optional<StoredArticle> self = reads.get(s, id);
        if (self.isEmpty()) {
            return List.of();
        }
        return loaded(s, like(s, ArticleFields.likeTexts(self.get().article()), id, filters), size);
    }

    List<Neighbour> similarToText(IndexSearcher s, String text, int size, Filters filters) throws IOException {
        return loaded(s, like(s, List.of(text == null ? "" : text), null, filters), size);
    }

    SimilarIds similarIds(IndexSearcher s, String id, int size, Filters filters) throws IOException {
        Optional<StoredArticle> self = reads.get(s, id);
        if (self.isEmpty()) {
            return new SimilarIds(List.of(), List.of());
        }
        LikeQuery like = like(s, ArticleFields.likeTexts(self.get().article()), id, filters);
        return new SimilarIds(ids(s, s.search(like.query(), Math.max(1, size)).scoreDocs), List.copyOf(like.terms()));
    }

    /** A MoreLikeThis query and the terms it was built from. */
    private record LikeQuery(Query query, Set<String> terms) {
    }

    private LikeQuery like(IndexSearcher s, List<String> texts, String excludeId, Filters filters)
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
        fields.put(ArticleFields.BODY, new ArrayList<>(texts));
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
        return new LikeQuery(SearchQueries.filtered(b.build(), filters), queryTerms);
    }

    private List<Neighbour> loaded(IndexSearcher s, LikeQuery like, int size) throws IOException {
        List<Neighbour> out = new ArrayList<>();
        for (ScoreDoc d : s.search(like.query(), Math.max(1, size)).scoreDocs) {
            StoredArticle a = reads.load(s, d.doc);
            out.add(new Neighbour(a, d.score, shared(like.terms(), a.article())));
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
        List<Neighbour> out = new ArrayList<>();
        for (ScoreDoc d : knn(s, vector, size, filters)) {
            out.add(new Neighbour(reads.load(s, d.doc), d.score, List.of()));
        }
        return out;
    }

    List<RankedId> nearestIds(IndexSearcher s, float[] vector, int size, Filters filters) throws IOException {
        return ids(s, knn(s, vector, size, filters));
    }

    private static ScoreDoc[] knn(IndexSearcher s, float[] vector, int size, Filters filters) throws IOException {
        Query filter = filters.isEmpty() ? null : SearchQueries.filtered(new MatchAllDocsQuery(), filters);
        try {
            KnnFloatVectorQuery knn = new KnnFloatVectorQuery(ArticleFields.VECTOR, vector, Math.max(1, size), filter);
            return s.search(knn, Math.max(1, size)).scoreDocs;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot search by vector: " + e.getMessage(), e);
        }
    }

    /** Each hit's id (its stored id field alone: the article JSON is not parsed) and score. */
    private static List<RankedId> ids(IndexSearcher s, ScoreDoc[] hits) throws IOException {
        StoredFields stored = s.storedFields();
        List<RankedId> out = new ArrayList<>(hits.length);
        for (ScoreDoc d : hits) {
            out.add(new RankedId(stored.document(d.doc, ID_ONLY).get(ArticleFields.ID), d.score));
        }
        return out;
    }

    /** The stored articles of {@code ids}, in the order given, found with one query. */
    Map<String, StoredArticle> getAll(IndexSearcher s, Collection<String> ids) throws IOException {
        Map<String, StoredArticle> found = new HashMap<>();
        for (int doc : docsOf(s, ids)) {
            StoredArticle a = reads.load(s, doc);
            found.put(a.id(), a);
        }
        Map<String, StoredArticle> out = new LinkedHashMap<>();
        for (String id : ids) {
            StoredArticle a = found.get(id);
            if (a != null) {
                out.put(id, a);
            }
        }
        return out;
    }

    /** The vectors stored with {@code ids}, found with one query and read leaf by leaf in document order. */
    Map<String, float[]> vectorsOf(IndexSearcher s, Collection<String> ids) throws IOException {
        int[] docs = docsOf(s, ids);
        Arrays.sort(docs);
        StoredFields stored = s.storedFields();
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        Map<String, float[]> out = new HashMap<>();
        LeafReaderContext leaf = null;
        FloatVectorValues values = null;
        for (int doc : docs) {
            LeafReaderContext l = leaves.get(ReaderUtil.subIndex(doc, leaves));
            if (l != leaf) {
                leaf = l;
                values = l.reader().getFloatVectorValues(ArticleFields.VECTOR);
            }
            int local = doc - leaf.docBase;
            if (values == null) {
                continue;
            }
            if (values.docID() < local) {
                values.advance(local);
            }
            if (values.docID() == local) {
                out.put(stored.document(doc, ID_ONLY).get(ArticleFields.ID), values.vectorValue().clone());
            }
        }
        return out;
    }

    private static int[] docsOf(IndexSearcher s, Collection<String> ids) throws IOException {
        if (ids.isEmpty()) {
            return new int[0];
        }
        List<BytesRef> terms = ids.stream().distinct().map(BytesRef::new).toList();
        TopDocs docs = s.search(new TermInSetQuery(ArticleFields.ID, terms), terms.size());
        return Arrays.stream(docs.scoreDocs).mapToInt(d -> d.doc).toArray();
    }

    /** Articles carrying any of {@code keys}, those carrying the most first (each key counts one). */
    List<StoredArticle> withFingerprints(IndexSearcher s, Collection<String> keys, int max) throws IOException {
        if (keys.isEmpty() || max < 1) {
            return List.of();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String k : new LinkedHashSet<>(keys)) {
            b.add(new ConstantScoreQuery(new TermQuery(new Term(ArticleFields.FINGERPRINT, k))),
                    BooleanClause.Occur.SHOULD);
        }
        List<StoredArticle> out = new ArrayList<>();
        for (ScoreDoc d : s.search(b.build(), max).scoreDocs) {
            out.add(reads.load(s, d.doc));
        }
        return out;
    }

    /** The vector stored with {@code id}, when there is one. */
    Optional<float[]> vectorOf(IndexSearcher s, String id) throws IOException {
        return Optional.ofNullable(vectorsOf(s, List.of(id)).get(id));
    }
}
