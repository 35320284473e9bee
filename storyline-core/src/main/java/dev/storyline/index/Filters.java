package dev.storyline.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Restrictions that do not change the ranking: a date range (inclusive) and accepted places, agencies and tags.
 * Values of one kind are alternatives (any of them); kinds combine (all of them). Matching ignores case.
 *
 * @param from     earliest story date, or {@code null}
 * @param to       latest story date, or {@code null}
 * @param places   accepted dateline places, e.g. {@code [SEOUL, TOKYO]}; empty for any
 * @param agencies accepted agencies, e.g. {@code [Yonhap]}; empty for any
 * @param tags     accepted wire tags or topic labels, e.g. {@code [LEAD]}, {@code [grain]}; empty for any
 */
public record Filters(LocalDate from, LocalDate to, List<String> places, List<String> agencies, List<String> tags) {

    public Filters {
        places = List.copyOf(Objects.requireNonNullElse(places, List.of()));
        agencies = List.copyOf(Objects.requireNonNullElse(agencies, List.of()));
        tags = List.copyOf(Objects.requireNonNullElse(tags, List.of()));
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
    }

    /** No restriction. */
    public static Filters none() {
        return new Filters(null, null, List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return from == null && to == null && places.isEmpty() && agencies.isEmpty() && tags.isEmpty();
    }

    public Filters withDates(LocalDate f, LocalDate t) {
        return new Filters(f, t, places, agencies, tags);
    }

    public Filters withPlaces(List<String> p) {
        return new Filters(from, to, p, agencies, tags);
    }

    public Filters withAgencies(List<String> a) {
        return new Filters(from, to, places, a, tags);
    }

    public Filters withTags(List<String> t) {
        return new Filters(from, to, places, agencies, t);
    }
}
