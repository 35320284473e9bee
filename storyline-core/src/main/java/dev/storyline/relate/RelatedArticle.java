package dev.storyline.relate;

import dev.storyline.index.StoredArticle;
import java.util.List;

/**
 * One entry of a related list: the head of a story, its score and why it was chosen.
 *
 * @param stored          the related article (the newest version of its story)
 * @param score           the final score, 0..1; every listed article scores at least the floor
 * @param reasons         why it was chosen
 * @param earlierVersions how many earlier versions of it are stored (shown as "N earlier versions")
 * @param copies          ids of candidates that are near copies of it, folded under it rather than listed again
 */
public record RelatedArticle(StoredArticle stored, double score, RelatedReasons reasons, int earlierVersions,
        List<String> copies) {

    public RelatedArticle {
        copies = List.copyOf(copies);
    }

    public String id() {
        return stored.id();
    }
}
