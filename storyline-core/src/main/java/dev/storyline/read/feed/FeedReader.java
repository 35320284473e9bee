package dev.storyline.read.feed;

import dev.storyline.read.ArticleReader;
import dev.storyline.read.Format;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadError;
import dev.storyline.read.ReadResult;

/** Reads FEED. (Skeleton: being implemented.) */
public final class FeedReader implements ArticleReader {

    @Override
    public Format format() {
        return Format.FEED;
    }

    @Override
    public ReadResult read(byte[] content, Hints hints, Limits limits) {
        return ReadResult.failed(new ReadError(hints.name(), null, "the FEED reader is not implemented yet"));
    }
}
