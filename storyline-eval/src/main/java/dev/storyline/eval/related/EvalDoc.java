package dev.storyline.eval.related;

import dev.storyline.model.Article;
import java.util.Set;

/**
 * A document of a related-articles evaluation with its gold labels.
 *
 * @param article the article as indexed
 * @param topics  labels that make another document related (Reuters TOPICS; the ECB+ topic)
 * @param event   the finer label that makes another document the same story (the ECB+ topic and half), or null
 * @param query   {@code true} when the document is one of the queries
 * @param part    the half it belongs to, for choosing weights on one and reporting the other: the ECB+ topic's
 *                parity ({@code odd}, {@code even}), the Reuters LEWISSPLIT ({@code TRAIN}, {@code TEST}, ...)
 */
public record EvalDoc(Article article, Set<String> topics, String event, boolean query, String part) {

    public EvalDoc {
        topics = Set.copyOf(topics);
    }

    public String id() {
        return article.id();
    }
}
