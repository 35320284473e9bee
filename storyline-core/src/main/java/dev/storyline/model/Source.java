package dev.storyline.model;

/**
 * Where an article was read from.
 *
 * @param path   the file (and archive entry) it came from, e.g. {@code data/reut2-000.sgm} or {@code feeds.zip!/a.xml}
 * @param format the format it was read as, e.g. {@code wire}, {@code html}, {@code reuters-sgml}
 * @param record which item within the file, e.g. {@code NEWID=17}, {@code item 3}, {@code offset 81920};
 *               {@code null} for a file holding one article
 */
public record Source(String path, String format, String record) {

    /** {@code path}, followed by {@code [record]} when there is one: how errors and warnings name the item. */
    public String describe() {
        return record == null ? String.valueOf(path) : path + " [" + record + "]";
    }
}
