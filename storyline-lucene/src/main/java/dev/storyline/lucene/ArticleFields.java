package dev.storyline.lucene;

import dev.storyline.index.IndexEntry;
import dev.storyline.json.Json;
import dev.storyline.model.Article;
import dev.storyline.model.Entity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.VectorSimilarityFunction;

/**
 * How an article is laid out in Lucene: the native JSON in one stored field (the record, from which everything
 * else can be rebuilt), analysed text fields for search, lower-cased keyword fields for filters and field queries,
 * a date point and doc value for ranges and sorting, facet dimensions, and an optional vector.
 */
final class ArticleFields {

    static final String ID = "id";
    static final String JSON = "json";
    static final String HEADLINE = "headline";
    static final String BODY = "body";
    static final String PLACE = "place";
    static final String AGENCY = "agency";
    static final String PERSON = "person";
    static final String TAG = "tag";
    static final String TOPIC = "topic";
    static final String LABEL = "label";
    static final String FORMAT = "format";
    static final String DATE = "date";
    static final String STORY = "story";
    static final String VERSION_OF = "versionOf";
    static final String VECTOR = "vector";
    static final String ORGANIZATION = "organization";
    static final String LOCATION = "location";
    static final String ENTITY = "entity";
    /** The dates an article talks about (from its time expressions): years, months and days, e.g. {@code 2019-06}. */
    static final String WHEN = "when";
    /** Duplicate-detection keys ({@link dev.storyline.relate.Fingerprints}), looked up whole. */
    static final String FINGERPRINT = "fingerprint";
    /**
     * 1 once a later version of the same story is stored, else 0: a doc-values field updated in place, so that search
     * lists only the newest version of each story.
     */
    static final String SUPERSEDED = "superseded";

    /** Facet dimensions, in the order results list them. */
    static final List<String> FACETS = List.of("agency", "place", "year", "topic", "person", "organization", "location");
    static final String FORMAT_FACET = "format";

    /** Fields whose values are whole keywords (matched ignoring case), not analysed text. */
    static final List<String> KEYWORD_FIELDS = List.of(ID, PLACE, AGENCY, TAG, TOPIC, LABEL, FORMAT, STORY, ENTITY, WHEN);

    static final FacetsConfig FACETS_CONFIG = new FacetsConfig();

    static {
        for (String dim : List.of("topic", "person", "organization", "location")) {
            FACETS_CONFIG.setMultiValued(dim, true);
        }
        // filters use the keyword fields, never facet drill-down: indexing drill-down terms would only cost time
        for (String dim : List.of("agency", "place", "year", "topic", "person", "organization", "location", FORMAT_FACET)) {
            FACETS_CONFIG.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
        }
    }

    private ArticleFields() {
    }

    /** Standard analysis for text; keywords lower-cased whole, so {@code place:"new york"} finds NEW YORK. */
    static Analyzer analyzer() {
        Analyzer keyword = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer t = new KeywordTokenizer();
                return new TokenStreamComponents(t, new LowerCaseFilter(t));
            }

            @Override
            protected org.apache.lucene.analysis.TokenStream normalize(String fieldName,
                    org.apache.lucene.analysis.TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
        Map<String, Analyzer> perField = new java.util.HashMap<>();
        for (String f : KEYWORD_FIELDS) {
            perField.put(f, keyword);
        }
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
    }

