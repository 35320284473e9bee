package dev.storyline.parse;

import dev.storyline.read.ArticleReader;
import dev.storyline.read.Format;
import dev.storyline.read.feed.FeedReader;
import dev.storyline.read.html.HtmlReader;
import dev.storyline.read.jsonl.JsonLinesReader;
import dev.storyline.read.newsml.NewsMlG2Reader;
import dev.storyline.read.ninjs.NinjsReader;
import dev.storyline.read.sgml.ReutersSgmlReader;
import dev.storyline.read.warc.WarcReader;
import dev.storyline.read.wire.WireTextReader;
import java.util.EnumMap;
import java.util.Map;

/** The reader of each {@link Format}. Readers are stateless and thread-safe, so one instance each is shared. */
public final class Readers {

    private static final Map<Format, ArticleReader> READERS = new EnumMap<>(Format.class);

    static {
        register(new WireTextReader());
        register(new ReutersSgmlReader());
        register(new HtmlReader());
        register(new FeedReader());
        register(new NinjsReader());
        register(new NewsMlG2Reader());
        register(new WarcReader());
        register(new JsonLinesReader());
    }

    private Readers() {
    }

    private static void register(ArticleReader reader) {
        READERS.put(reader.format(), reader);
    }

    /** The reader for {@code format}. */
    public static ArticleReader forFormat(Format format) {
        ArticleReader r = READERS.get(format);
        if (r == null) {
            throw new IllegalStateException("no reader registered for " + format);
        }
        return r;
    }
}
