package dev.storyline.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates the version and kind tags that agencies print before a headline, and derives the version number.
 *
 * <pre>
 * (LEAD) Yoon vows to ...                 tags [LEAD], version 2
 * (2nd LD) Quake toll rises to 40          tags [2nd LD], version 3
 * (URGENT) (LEAD) N. Korea fires ...       tags [URGENT, LEAD], version 2
 * (News Focus) Solution to ...             tags [News Focus], version 1
 * UPDATE 2-Oil falls as ...                tags [UPDATE 2], version 3   (Reuters style)
 * RPT-UPDATE 1-Oil ...                     tags [RPT, UPDATE 1], version 2
 * Roundup: US military ...                 tags [Roundup]              (Xinhua style)
 * </pre>
 */
public final class HeadlineTags {

    /** A leading parenthesised tag: short, starting with a capital or a digit ({@code (2nd LD)}). */
    private static final Pattern PAREN_TAG = Pattern.compile(
            "^\\(\\s*([\\p{Lu}\\d][^()]{0,58}?)\\s*\\)(?:\\s+|(?=\\())"); // not "(Un)happy"
    /** Reuters-style capitalised prefixes joined to the headline with a hyphen. */
    private static final Pattern DASH_TAG = Pattern.compile("^((?:UPDATE|WRAPUP)\\s+\\d{1,2}|UPDATE|WRAPUP|CORRECTED"
            + "|REFILE|RPT|EXCLUSIVE|ANALYSIS|FACTBOX|FEATURE|INSIGHT|PREVIEW|INTERVIEW|COLUMN|TIMELINE|GRAPHIC"
            + "|SPECIAL REPORT|BREAKINGVIEWS|URGENT|FLASH|BUZZ|CORRECTION|BREAKING)\\s*-\\s*(?=\\S)");
    /** Kind labels printed before a colon ({@code Roundup: ...}), in title case or capitals. */
    private static final Pattern COLON_TAG = Pattern.compile("^(Roundup|ROUNDUP|Feature|FEATURE|Interview|INTERVIEW"
            + "|Commentary|COMMENTARY|Spotlight|SPOTLIGHT|Analysis|ANALYSIS|News Analysis|NEWS ANALYSIS|Factbox|FACTBOX"
            + "|Profile|PROFILE|Backgrounder|BACKGROUNDER|Yearender|YEARENDER|Urgent|URGENT|Flash|FLASH"
            + "|Update|UPDATE|Xinhua Insight|Economic Watch|Exclusive|EXCLUSIVE|Editorial|EDITORIAL|Breaking|BREAKING"
            + "|APNewsBreak|Live|LIVE|Explainer|EXPLAINER|Opinion|OPINION)\\s*:\\s+(?=\\S)");
    private static final Pattern ORDINAL_LD = Pattern.compile("(?i)^(\\d{1,2})(?:st|nd|rd|th)\\s+LD\\b.*");
    private static final Pattern LEAD = Pattern.compile("(?i)^LEAD\\b.*");
    private static final Pattern UPDATE_N = Pattern.compile("(?i)^(?:UPDATE|WRAPUP)\\s+(\\d{1,2})$");

    /** Splits {@code printed} into headline and tags. A {@code null} headline gives a {@code null} headline. */
    public TaggedHeadline parse(String printed) {
        if (printed == null) {
            return new TaggedHeadline(null, List.of(), 1);
        }
        String rest = printed.strip();
        List<String> tags = new ArrayList<>();
        for (int guard = 0; guard < 8; guard++) {
            Matcher m;
            if ((m = PAREN_TAG.matcher(rest)).lookingAt() && m.end() < rest.length()) {
                tags.add(m.group(1).replaceAll("\\s+", " "));
            } else if ((m = DASH_TAG.matcher(rest)).lookingAt()) {
                tags.add(m.group(1).replaceAll("\\s+", " "));
            } else if ((m = COLON_TAG.matcher(rest)).lookingAt()) {
                tags.add(m.group(1));
            } else {
                break;
            }
            rest = rest.substring(m.end()).strip();
        }
        if (!tags.isEmpty()) {
            rest = rest.replaceFirst("^[-–—:]+\\s+", ""); // "(CORRECTED) - TITLE"
        }
        return new TaggedHeadline(rest, tags, versionOf(tags));
    }

    /** The version a set of tags implies: the highest of LEAD (2), nth LD (n+1), UPDATE n (n+1); else 1. */
    public static int versionOf(List<String> tags) {
        int version = 1;
        for (String tag : tags) {
            String t = tag.strip().toUpperCase(Locale.ROOT);
            Matcher m;
            if ((m = ORDINAL_LD.matcher(t)).matches()) {
                version = Math.max(version, Integer.parseInt(m.group(1)) + 1);
            } else if (LEAD.matcher(t).matches()) {
                version = Math.max(version, 2);
            } else if ((m = UPDATE_N.matcher(t)).matches()) {
                version = Math.max(version, Integer.parseInt(m.group(1)) + 1);
            }
        }
        return version;
    }
}