    /** The Lucene document for {@code entry}, facets already translated. */
    static Document toDocument(IndexEntry entry) {
        Article a = entry.article();
        Document d = new Document();
        d.add(new StringField(ID, a.id(), Field.Store.YES));
        d.add(new StoredField(JSON, Json.write(a)));
        d.add(new StringField(STORY, entry.storyKey(), Field.Store.YES));
        d.add(new NumericDocValuesField(SUPERSEDED, 0));
        if (entry.versionOf() != null) {
            d.add(new StoredField(VERSION_OF, entry.versionOf()));
        }
        if (a.headline() != null) {
            d.add(new TextField(HEADLINE, a.headline(), Field.Store.NO));
        }
        d.add(new TextField(BODY, a.body(), Field.Store.NO));
        for (String name : a.byline()) {
            d.add(new TextField(PERSON, name, Field.Store.NO));
        }
        addEntities(d, a);
        for (String when : dev.storyline.enrich.times.MentionedDates.of(a.times())) {
            d.add(new StringField(WHEN, when, Field.Store.NO));
        }
        for (String tag : a.tags()) {
            d.add(new StringField(TAG, keyword(tag), Field.Store.NO));
        }
        for (Map.Entry<String, List<String>> scheme : a.labels().entrySet()) {
            boolean topics = scheme.getKey().equalsIgnoreCase("topics") || scheme.getKey().equalsIgnoreCase("topic");
            for (String label : scheme.getValue()) {
                if (label == null || label.isBlank()) {
                    continue;
                }
                d.add(new StringField(LABEL, keyword(label), Field.Store.NO));
                if (topics) {
                    d.add(new StringField(TOPIC, keyword(label), Field.Store.NO));
                    d.add(new SortedSetDocValuesFacetField("topic", label.strip()));
                }
            }
        }
        String place = a.dateline() == null ? null : a.dateline().place();
        String agency = a.dateline() == null ? null : a.dateline().agency();
        if (place != null && !place.isBlank()) {
            d.add(new StringField(PLACE, keyword(place), Field.Store.NO));
            // datelines print places in capitals; one facet value per place, whatever the source printed
            d.add(new SortedSetDocValuesFacetField("place", place.strip().toUpperCase(Locale.ROOT)));
        }
        if (agency != null && !agency.isBlank()) {
            d.add(new StringField(AGENCY, keyword(agency), Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField("agency", agency.strip()));
        }
        String format = a.source() == null ? null : a.source().format();
        if (format != null && !format.isBlank()) {
            d.add(new StringField(FORMAT, keyword(format), Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(FORMAT_FACET, format.strip()));
        }
        LocalDate date = a.storyDate();
        if (date != null) {
            d.add(new LongPoint(DATE, date.toEpochDay()));
            d.add(new NumericDocValuesField(DATE, date.toEpochDay()));
            d.add(new SortedSetDocValuesFacetField("year", Integer.toString(date.getYear())));
        }
        for (String key : dev.storyline.relate.Fingerprints.of(a)) {
            d.add(new StringField(FINGERPRINT, key, Field.Store.NO));
        }
        if (entry.vector() != null) {
            d.add(new KnnFloatVectorField(VECTOR, entry.vector(), VectorSimilarityFunction.COSINE));
        }
        try {
            return FACETS_CONFIG.build(d);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Entities from enrichers: names (and aliases) searchable under {@code person:}, {@code organization:},
     * {@code location:}; keys under {@code entity:}; canonical names as facets.
     */
    private static void addEntities(Document d, Article a) {
        java.util.Set<String> faceted = new java.util.HashSet<>();
        for (Entity e : a.entities()) {
            if (e.name() == null || e.name().isBlank() || e.type() == null) {
                continue;
            }
            String field = switch (e.type()) {
                case PERSON -> PERSON;
                case ORGANIZATION -> ORGANIZATION;
                case PLACE -> LOCATION;
                case OTHER -> null;
            };
            if (e.key() != null && !e.key().isBlank()) {
                d.add(new StringField(ENTITY, keyword(e.key()), Field.Store.NO));
            }
            if (field == null) {
                continue;
            }
            d.add(new TextField(field, e.name(), Field.Store.NO));
            for (String alias : e.aliases()) {
                d.add(new TextField(field, alias, Field.Store.NO));
            }
            if (faceted.add(field + "|" + e.name().strip())) {
                d.add(new SortedSetDocValuesFacetField(field, e.name().strip()));
            }
        }
    }


    static String keyword(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    /** Every text of {@code a} that the terms of a "more like this" query are drawn from. */
    static List<String> likeTexts(Article a) {
        List<String> texts = new ArrayList<>(2);
        if (a.headline() != null) {
            texts.add(a.headline());
        }
        texts.add(a.body());
        return texts;
    }
}
