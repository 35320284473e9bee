package dev.storyline.relate;

import dev.storyline.index.StoredArticle;
import java.util.List;

/**
 * An article's duplicate group: every stored article that tells the same story in (nearly) the same words and is
 * not another version of it (versions are chained, not grouped).
 *
 * <p>The representative is the member shown for the group: the earliest by story date (undated last), then the one
 * with the longest body (the fullest copy), then the smallest id, so the choice is stable across runs and
 * insertion orders.
 *
 * @param representative the member shown for the group
 * @param members        every member, the representative first; just the article itself when it has no duplicate
 * @param matches        for each member other than the article the group was asked for, in member order, how it
 *                       matches that article
 */
public record DuplicateGroup(StoredArticle representative, List<StoredArticle> members, List<DuplicateMatch> matches) {

    public DuplicateGroup {
        members = List.copyOf(members);
        matches = List.copyOf(matches);
    }

    /** {@code true} when the group has more than one member. */
    public boolean hasDuplicates() {
        return members.size() > 1;
    }

    /** {@code true} when {@code id} is a member. */
    public boolean contains(String id) {
        return members.stream().anyMatch(m -> m.id().equals(id));
    }
}
