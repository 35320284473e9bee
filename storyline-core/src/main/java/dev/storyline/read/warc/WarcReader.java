package dev.storyline.read.warc;

import dev.storyline.read.ArticleReader;
import dev.storyline.read.Format;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadError;
import dev.storyline.read.ReadResult;

/** Reads WARC. (Skeleton: being implemented.) */
public final class WarcReader implements ArticleReader {

    @Override
    public Format format() {
        return Format.WARC;
    }

    @Override
    public ReadResult read(byte[] content, Hints hints, Limits limits) {
        return ReadResult.failed(new ReadError(hints.name(), null, "the WARC reader is not implemented yet"));
    }
}
