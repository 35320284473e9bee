package dev.storyline.enrich.entities;

import dev.storyline.model.Span;
import dev.storyline.nlp.SentenceSplitter;
import dev.storyline.nlp.Token;
import dev.storyline.nlp.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the names in an article's headline and paragraphs: tokenises each, splits it into sentences and tags the
 * whole article as one document with the {@link NameTagger} (headline first), so that what the story says in one
 * paragraph helps with the next. Work is bounded: past {@link #MAX_TOKENS} tokens an article is cut, with a
 * warning, so a 1 MB paragraph costs at most a second or two.
 *
 * <p>Thread-safe.
 */
public final class EntityRecognizer {

    /** The most tokens of one article that are tagged; the rest is skipped with a warning. */
    public static final int MAX_TOKENS = 60_000;

    private final NameTagger tagger;
    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    public EntityRecognizer(NameTagger tagger) {
        this.tagger = java.util.Objects.requireNonNull(tagger, "tagger");
    }

    /**
     * One tokenised piece of the article.
     *
     * @param paragraph the paragraph index, {@link Span#HEADLINE} for the headline
     * @param text      its text
     * @param tokens    its tokens (cut short in an over-long article)
     */
    public record TextUnit(int paragraph, String text, List<Token> tokens) {
    }

    /**
     * What was found in one article.
     *
     * @param units    the headline and paragraphs as tokenised
     * @param names    the names in text order
     * @param warnings what was cut or odd
     */
    public record Result(List<TextUnit> units, List<RecognisedName> names, List<String> warnings) {
    }

    /** The names in {@code headline} (may be null) and {@code paragraphs}, in text order. */
    public Result recognise(String headline, List<String> paragraphs) {
        List<String> warnings = new ArrayList<>();
        List<String[]> sentences = new ArrayList<>();
        List<int[]> where = new ArrayList<>(); // per sentence: paragraph, first token, last token + 1
        List<List<Token>> tokensByUnit = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int total = 0;
        int units = paragraphs.size() + 1;
        for (int u = 0; u < units; u++) {
            int paragraph = u - 1;
            String text = u == 0 ? headline : paragraphs.get(paragraph);
            text = text == null ? "" : text;
            List<Token> tokens = tokenizer.tokenize(text);
            if (total + tokens.size() > MAX_TOKENS) {
                warnings.add("entities: article longer than " + MAX_TOKENS + " tokens; names searched only up to "
                        + (paragraph == Span.HEADLINE ? "the headline" : "paragraph " + paragraph));
                tokens = tokens.subList(0, Math.max(0, MAX_TOKENS - total));
            }
            total += tokens.size();
            tokensByUnit.add(tokens);
            texts.add(text);
            for (SentenceSplitter.Sentence s : splitter.split(tokens)) {
                String[] words = new String[s.to() - s.from()];
                for (int i = s.from(); i < s.to(); i++) {
                    words[i - s.from()] = tokens.get(i).text();
                }
                sentences.add(words);
                where.add(new int[] {u, s.from(), s.to()});
            }
            if (total >= MAX_TOKENS) {
                break;
            }
        }
        List<List<Chunk>> tagged = tagger.tagDocument(sentences);
        List<TextUnit> textUnits = new ArrayList<>();
        for (int u = 0; u < tokensByUnit.size(); u++) {
            textUnits.add(new TextUnit(u - 1, texts.get(u), tokensByUnit.get(u)));
        }
        List<RecognisedName> names = new ArrayList<>();
        for (int k = 0; k < tagged.size(); k++) {
            int[] w = where.get(k);
            for (Chunk c : tagged.get(k)) {
                names.add(new RecognisedName(w[0] - 1, texts.get(w[0]), tokensByUnit.get(w[0]),
                        w[1] + c.from(), w[1] + c.to(), c.type()));
            }
        }
        return new Result(textUnits, names, warnings);
    }
}
