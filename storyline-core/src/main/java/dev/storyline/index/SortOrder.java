package dev.storyline.index;

/** How search hits are ordered. */
public enum SortOrder {
    /** Best match first. */
    RELEVANCE,
    /** Newest story date first; undated articles last. */
    DATE
}
