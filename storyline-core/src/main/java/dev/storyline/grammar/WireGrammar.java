package dev.storyline.grammar;

import dev.storyline.model.Article;
import dev.storyline.model.Dateline;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Provenance;
import dev.storyline.model.Timestamp;
import dev.storyline.read.Document;
import dev.storyline.read.SourceMetadata;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Applies the wire grammar to the text of a document, whatever its format:
 *
 * <pre>
 * (LEAD) S. Korea pushing to hold talks        headline and tags (when the text starts with its headline)
 * (ATTN: UPDATES with details in para 3)       attention
 * By Oh Seok-min                               byline
 * SEOUL, May 21 (Yonhap) -- South Korea ...    dateline, then body paragraphs
 * graceoh@yna.co.kr                            contacts
 * (END)                                        end marker
 * - / headline / - / headline ...              rail
 * </pre>
 *
 * The source's metadata wins where it is authoritative: its headline when the text has none, its byline, tags,
 * version, attention and language; its date fixes the year of a dateline that prints none
 * ({@link StoryDateResolver}). The text's dateline wins for place, agency and month and day.
 */
public final class WireGrammar {

    private final HeadlineTags headlineTags = new HeadlineTags();
    private final AttentionLine attentionLine = new AttentionLine();
    private final BylineParser bylineParser = new BylineParser();
    private final DatelineParser datelineParser = new DatelineParser();
    private final StoryTail storyTail = new StoryTail();
    private final StoryDateResolver dateResolver = new StoryDateResolver();
    private final LanguageGuess languageGuess = new LanguageGuess();

    /** Parses {@code document} into an article whose id is {@code id}. */
    public Article parse(Document document, String id) {
        SourceMetadata meta = document.metadata();
        List<String> warnings = new ArrayList<>(document.warnings());
        warnings.addAll(meta.warnings());
        List<String> lines = document.text().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        int next = 0;
        String printedHeadline = null;
        if (document.startsWithHeadline() && !lines.isEmpty() && !opensWithDateline(lines)) {
            printedHeadline = lines.get(0);
            next = 1;
        }
        String attention = null;
        List<String> byline = List.of();
        boolean afterByline = false;
        for (int k = 0; k < 4 && next < lines.size(); k++) {
            String line = lines.get(next);
            Optional<String> attn = attention == null ? attentionLine.parse(line) : Optional.empty();
            Optional<List<String>> names = byline.isEmpty() ? bylineParser.parse(line) : Optional.empty();
            if (attn.isPresent()) {
                attention = attn.get();
            } else if (names.isPresent()) {
                byline = names.get();
                afterByline = true;
                next++;
                continue;
            } else if (afterByline && bylineParser.isAffiliation(line)) {
                // "Associated Press" on the line under the byline
            } else if (byline.isEmpty() && unreadByline(lines, next)) {
                warnings.add("byline '" + line + "' names no person that could be read");
            } else {
                break;
            }
            afterByline = false;
            next++;
        }

        TaggedHeadline headline = headlineTags.parse(printedHeadline != null ? printedHeadline : meta.headline());
        LinkedHashSet<String> tags = new LinkedHashSet<>(meta.tags());
        tags.addAll(headline.tags());
        int version = meta.version() != null && meta.version() >= 1 ? meta.version()
                : HeadlineTags.versionOf(List.copyOf(tags));
        if (meta.attention() != null && !meta.attention().isBlank()) {
            attention = meta.attention();
        }
        if (!meta.byline().isEmpty()) {
            byline = meta.byline().stream()
                    .flatMap(b -> bylineParser.parse(b).orElse(List.of(b.strip())).stream()) // "By Ann Lee" -> Ann Lee
                    .filter(b -> !b.isEmpty()).toList();
        }

        List<String> body = new ArrayList<>(lines.subList(next, lines.size()));
        int at = datelineIndex(body);
        Optional<ParsedDateline> parsed = at < 0 ? Optional.empty() : datelineParser.parse(body.get(at));
        if (parsed.isPresent()) {
            if (at > 0) {
                warnings.add("the dateline follows " + at + " paragraph(s) of text, kept as body");
            }
            String rest = body.get(at).substring(parsed.get().length()).strip();
            if (rest.isEmpty()) {
                body.remove(at); // the dateline stood on its own line
            } else {
                body.set(at, rest);
            }
        }
        StoryTail.Split tail = storyTail.split(body);
        warnings.addAll(tail.warnings());
        Dateline dateline = dateline(parsed, meta, tail.body(), warnings);

        String language = meta.language();
        if (language == null || language.isBlank()) {
            language = languageGuess.guess(java.util.Objects.toString(printedHeadline, "") + "\n" + String.join("\n", tail.body()));
            if (language == null && !tail.body().isEmpty()) {
                warnings.add("language not recognised from the text");
            }
        }
        return new Article(id, headline.headline(), List.copyOf(tags), version, attention, byline, dateline,
                tail.body(), tail.contacts(), tail.credits(), tail.endMarker(), tail.rail(), language, meta.url(),
                meta.published(), meta.labels(), document.source(), warnings);
    }

    /** How many paragraphs may precede the dateline (a standfirst, a photo caption). */
    private static final int DATELINE_SEARCH = 3;

    /**
     * Where the dateline is: the first paragraph when it opens with one; else the first of the next few paragraphs
     * opening with a dateline that prints a date or an agency; -1 when there is none.
     */
    private int datelineIndex(List<String> body) {
        if (body.isEmpty()) {
            return -1;
        }
        if (datelineParser.parse(body.get(0)).isPresent()) {
            return 0;
        }
        for (int i = 1; i < Math.min(body.size(), DATELINE_SEARCH); i++) {
            if (datelineParser.parse(body.get(i)).filter(ParsedDateline::strong).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    /** A short "By ..." line whose names could not be read, just before a dateline: still the byline. */
    private boolean unreadByline(List<String> lines, int i) {
        String line = lines.get(i);
        return line.length() <= 160 && line.matches("(?:By|BY|by)\\s+\\S.*") && i + 1 < lines.size()
                && datelineParser.parse(lines.get(i + 1)).isPresent();
    }

    /**
     * {@code true} when the text has no headline line: its first line opens with a dateline that prints a date or
     * an agency, and the second line does not (a headline such as {@code PORT TO CLOSE JULY 1 - MINISTER} can look
     * like a dateline; the real one then follows it).
     */
    private boolean opensWithDateline(List<String> lines) {
        if (datelineParser.parse(lines.get(0)).filter(ParsedDateline::strong).isEmpty()) {
            return false;
        }
        return lines.size() < 2 || datelineParser.parse(lines.get(1)).filter(ParsedDateline::strong).isEmpty();
    }

    private Dateline dateline(Optional<ParsedDateline> parsed, SourceMetadata meta, List<String> body,
            List<String> warnings) {
        if (parsed.isEmpty()) {
            if (meta.place() == null || meta.place().isBlank()) {
                return null;
            }
            Timestamp published = meta.published();
            return new Dateline(meta.place(), published == null ? null : PartialDate.of(published.date()),
                    meta.agency(), null,
                    published == null ? null : new Provenance("source", "source date " + published));
        }
        ParsedDateline d = parsed.get();
        String lead = body.isEmpty() ? "" : body.get(0);
        StoryDateResolver.Resolution r = dateResolver.resolve(d, meta.published(), lead, body);
        if (r.warning() != null) {
            warnings.add(r.warning());
        }
        return new Dateline(d.place(), r.date() == null ? null : PartialDate.of(r.date()), d.agency(), d.text(),
                r.provenance());
    }
}
