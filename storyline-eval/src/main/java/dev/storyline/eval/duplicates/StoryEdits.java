package dev.storyline.eval.duplicates;

import dev.storyline.model.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Realistic edits of a wire story, as a desk makes them between versions or outlets make them when they rerun it:
 * a LEAD-style rewrite of the first paragraph, paragraphs added or dropped at the end, a corrected figure, a changed
 * headline. Each edit is driven by the caller's seeded {@link Random}, so a labelled set is reproducible.
 */
final class StoryEdits {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final String[] ATTRIBUTIONS = {
        "officials said on Thursday.", "sources close to the talks said.", "the company said in a statement.",
        "traders said.", "a spokesman told Reuters.", "according to figures released on Monday."};

    enum Edit { LEAD_REWRITE, ADD_AT_END, DROP_AT_END, CORRECT_FIGURE, NEW_HEADLINE }

    private StoryEdits() {
    }

    /** {@code a} with {@code edit} applied; {@code donor} supplies paragraphs to add. */
    static Article apply(Article a, Edit edit, Article donor, Random random) {
        List<String> ps = new ArrayList<>(a.paragraphs());
        String headline = a.headline();
        switch (edit) {
            case LEAD_REWRITE -> {
                String[] words = ps.get(0).split(" ");
                String tail = String.join(" ", Arrays.copyOfRange(words, words.length / 2, words.length));
                String lead = sentence(headline) + ", " + ATTRIBUTIONS[random.nextInt(ATTRIBUTIONS.length)];
                ps.set(0, lead + " " + capitalised(tail));
            }
            case ADD_AT_END -> {
                int n = 1 + random.nextInt(2);
                List<String> extra = donor.paragraphs();
                for (int i = 0; i < n && i < extra.size(); i++) {
                    ps.add(extra.get(extra.size() - 1 - i));
                }
            }
            case DROP_AT_END -> {
                int n = 1 + random.nextInt(2);
                for (int i = 0; i < n && ps.size() > 3; i++) {
                    ps.remove(ps.size() - 1);
                }
            }
            case CORRECT_FIGURE -> {
                for (int tries = 0; tries < 10; tries++) {
                    int p = random.nextInt(ps.size());
                    Matcher m = NUMBER.matcher(ps.get(p));
                    List<int[]> spans = new ArrayList<>();
                    while (m.find()) {
                        spans.add(new int[] {m.start(), m.end()});
                    }
                    if (!spans.isEmpty()) {
                        int[] s = spans.get(random.nextInt(spans.size()));
                        String text = ps.get(p);
                        String figure = text.substring(s[0], s[1]);
                        int d = figure.length() - 1;
                        char c = figure.charAt(d);
                        String fixed = figure.substring(0, d) + (char) ('0' + (c - '0' + 1 + random.nextInt(8)) % 10);
                        ps.set(p, text.substring(0, s[0]) + fixed + text.substring(s[1]));
                        break;
                    }
                }
            }
            case NEW_HEADLINE -> headline = (headline == null ? "" : headline) + " - UPDATED";
        }
        return new Article(a.id() + "-" + edit.name().toLowerCase(java.util.Locale.ROOT), headline, a.tags(),
                a.version(), a.attention(), a.byline(), a.dateline(), ps, a.contacts(), a.credits(), a.endMarker(),
                a.rail(), a.language(), a.url(), a.published(), a.labels(), a.source(), a.warnings());
    }

    private static String sentence(String headline) {
        if (headline == null || headline.isBlank()) {
            return "In a fresh development";
        }
        String lower = headline.strip().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
