package dev.storyline.relate;

import dev.storyline.model.Article;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** The date a story is filed under: its dateline date, else the source's publication date, else unknown. */
public final class StoryDates {

    private StoryDates() {
    }

    /** The story date of {@code a}, or {@code null} when neither dateline nor source gives one. */
    public static LocalDate of(Article a) {
        for (String s : new String[] {a.date(), a.published()}) {
            if (s != null && s.length() >= 10) {
                try {
                    return LocalDate.parse(s.substring(0, 10));
                } catch (DateTimeParseException e) {
                    // not an ISO date: try the next candidate
                }
            }
        }
        return null;
    }

    /** Days from {@code a} to {@code b} (negative when {@code b} is earlier), or {@code null} when either is undated. */
    public static Long daysBetween(Article a, Article b) {
        LocalDate x = of(a);
        LocalDate y = of(b);
        return x == null || y == null ? null : ChronoUnit.DAYS.between(x, y);
    }
}
