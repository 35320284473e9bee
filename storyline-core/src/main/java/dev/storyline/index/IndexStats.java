package dev.storyline.index;

import java.util.Map;

/**
 * What an index holds.
 *
 * @param articles  how many articles are stored
 * @param stories   how many distinct stories (version chains) they form
 * @param sizeBytes size of the index on disk (0 for a remote index that does not say)
 * @param firstDate the earliest story date (ISO), or {@code null} when no article has one
 * @param lastDate  the latest story date (ISO), or {@code null}
 * @param byFormat  article counts by source format, e.g. {@code reuters-sgml -> 21578}
 * @param byAgency  article counts by agency (largest first)
 */
public record IndexStats(long articles, long stories, long sizeBytes, String firstDate, String lastDate,
        Map<String, Long> byFormat, Map<String, Long> byAgency) {
}
