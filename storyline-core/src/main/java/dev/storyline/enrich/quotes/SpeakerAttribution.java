package dev.storyline.enrich.quotes;

import dev.storyline.model.Entity;
import dev.storyline.model.EntityType;
import dev.storyline.model.Mention;
import dev.storyline.model.Quote.Speaker;
import dev.storyline.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who said a quotation from the words around it, in the patterns news copy uses:
 *
 * <pre>
 * "...," a ministry official well-versed in the issue said.    speaker after the quote, verb last
 * "...," said Jeong Kyeong-doo, the defense minister.           verb first
 * Jeong told reporters: "..."                                    speaker before the quote
 * "...," according to the officials.                             according to
 * "...," he said.                                                pronoun: the last person named before
 * </pre>
 *
 * <p>With the article's entities, a speaker who is a person or organisation gets its canonical name and key
 * ("Jeong" → Jeong Kyeong-doo); without them, a capitalised name is kept as printed and a last name or pronoun is
 * matched to a fuller name named earlier. A speaker the story only describes keeps the description. One instance
 * serves one article.
 */
public final class SpeakerAttribution {

    private static final String VERB = "(?:said|says|say|added|adds|told|tells|stated|states|explained|explains"
            + "|noted|notes|asked|asks|warned|warns|insisted|insists|argued|argues|declared|declares|wrote|writes"
            + "|recalled|recalls|continued|remarked|replied|replies|answered|acknowledged|acknowledges|admitted"
            + "|admits|conceded|claimed|claims|announced|stressed|stresses|emphasized|emphasised|urged|urges"
            + "|cautioned|predicted|complained|observed|commented|quipped|joked|concluded|agreed|said in a statement)";
    private static final String PHRASE = "[^.;:!?\"\u201C\u201D\u00AB\u00BB\n]{1,120}?";
    private static final Pattern VERB_FIRST = Pattern.compile("^[\\s,\u2014-]*" + VERB + "\\s+(?<s>" + PHRASE
            + ")(?=\\s*(?:[.,;:!?]|$)|\\s+(?:on|in|at|after|before|when|while|during|as|adding|referring|in a)\\b)");
    private static final Pattern VERB_LAST = Pattern.compile("^[\\s,\u2014-]*(?<s>" + PHRASE + ")\\s+(?:also\\s+|later"
            + "\\s+|then\\s+)?" + VERB + "\\b");
    private static final Pattern ACCORDING_AFTER = Pattern.compile("^[\\s,\u2014-]*according to\\s+(?<s>"
            + "[^.;:!?,\"\u201C\u201D\n]{1,120})", Pattern.CASE_INSENSITIVE);
    private static final Pattern BEFORE = Pattern.compile("(?<s>[^.;:!?\"\u201C\u201D\u00AB\u00BB\n]{1,120}?)\\s+"
            + VERB + "\\b[^.;!?\"\u201C\u201D\n]{0,60}?[:,]?\\s*(?:that\\s*)?$");
    private static final Pattern ACCORDING_BEFORE = Pattern.compile("according to\\s+(?<s>[^.;:!?,\"\u201C\u201D\n]"
            + "{1,120}?)\\s*,?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it");

    private final List<String> paragraphs;
    private final List<Entity> entities;
    private final List<Speaker> named = new ArrayList<>();
    private QuoteFinder.FoundQuote previous;
    private Speaker previousSpeaker;

    /**
     * @param paragraphs the article's paragraphs
     * @param entities   the article's entities, possibly empty
     */
    public SpeakerAttribution(List<String> paragraphs, List<Entity> entities) {
        this.paragraphs = List.copyOf(paragraphs);
        this.entities = entities == null ? List.of() : List.copyOf(entities);
    }

    /** The speaker of {@code quote}, or {@code null} when the text does not say. Call in text order. */
    public Speaker speakerOf(QuoteFinder.FoundQuote quote) {
        Speaker s = attribute(quote);
        previous = quote;
        previousSpeaker = s;
        if (s != null && s.name() != null) {
            named.add(s);
        }
        return s;
    }

    private Speaker attribute(QuoteFinder.FoundQuote quote) {
        Span phrase = phraseAfter(quote);
        if (phrase == null && continuesPrevious(quote)) {
            // "...," he said. "...": the second part is the same speaker's
            return previousSpeaker;
        }
        if (phrase == null) {
            phrase = phraseBefore(quote);
        }
        return phrase == null ? null : resolve(phrase, quote.first());
    }

    /** True when the previous quotation ended in this one's paragraph with only its attribution in between. */
    private boolean continuesPrevious(QuoteFinder.FoundQuote quote) {
        if (previous == null || previousSpeaker == null || previousSpeaker.span() == null) {
            return false;
        }
        Span said = previousSpeaker.span();
        return previous.last().paragraph() == quote.first().paragraph() && said.paragraph() == quote.first().paragraph()
                && said.start() >= previous.closeMark() && said.end() <= quote.openMark();
    }

    private Span phraseAfter(QuoteFinder.FoundQuote quote) {
        Span last = quote.last();
        String text = paragraphs.get(last.paragraph());
        int from = Math.min(quote.closeMark(), text.length());
        String rest = text.substring(from, Math.min(text.length(), from + 200));
        for (Pattern p : List.of(ACCORDING_AFTER, VERB_FIRST, VERB_LAST)) {
            Matcher m = p.matcher(rest);
            if (m.find()) {
                return trimmed(last.paragraph(), text, from + m.start("s"), from + m.end("s"));
            }
        }
        return null;
    }

