package dev.storyline.index;

import dev.storyline.model.Article;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every contract area shares: a fresh index in a temporary folder per test, and the factory a backend
 * implements. A backend's test class extends one contract class per area and implements {@link #open(Path)}.
 */
public abstract class IndexContract {

    @TempDir
    protected Path dataDir;

    protected ArticleIndex index;

    /** Opens (creating when new) the backend's index kept in {@code dir}, for writing. */
    protected abstract ArticleIndex open(Path dir);

    @BeforeEach
    void openIndex() {
        index = open(dataDir);
    }

    @AfterEach
    void closeIndex() {
        if (index != null) {
            index.close();
        }
    }

    /** Closes the index and opens it again on the same folder. */
    protected void reopen() {
        index.close();
        index = open(dataDir);
    }

    protected void putAll(List<Article> articles) {
        articles.forEach(index::put);
    }

    protected static List<String> ids(SearchResult r) {
        return r.hits().stream().map(Hit::id).toList();
    }
}
