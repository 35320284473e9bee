package dev.storyline.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One news article as Storyline understands it: the wire structure of its text (headline, version tags,
 * byline, dateline, body, sign-off) plus what its source said about it. This record is the native JSON
 * of the API; its component names are the contract.
 *
 * <p>Every list is non-null and unmodifiable; optional scalars are {@code null} when absent.
 *
 * @param id         stable identifier, derived from the source's own id when it has one, else from the content
 * @param headline   the headline without its version tags, e.g. {@code S. Korea pushing to hold defense talks}
 * @param tags       wire tags found before the headline, e.g. {@code ["LEAD"]}, {@code ["2nd LD"]}, {@code ["URGENT"]}
 * @param version    1 for an untagged story, 2 for {@code (LEAD)}, 3 for {@code (2nd LD)}, n+1 for {@code (nth LD)}
 * @param attention  the {@code (ATTN: ...)} editor's note, without the wrapper
 * @param byline     person names from the byline, without "By" or the agency
 * @param dateline   where, when and by which agency the story was filed; {@code null} when the text has none
 * @param paragraphs body paragraphs; the first has its dateline prefix removed
 * @param contacts   e-mail addresses of the reporters
 * @param credits    credit lines ("Reporting by ...; Editing by ...", "... contributed to this report")
 * @param endMarker  the sign-off exactly as printed: {@code (END)}, {@code Enditem}, {@code ==Kyodo}, {@code Reuter}, ...
 * @param rail       trailing lists of other headlines printed after the story (a page's "related" rail)
 * @param language   ISO 639-1 code of the text, e.g. {@code en}
 * @param url        the canonical address of the article, when the source gives one
 * @param published  publication date or date-time given by the source, as precise as it gave it, when it gives one
 * @param labels     category labels given by the source, by scheme: e.g. {@code topics -> [grain, wheat]}
 * @param source     where the article was read from
 * @param warnings   what was odd or guessed while reading, for a human to check
 * @param entities   named entities with their mentions (filled by enrichers; empty until then)
 * @param times      time expressions normalised against the story's date (filled by enrichers)
 * @param quotes     direct quotations with their speakers (filled by enrichers)
 */
public record Article(
        String id,
        String headline,
        List<String> tags,
        int version,
        String attention,
        List<String> byline,
        Dateline dateline,
        List<String> paragraphs,
        List<String> contacts,
        List<String> credits,
        String endMarker,
        List<RailItem> rail,
        String language,
        String url,
        Timestamp published,
        Map<String, List<String>> labels,
        Source source,
        List<String> warnings,
        List<Entity> entities,
        List<TimeExpression> times,
        List<Quote> quotes) {

    public Article {
        Objects.requireNonNull(id, "id");
        tags = List.copyOf(Objects.requireNonNullElse(tags, List.of()));
        byline = List.copyOf(Objects.requireNonNullElse(byline, List.of()));
        paragraphs = List.copyOf(Objects.requireNonNullElse(paragraphs, List.of()));
        contacts = List.copyOf(Objects.requireNonNullElse(contacts, List.of()));
        credits = List.copyOf(Objects.requireNonNullElse(credits, List.of()));
        rail = List.copyOf(Objects.requireNonNullElse(rail, List.of()));
        labels = Map.copyOf(Objects.requireNonNullElse(labels, Map.of()));
        warnings = List.copyOf(Objects.requireNonNullElse(warnings, List.of()));
        entities = List.copyOf(Objects.requireNonNullElse(entities, List.of()));
        times = List.copyOf(Objects.requireNonNullElse(times, List.of()));
        quotes = List.copyOf(Objects.requireNonNullElse(quotes, List.of()));
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1, got " + version);
        }
    }

    /** An article before enrichment: no entities, times or quotes yet. */
    public Article(String id, String headline, List<String> tags, int version, String attention, List<String> byline,
            Dateline dateline, List<String> paragraphs, List<String> contacts, List<String> credits, String endMarker,
            List<RailItem> rail, String language, String url, Timestamp published, Map<String, List<String>> labels,
            Source source, List<String> warnings) {
        this(id, headline, tags, version, attention, byline, dateline, paragraphs, contacts, credits, endMarker, rail,
                language, url, published, labels, source, warnings, List.of(), List.of(), List.of());
    }

    /** This article with {@code newEntities} in place of its entities. */
    public Article withEntities(List<Entity> newEntities) {
        return new Article(id, headline, tags, version, attention, byline, dateline, paragraphs, contacts, credits,
                endMarker, rail, language, url, published, labels, source, warnings, newEntities, times, quotes);
    }

    /** This article with {@code newTimes} in place of its time expressions. */
    public Article withTimes(List<TimeExpression> newTimes) {
        return new Article(id, headline, tags, version, attention, byline, dateline, paragraphs, contacts, credits,
                endMarker, rail, language, url, published, labels, source, warnings, entities, newTimes, quotes);
    }

    /** This article with {@code newQuotes} in place of its quotes. */
    public Article withQuotes(List<Quote> newQuotes) {
        return new Article(id, headline, tags, version, attention, byline, dateline, paragraphs, contacts, credits,
                endMarker, rail, language, url, published, labels, source, warnings, entities, times, newQuotes);
    }

    /** This article with {@code more} warnings after its own; itself when there are none. */
    public Article withMoreWarnings(List<String> more) {
        if (more == null || more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new Article(id, headline, tags, version, attention, byline, dateline, paragraphs, contacts, credits,
                endMarker, rail, language, url, published, labels, source, all, entities, times, quotes);
    }

    /**
     * The date the story is filed under: its dateline date when its year is known, else the day of the source's
     * publication date; {@code null} when neither is known.
     */
    public java.time.LocalDate storyDate() {
        java.time.LocalDate date = date();
        return date != null ? date : published == null ? null : published.date();
    }

    /** The body as one text, paragraphs separated by a blank line. */
    public String body() {
        return String.join("\n\n", paragraphs);
    }

    /** The dateline's date when it is a full date (its year known), else {@code null}. */
    public java.time.LocalDate date() {
        return dateline == null || dateline.date() == null ? null : dateline.date().fullDate().orElse(null);
    }
}
