package dev.storyline.index;

import java.util.Objects;

/**
 * An article found by the cheap first stage of a neighbour search: its id and score, nothing loaded yet. Related
 * ranking gathers many of these and loads only the few it re-ranks.
 *
 * @param id    the stored article's id
 * @param score similarity; higher is nearer
 */
public record RankedId(String id, float score) {

    public RankedId {
        Objects.requireNonNull(id, "id");
    }
}
