package dev.storyline.wire;

import dev.storyline.model.Article;
import dev.storyline.read.Document;
import java.util.List;

/**
 * Applies the wire grammar to the text of a document, whatever its format: headline and version tags, ATTN line,
 * byline, dateline, body paragraphs, contacts, credits, sign-off and trailing rail. (Skeleton: being implemented.)
 */
public final class WireGrammar {

    /** Parses {@code document} into an article whose id is {@code id}. */
    public Article parse(Document document, String id) {
        String[] lines = document.text().split("\\R+");
        List<String> paragraphs = java.util.Arrays.stream(lines).map(String::strip).filter(s -> !s.isEmpty()).toList();
        String headline = document.metadata().headline();
        if (document.startsWithHeadline() && !paragraphs.isEmpty()) {
            headline = paragraphs.get(0);
            paragraphs = paragraphs.subList(1, paragraphs.size());
        }
        return new Article(id, headline, List.of(), 1, null, List.of(), null, paragraphs, List.of(), List.of(), null,
                List.of(), document.metadata().language(), document.metadata().url(), document.metadata().published(),
                document.metadata().labels(), document.source(), document.warnings());
    }
}
