package dev.storyline.relate;

import dev.storyline.index.ArticleIndex;
import dev.storyline.index.StoredArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The successive versions of one wire story, oldest first, with what changed from each to the next. The head is
 * the newest version (highest version number; the last stored among equals): the one search and related lists
 * show, with "N earlier versions".
 *
 * <p>Which articles are versions of one story is decided at ingest ({@link dev.storyline.relate.StoryKeys} and
 * {@link VersionLinks}): they share a story key in the index.
 *
 * @param versions every version, oldest first
 * @param changes  for each version after the first, its changes from the one before
 */
public record VersionChain(List<StoredArticle> versions, List<ParagraphChanges> changes) {

    public VersionChain {
        versions = List.copyOf(versions);
        changes = List.copyOf(changes);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a version chain has at least one version");
        }
    }

    /** The chain of the stored article {@code id}, or empty when no article has that id. */
    public static Optional<VersionChain> of(ArticleIndex index, String id) {
        return index.get(id).map(self -> of(index, self));
    }

    /** The chain {@code self} belongs to (just {@code self} when it has no other version). */
    public static VersionChain of(ArticleIndex index, StoredArticle self) {
        List<StoredArticle> versions = new ArrayList<>(index.versions(self.storyKey()));
        if (versions.stream().noneMatch(v -> v.id().equals(self.id()))) {
            versions.add(self);
        }
        versions.sort(java.util.Comparator.comparingInt(v -> v.article().version()));
        List<ParagraphChanges> changes = new ArrayList<>();
        for (int i = 1; i < versions.size(); i++) {
            StoredArticle from = versions.get(i - 1);
            StoredArticle to = versions.get(i);
            changes.add(ParagraphChanges.between(from.id(), from.article().paragraphs(), to.id(),
                    to.article().paragraphs()));
        }
        return new VersionChain(versions, changes);
    }

    /** The newest version. */
    public StoredArticle head() {
        return versions.get(versions.size() - 1);
    }

    /** How many versions precede the head. */
    public int earlierVersions() {
        return versions.size() - 1;
    }
}
