package dev.storyline;

import dev.storyline.model.Article;
import dev.storyline.read.ReadError;
import java.util.List;

/** The articles read from one input and one error per item that could not be read. */
public record ParseResult(List<Article> articles, List<ReadError> errors) {
    public ParseResult {
        articles = List.copyOf(articles);
        errors = List.copyOf(errors);
    }
}
