package dev.storyline.grammar;

import dev.storyline.model.RailItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a trailing list of other headlines printed after a story (a news site's "related" rail), one headline a
 * line, optionally between separator lines ({@code -}, {@code •}) or after bullets, each with its own tags:
 *
 * <pre>
 * -
 * (LEAD) Yoon vows to make N. Korea pay for reckless provocations     → {headline, tags [LEAD]}
 * -
 * BTS' Jimin to release 1st individual album                          → {headline, tags []}
 * </pre>
 */
public final class RailParser {

    private static final Pattern SEPARATOR = Pattern.compile("^[\\s\\-–—•*·|=]*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-–—•*·]|\\d{1,2}[.)])\\s+");
    private static final Pattern HEADING = Pattern.compile("(?i)^\\s*(?:related(?: (?:stories|articles|news|coverage))?"
            + "|see also|more (?:stories|news)|most (?:read|viewed|popular)|latest news|you may also like)\\s*:?\\s*$");
    private static final int MAX_HEADLINE_CHARS = 250;

    private final HeadlineTags headlineTags = new HeadlineTags();

    /** The rail when every line of {@code lines} reads as a headline or separator; empty otherwise. */
    public Optional<List<RailItem>> parse(List<String> lines) {
        List<RailItem> items = new ArrayList<>();
        for (String raw : lines) {
            if (raw.isBlank() || SEPARATOR.matcher(raw).matches() || HEADING.matcher(raw).matches()) {
                continue;
            }
            String line = BULLET.matcher(raw).replaceFirst("").strip();
            if (!looksLikeHeadline(line)) {
                return Optional.empty();
            }
            TaggedHeadline h = headlineTags.parse(line);
            items.add(new RailItem(h.headline(), h.tags()));
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(items);
    }

    /** Short, and not a sentence of running text (which would end in a full stop after many words). */
    static boolean looksLikeHeadline(String line) {
        if (line.isEmpty() || line.length() > MAX_HEADLINE_CHARS) {
            return false;
        }
        int words = line.split("\\s+").length;
        return !(line.endsWith(".") && words > 12 && !line.endsWith("..."));
    }
}
