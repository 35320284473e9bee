package dev.storyline.eval.related;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The baseline: plain Lucene {@link MoreLikeThis} over headline and body in one field, in memory, with Lucene's
 * defaults (min term frequency 2, min document frequency 5, 25 query terms) or with min term and document
 * frequency 1.
 */
final class MoreLikeThisBaseline implements AutoCloseable {

    private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Map<String, Integer> docOf = new HashMap<>();
    private final List<String> ids = new ArrayList<>();

    MoreLikeThisBaseline(List<EvalDoc> docs) throws IOException {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (EvalDoc d : docs) {
                Document doc = new Document();
                doc.add(new StringField("id", d.id(), Field.Store.YES));
                String headline = d.article().headline() == null ? "" : d.article().headline();
                // stored, so that MoreLikeThis.like(docNum) can re-analyse it (no term vectors)
                doc.add(new TextField("text", headline + "\n" + d.article().body(), Field.Store.YES));
                w.addDocument(doc);
            }
            w.forceMerge(1);
        }
        reader = DirectoryReader.open(dir);
        searcher = new IndexSearcher(reader);
        for (int i = 0; i < reader.maxDoc(); i++) {
            String id = searcher.storedFields().document(i).get("id");
            docOf.put(id, i);
            ids.add(id);
        }
    }

    /** The ids most like {@code id}, itself excluded; {@code lucenDefaults} false sets min tf and df to 1. */
    List<String> similar(String id, int size, boolean luceneDefaults) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(new StandardAnalyzer());
        mlt.setFieldNames(new String[] {"text"});
        if (!luceneDefaults) {
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
        }
        int doc = docOf.get(id);
        Query q = mlt.like(doc);
        List<String> out = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(q, size + 1).scoreDocs) {
            if (sd.doc != doc && out.size() < size) {
                out.add(ids.get(sd.doc));
            }
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        dir.close();
    }
}
