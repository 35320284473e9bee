package dev.storyline.grammar;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The editor's note printed under a headline: {@code (ATTN: UPDATES with details in paras 3-5; CHANGES headline)}
 * gives {@code UPDATES with details in paras 3-5; CHANGES headline}.
 */
public final class AttentionLine {

    private static final Pattern ATTN = Pattern.compile("^\\(?\\s*ATTN\\s*[:.\\-]\\s*(?<note>.+?)\\s*\\)?\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** The note of {@code line} when it is an ATTN line. */
    public Optional<String> parse(String line) {
        if (line == null || line.length() > 600) {
            return Optional.empty();
        }
        Matcher m = ATTN.matcher(line.strip());
        return m.matches() ? Optional.of(m.group("note")) : Optional.empty();
    }
}
