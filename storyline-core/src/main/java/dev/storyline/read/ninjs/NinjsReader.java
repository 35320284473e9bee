package dev.storyline.read.ninjs;

import dev.storyline.read.ArticleReader;
import dev.storyline.read.Format;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadError;
import dev.storyline.read.ReadResult;

/** Reads NINJS. (Skeleton: being implemented.) */
public final class NinjsReader implements ArticleReader {

    @Override
    public Format format() {
        return Format.NINJS;
    }

    @Override
    public ReadResult read(byte[] content, Hints hints, Limits limits) {
        return ReadResult.failed(new ReadError(hints.name(), null, "the NINJS reader is not implemented yet"));
    }
}
