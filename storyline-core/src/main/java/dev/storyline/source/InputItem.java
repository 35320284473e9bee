package dev.storyline.source;

import dev.storyline.read.Hints;

/**
 * One unit of input found on disk: a file, or an entry of an archive, with its bytes.
 *
 * @param path    how to name it to a human: {@code dir/a.txt}, {@code feeds.zip!/b.xml}, {@code day.txt.gz}
 * @param content the bytes (decompressed when the file was gzip; a WARC.gz stays compressed)
 * @param hints   its name as readers should see it ({@code day.txt} for {@code day.txt.gz}) and any format forced
 *                by the user
 */
public record InputItem(String path, byte[] content, Hints hints) {
}
