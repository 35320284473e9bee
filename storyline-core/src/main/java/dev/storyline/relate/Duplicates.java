package dev.storyline.relate;

import dev.storyline.index.ArticleIndex;
import dev.storyline.index.StoredArticle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds an article's duplicate group in an index: the stored articles sharing its exact key or one of its MinHash
 * band keys ({@link Fingerprints}, filed at put time) are checked with {@link NearDuplicates}. The cost is one lookup
 * of at most {@value #CANDIDATES} candidates, whatever the size of the corpus.
 *
 * <pre>{@code
 * DuplicateGroup g = new Duplicates(index).groupOf(stored);
 * g.representative();   // the earliest, fullest copy
 * }</pre>
 */
public final class Duplicates {

    /** Candidates checked per article: enough for wire copy filed by many outlets, bounded for cost. */
    public static final int CANDIDATES = 64;

    private final ArticleIndex index;

    public Duplicates(ArticleIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /** The duplicate group of the stored article {@code id}, or empty when no article has that id. */
    public Optional<DuplicateGroup> groupOf(String id) {
        return index.get(id).map(this::groupOf);
    }

    /** The duplicate group of {@code self}. */
    public DuplicateGroup groupOf(StoredArticle self) {
        List<String> keys = Fingerprints.of(self.article());
        List<StoredArticle> members = new ArrayList<>();
        List<DuplicateMatch> matches = new ArrayList<>();
        members.add(self);
        if (!keys.isEmpty()) {
            String text = NormalisedText.bodyOf(self.article());
            Set<Long> shingles = Shingles.of(text);
            for (StoredArticle c : index.withFingerprints(keys, CANDIDATES)) {
                if (c.id().equals(self.id()) || c.storyKey().equals(self.storyKey())) {
                    continue;
                }
                String other = NormalisedText.bodyOf(c.article());
                Optional<DuplicateMatch> m = text.equals(other)
                        ? Optional.of(new DuplicateMatch(DuplicateMatch.Kind.EXACT, 1, 1))
                        : NearDuplicates.match(shingles, Shingles.of(other));
                if (m.isPresent()) {
                    members.add(c);
                    matches.add(m.get());
                }
            }
        }
        StoredArticle rep = members.stream().min(REPRESENTATIVE_ORDER).orElseThrow();
        List<StoredArticle> ordered = new ArrayList<>(members.size());
        List<DuplicateMatch> orderedMatches = new ArrayList<>(matches.size());
        ordered.add(rep);
        // members.get(i) for i > 0 matched self as matches.get(i - 1); keep that pairing after moving rep first
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i) != rep) {
                ordered.add(members.get(i));
            }
        }
        for (StoredArticle m : ordered) {
            int i = members.indexOf(m);
            if (i > 0) {
                orderedMatches.add(matches.get(i - 1));
            }
        }
        return new DuplicateGroup(rep, ordered, orderedMatches);
    }

    /** Earliest story date (undated last), then the longest body, then the smallest id. */
    public static final Comparator<StoredArticle> REPRESENTATIVE_ORDER = Comparator
            .comparing((StoredArticle s) -> s.article().storyDate(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(s -> -NormalisedText.bodyOf(s.article()).length())
            .thenComparing(StoredArticle::id);
}
