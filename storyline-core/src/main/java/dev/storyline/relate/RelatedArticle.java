package dev.storyline.relate;

import dev.storyline.index.StoredArticle;

/**
 * One entry of a related list: the head of a story, its score and why it was chosen.
 *
 * @param stored          the related article (the newest version of its story)
 * @param score           the final score, 0..1; every listed article scores at least the floor
 * @param reasons         why it was chosen
 * @param earlierVersions how many earlier versions of it are stored (shown as "N earlier versions")
 */
public record RelatedArticle(StoredArticle stored, double score, RelatedReasons reasons, int earlierVersions) {

    public String id() {
        return stored.id();
    }
}
