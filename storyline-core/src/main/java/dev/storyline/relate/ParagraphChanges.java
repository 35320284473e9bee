package dev.storyline.relate;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two versions of a story, paragraph by paragraph: paragraphs of the newer version not in the
 * older (added) and of the older not in the newer (removed), found as the complement of their longest common
 * subsequence. Paragraphs are compared on their normalised text, so re-wrapping is not a change; a paragraph with
 * one corrected figure shows as one removed and one added paragraph.
 *
 * @param fromId  the older version
 * @param toId    the newer version
 * @param added   paragraphs new in {@code toId}, in its order
 * @param removed paragraphs of {@code fromId} gone from {@code toId}, in its order
 */
public record ParagraphChanges(String fromId, String toId, List<String> added, List<String> removed) {

    /** Longer texts are compared on their first paragraphs only, to bound the quadratic cost. */
    static final int MAX_PARAGRAPHS = 2000;

    public ParagraphChanges {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /** The changes from paragraphs {@code older} to {@code newer}. */
    public static ParagraphChanges between(String fromId, List<String> older, String toId, List<String> newer) {
        List<String> a = older.subList(0, Math.min(older.size(), MAX_PARAGRAPHS));
        List<String> b = newer.subList(0, Math.min(newer.size(), MAX_PARAGRAPHS));
        String[] na = a.stream().map(NormalisedText::of).toArray(String[]::new);
        String[] nb = b.stream().map(NormalisedText::of).toArray(String[]::new);
        int[][] lcs = new int[na.length + 1][nb.length + 1];
        for (int i = na.length - 1; i >= 0; i--) {
            for (int j = nb.length - 1; j >= 0; j--) {
                lcs[i][j] = na[i].equals(nb[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < na.length && j < nb.length) {
            if (na[i].equals(nb[j])) {
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                removed.add(a.get(i++));
            } else {
                added.add(b.get(j++));
            }
        }
        while (i < na.length) {
            removed.add(a.get(i++));
        }
        while (j < nb.length) {
            added.add(b.get(j++));
        }
        return new ParagraphChanges(fromId, toId, added, removed);
    }

    /** {@code true} when the two versions have the same paragraphs. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty();
    }
}
