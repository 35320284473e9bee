package dev.storyline.read.wire;

import dev.storyline.read.ArticleReader;
import dev.storyline.read.Format;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadError;
import dev.storyline.read.ReadResult;

/** Reads WIRE. (Skeleton: being implemented.) */
public final class WireTextReader implements ArticleReader {

    @Override
    public Format format() {
        return Format.WIRE;
    }

    @Override
    public ReadResult read(byte[] content, Hints hints, Limits limits) {
        return ReadResult.failed(new ReadError(hints.name(), null, "the WIRE reader is not implemented yet"));
    }
}
