package dev.storyline.read.newsml;

import dev.storyline.read.ArticleReader;
import dev.storyline.read.Format;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadError;
import dev.storyline.read.ReadResult;

/** Reads NEWSML_G2. (Skeleton: being implemented.) */
public final class NewsMlG2Reader implements ArticleReader {

    @Override
    public Format format() {
        return Format.NEWSML_G2;
    }

    @Override
    public ReadResult read(byte[] content, Hints hints, Limits limits) {
        return ReadResult.failed(new ReadError(hints.name(), null, "the NEWSML_G2 reader is not implemented yet"));
    }
}
