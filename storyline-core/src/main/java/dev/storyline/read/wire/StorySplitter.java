package dev.storyline.read.wire;

import dev.storyline.grammar.AttentionLine;
import dev.storyline.grammar.BylineParser;
import dev.storyline.grammar.DatelineParser;
import dev.storyline.grammar.EndMarkers;
import dev.storyline.grammar.ParsedDateline;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds where the stories of a file of plain wire copy begin. A story begins at a headline line that follows a
 * blank line (or a sign-off, or the start of the file) and is followed, after at most an ATTN line and a byline,
 * by a line opening with a dateline that prints a date or an agency. A line opening with such a dateline also
 * begins a story without a headline when the current story already has its dateline.
 *
 * <pre>
 * Headline one                 story 1
 * SEOUL, May 21 (Yonhap) -- ...
 * (END)
 *
 * Headline two                 story 2
 * By Ann Lee
 * TOKYO, May 22 (Kyodo) -- ...
 * </pre>
 */
final class StorySplitter {

    private static final int MAX_HEADLINE_CHARS = 250;
    private static final int MAX_HEADER_LINES = 4;

    private final DatelineParser datelines = new DatelineParser();
    private final EndMarkers endMarkers = new EndMarkers();
    private final AttentionLine attention = new AttentionLine();
    private final BylineParser bylines = new BylineParser();

    /** The line index at which each story begins; the first is the first non-blank line. */
    List<Integer> starts(List<String> lines) {
        List<Integer> starts = new ArrayList<>();
        boolean hasDateline = false;
        boolean signedOff = false;
        boolean afterBlank = true;
        int datelineOfCurrent = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                afterBlank = true;
                continue;
            }
            if (starts.isEmpty()) {
                starts.add(i);
                datelineOfCurrent = headedStoryDateline(lines, i);
            } else if ((afterBlank || signedOff) && i != datelineOfCurrent) {
                int dateline = headedStoryDateline(lines, i);
                if (dateline >= 0) {
                    starts.add(i);
                    datelineOfCurrent = dateline;
                    hasDateline = false;
                    signedOff = false;
                } else if (hasDateline && strongDateline(line)) {
                    starts.add(i);
                    datelineOfCurrent = i;
                    hasDateline = false;
                    signedOff = false;
                }
            }
            if (i == datelineOfCurrent || (datelineOfCurrent < 0 && !hasDateline && strongDateline(line))) {
                hasDateline = true;
            }
            if (endMarkers.alone(line).isPresent()) {
                signedOff = true;
            }
            afterBlank = false;
        }
        return starts;
    }

    /** When line {@code i} is a headline followed by header lines and a dateline, the dateline's line; else -1. */
    private int headedStoryDateline(List<String> lines, int i) {
        String headline = lines.get(i).strip();
        if (headline.length() > MAX_HEADLINE_CHARS || endMarkers.alone(headline).isPresent()) {
            return -1;
        }
        boolean headlineIsDateline = strongDateline(headline);
        int header = 0;
        for (int j = i + 1; j < lines.size() && header <= MAX_HEADER_LINES; j++) {
            String line = lines.get(j).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (strongDateline(line)) {
                return headlineIsDateline && header > 0 ? -1 : j; // a headline that reads like a dateline
            }
            if (headlineIsDateline) {
                return -1;
            }
            if (attention.parse(line).isEmpty() && bylines.parse(line).isEmpty() && !bylines.isAffiliation(line)
                    && !line.matches("(?:By|BY|by)\\s+\\S.{0,150}")) {
                return -1;
            }
            header++;
        }
        return -1;
    }

    private boolean strongDateline(String line) {
        Optional<ParsedDateline> d = datelines.parse(line);
        return d.isPresent() && d.get().strong();
    }
}
