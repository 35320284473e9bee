package dev.storyline.read.jsonl;

import dev.storyline.read.ArticleReader;
import dev.storyline.read.Format;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadError;
import dev.storyline.read.ReadResult;

/** Reads JSONL. (Skeleton: being implemented.) */
public final class JsonLinesReader implements ArticleReader {

    @Override
    public Format format() {
        return Format.JSONL;
    }

    @Override
    public ReadResult read(byte[] content, Hints hints, Limits limits) {
        return ReadResult.failed(new ReadError(hints.name(), null, "the JSONL reader is not implemented yet"));
    }
}
