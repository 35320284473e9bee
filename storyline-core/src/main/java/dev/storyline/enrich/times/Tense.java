package dev.storyline.enrich.times;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap guess at whether the clause around a time expression speaks of the past or the future, used to place
 * weekdays, month-days and months without a year on the right side of the article's date ("said Tuesday" is the
 * Tuesday before, "will meet Tuesday" the Tuesday after). The nearest marker to the expression wins; news text
 * with no marker is read as past.
 */
enum Tense {
    PAST, FUTURE;

    private static final int WINDOW = 160;
    private static final int AFTER_WEIGHT = 2;
    private static final Pattern FUTURE_MARKER = Pattern.compile(
            "\\b(?:will|won't|wo n't|shall|'ll|going to|plans? to|planned|planning|scheduled|slated|set to|expected to"
                    + "|is to|are to|due to|is due|are due|upcoming|would|could|might|may|next|coming|hopes? to"
                    + "|intends? to|aims? to|as soon as|as early as|ahead of|run-up to|in time for|opens|starts|begins"
                    + "|resumes|meets|arrives|leaves|travels|visits|hosts|starting|beginning)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAST_MARKER = Pattern.compile(
            "\\b(?:said|says|was|were|had|did|ago|last|earlier|told|announced|reported|been|[a-z]{3,}ed)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The tense of the clause around {@code text[start, end)}. */
    static Tense around(CharSequence text, int start, int end) {
        int from = sentenceStart(text, start);
        int to = sentenceEnd(text, end);
        int future = nearest(FUTURE_MARKER, text, from, to, start, end);
        int past = nearest(PAST_MARKER, text, from, to, start, end);
        return future <= past && future != Integer.MAX_VALUE ? FUTURE : PAST;
    }

    private static int nearest(Pattern marker, CharSequence text, int from, int to, int start, int end) {
        int best = Integer.MAX_VALUE;
        Matcher m = marker.matcher(text).region(from, to);
        while (m.find()) {
            if (m.start() >= start && m.end() <= end) {
                continue;
            }
            // the verb a date hangs on usually comes before it ("said Tuesday", "will meet Friday"); words after it
            // more often belong to the next clause, so they count as further away
            int d = m.end() <= start ? start - m.end() : AFTER_WEIGHT * (m.start() - end);
            best = Math.min(best, Math.max(d, 0));
        }
        return best;
    }

    private static int sentenceStart(CharSequence text, int start) {
        int limit = Math.max(0, start - WINDOW);
        for (int i = start - 1; i >= limit; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '\n') && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return limit;
    }

    private static int sentenceEnd(CharSequence text, int end) {
        int limit = Math.min(text.length(), end + WINDOW);
        for (int i = end; i < limit; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '\n')
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return i;
            }
        }
        return limit;
    }
}
