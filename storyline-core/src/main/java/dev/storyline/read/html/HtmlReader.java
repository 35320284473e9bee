package dev.storyline.read.html;

import dev.storyline.read.ArticleReader;
import dev.storyline.read.Format;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadError;
import dev.storyline.read.ReadResult;

/** Reads HTML. (Skeleton: being implemented.) */
public final class HtmlReader implements ArticleReader {

    @Override
    public Format format() {
        return Format.HTML;
    }

    @Override
    public ReadResult read(byte[] content, Hints hints, Limits limits) {
        return ReadResult.failed(new ReadError(hints.name(), null, "the HTML reader is not implemented yet"));
    }
}
