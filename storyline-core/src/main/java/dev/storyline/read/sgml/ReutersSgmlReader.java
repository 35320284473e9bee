package dev.storyline.read.sgml;

import dev.storyline.read.ArticleReader;
import dev.storyline.read.Format;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadError;
import dev.storyline.read.ReadResult;

/** Reads REUTERS_SGML. (Skeleton: being implemented.) */
public final class ReutersSgmlReader implements ArticleReader {

    @Override
    public Format format() {
        return Format.REUTERS_SGML;
    }

    @Override
    public ReadResult read(byte[] content, Hints hints, Limits limits) {
        return ReadResult.failed(new ReadError(hints.name(), null, "the REUTERS_SGML reader is not implemented yet"));
    }
}
