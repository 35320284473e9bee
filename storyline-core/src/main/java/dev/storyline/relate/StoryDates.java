package dev.storyline.relate;

import dev.storyline.model.Article;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Days between the dates two stories are filed under ({@link Article#storyDate()}). */
public final class StoryDates {

    private StoryDates() {
    }

    /** Days from {@code a} to {@code b} (negative when {@code b} is earlier), or {@code null} when either is undated. */
    public static Long daysBetween(Article a, Article b) {
        LocalDate x = a.storyDate();
        LocalDate y = b.storyDate();
        return x == null || y == null ? null : ChronoUnit.DAYS.between(x, y);
    }
}
