package dev.storyline.eval.reuters;

import dev.storyline.model.Article;
import dev.storyline.model.Dateline;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Source;
import dev.storyline.model.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Reuters-21578 record as the evaluations need it.
 *
 * @param newId    the NEWID attribute
 * @param split    the LEWISSPLIT attribute: TRAIN, TEST or NOT-USED
 * @param date     the day of the DATE element, or null
 * @param title    the TITLE, or null
 * @param place    the DATELINE place (before the first comma), or null
 * @param body     the BODY text with entities decoded, sign-off included; null when the record has no BODY
 * @param topics   the TOPICS labels
 */
public record ReutersStory(int newId, String split, LocalDate date, String title, String place, String body,
        List<String> topics) {

    public ReutersStory {
        topics = List.copyOf(topics);
    }

    /** {@code true} when the record has a non-blank BODY. */
    public boolean hasBody() {
        return body != null && !body.isBlank();
    }

    /**
     * The story as an article: paragraphs split where Reuters indents a new one, the {@code Reuter} sign-off kept as
     * end marker, TOPICS as {@code topics} labels.
     */
    public Article toArticle() {
        List<String> paragraphs = new ArrayList<>();
        String text = body == null ? "" : body;
        String endMarker = null;
        var m = java.util.regex.Pattern.compile("(?i)\\s*\\breuters?\\s*$").matcher(text);
        if (m.find()) {
            endMarker = text.substring(m.start()).strip();
            text = text.substring(0, m.start());
        }
        for (String p : text.split("\\n(?= {2,}|\\t)")) {
            String s = p.replaceAll("\\s+", " ").strip();
            if (!s.isEmpty()) {
                paragraphs.add(s);
            }
        }
        Dateline dl = place == null ? null
                : new Dateline(place, date == null ? null : PartialDate.of(date), null, place, null);
        return new Article("reuters-" + newId, title, List.of(), 1, null, List.of(), dl, paragraphs, List.of(),
                List.of(), endMarker, List.of(), "en", null, date == null ? null : Timestamp.of(date),
                Map.of("topics", topics),
                new Source("reuters21578", "reuters-sgml", "NEWID=" + newId), List.of());
    }
}