    private Span phraseBefore(QuoteFinder.FoundQuote quote) {
        Span first = quote.first();
        int paragraph = first.paragraph();
        String text = paragraphs.get(paragraph);
        int to = Math.max(0, Math.min(quote.openMark(), text.length()));
        if (text.substring(0, to).isBlank() && paragraph > 0 && paragraphs.get(paragraph - 1).strip().endsWith(":")) {
            // "The minister said:" closing the paragraph before the quotation
            paragraph--;
            text = paragraphs.get(paragraph);
            to = text.stripTrailing().length();
        }
        int from = Math.max(0, to - 200);
        String before = text.substring(from, to);
        for (Pattern p : List.of(ACCORDING_BEFORE, BEFORE)) {
            Matcher m = p.matcher(before);
            if (m.find()) {
                return trimmed(paragraph, text, from + m.start("s"), from + m.end("s"));
            }
        }
        return null;
    }

    private static Span trimmed(int paragraph, String text, int start, int end) {
        while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : new Span(paragraph, start, end, text.substring(start, end));
    }

    private Speaker resolve(Span printed, Span quoteStart) {
        SpeakerPhrase parsed = SpeakerPhrase.parse(printed.text());
        if (parsed == null) {
            return null;
        }
        Span phrase = new Span(printed.paragraph(), printed.start() + parsed.offset(),
                printed.start() + parsed.offset() + parsed.length(),
                printed.text().substring(parsed.offset(), parsed.offset() + parsed.length()));
        String words = phrase.text();
        String lower = words.toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(lower)) {
            Entity person = lastPersonBefore(quoteStart);
            if (person != null) {
                return new Speaker(person.name(), person.key(), null, phrase);
            }
            if (!named.isEmpty() && !lower.equals("they") && !lower.equals("we") && !lower.equals("it")) {
                Speaker prev = named.get(named.size() - 1);
                return new Speaker(prev.name(), prev.entityKey(), null, phrase);
            }
            return new Speaker(null, null, words, phrase);
        }
        Entity e = entityIn(phrase);
        if (e != null) {
            return new Speaker(e.name(), e.key(), parsed.name() == null ? null : parsed.description(), phrase);
        }
        if (parsed.name() != null) {
            String name = parsed.name();
            for (int i = named.size() - 1; i >= 0; i--) {
                Speaker prev = named.get(i);
                if (!prev.name().equals(name) && containsWord(prev.name(), name)) {
                    return new Speaker(prev.name(), prev.entityKey(), parsed.description(), phrase);
                }
            }
            return new Speaker(name, null, parsed.description(), phrase);
        }
        Entity byRole = personByRole(parsed.description());
        if (byRole != null) {
            return new Speaker(byRole.name(), byRole.key(), parsed.description(), phrase);
        }
        return new Speaker(null, null, parsed.description(), phrase);
    }

    /**
     * The one person whose role the definite description names ("the defense minister" for the entity with role
     * "Defense Minister"); null when none or several fit.
     */
    private Entity personByRole(String description) {
        if (description == null || !description.toLowerCase(Locale.ROOT).startsWith("the ")) {
            return null;
        }
        String d = description.toLowerCase(Locale.ROOT).substring(4).strip();
        Entity found = null;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            for (String role : e.roles()) {
                String r = role.toLowerCase(Locale.ROOT);
                if (r.equals(d) || r.endsWith(" " + d)) {
                    if (found != null && found != e) {
                        return null;
                    }
                    found = e;
                }
            }
        }
        return found;
    }

    /** The person or organisation entity mentioned inside the phrase, or named by it as a last name or alias. */
    private Entity entityIn(Span phrase) {
        Entity byName = null;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (Mention m : e.mentions()) {
                Span s = m.span();
                if (s.paragraph() == phrase.paragraph() && s.start() < phrase.end() && phrase.start() < s.end()) {
                    if (e.type() == EntityType.PERSON) {
                        return e;
                    }
                    byName = byName == null ? e : byName;
                }
            }
            if (byName == null && e.type() == EntityType.PERSON
                    && (e.aliases().contains(phrase.text()) || containsWord(e.name(), phrase.text()))) {
                byName = e;
            }
        }
        if (byName != null && byName.type() == EntityType.ORGANIZATION && !SpeakerPhrase.allCapitalised(phrase.text())) {
            // "the ministry" names an organisation only by description; keep the story's words
            return null;
        }
        return byName;
    }

    private Entity lastPersonBefore(Span at) {
        Entity best = null;
        long bestPos = -1;
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            for (Mention m : e.mentions()) {
                Span s = m.span();
                long pos = (long) s.paragraph() * Integer.MAX_VALUE + s.start();
                long limit = (long) at.paragraph() * Integer.MAX_VALUE + at.start();
                if (s.paragraph() >= 0 && pos < limit && pos > bestPos) {
                    best = e;
                    bestPos = pos;
                }
            }
        }
        return best;
    }

    private static boolean containsWord(String name, String word) {
        for (String w : name.split("\\s+")) {
            if (w.equals(word)) {
                return true;
            }
        }
        return false;
    }
}
