package dev.storyline.read;

import dev.storyline.model.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a source says about an item beside its text: feed fields, meta tags, SGML fields, ninjs properties.
 * Every component is optional ({@code null} or empty). The wire grammar prefers these values where the source
 * is authoritative (a feed's date) and the text's where it is (the dateline printed in the story).
 *
 * @param headline  headline given by the source
 * @param byline    author names given by the source
 * @param published date or date-time of publication, as precise as the source gave it
 * @param place     dateline place given by the source (e.g. Reuters SGML {@code DATELINE})
 * @param agency    agency / provider given by the source
 * @param url       canonical address
 * @param sourceId  the source's own identifier (ninjs {@code uri}, RSS {@code guid}, Reuters {@code NEWID}, WARC target URI)
 * @param language  ISO 639-1 code
 * @param version   version number given by the source (ninjs {@code version}); {@code null} when not given
 * @param tags      wire tags given by the source
 * @param attention editor's note given by the source (ninjs {@code edNote})
 * @param labels    category labels by scheme, e.g. {@code topics -> [acq]}, {@code places -> [usa]}
 * @param warnings  what could not be taken from the source's fields, e.g. a date in a form no reader knows
 */
public record SourceMetadata(
        String headline,
        List<String> byline,
        Timestamp published,
        String place,
        String agency,
        String url,
        String sourceId,
        String language,
        Integer version,
        List<String> tags,
        String attention,
        Map<String, List<String>> labels,
        List<String> warnings) {

    public SourceMetadata {
        byline = byline == null ? List.of() : List.copyOf(byline);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        tags = tags == null ? List.of() : List.copyOf(tags);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    public static SourceMetadata empty() {
        return new SourceMetadata(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** A builder, since most readers know only a few of these. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the optional fields of a {@link SourceMetadata}. */
    public static final class Builder {
        private String headline;
        private List<String> byline;
        private Timestamp published;
        private final List<String> warnings = new ArrayList<>();
        private String place;
        private String agency;
        private String url;
        private String sourceId;
        private String language;
        private Integer version;
        private List<String> tags;
        private String attention;
        private Map<String, List<String>> labels;

        public Builder headline(String v) { headline = v; return this; }
        public Builder byline(List<String> v) { byline = v; return this; }
        public Builder published(Timestamp v) { published = v; return this; }

        /**
         * The publication date as the source prints it, read by {@link SourceDates#parse}; a form it does not know
         * is left out with a warning naming it.
         */
        public Builder published(String raw) {
            published = SourceDates.parse(raw);
            if (published == null && raw != null && !raw.isBlank()) {
                warnings.add("the source's date '" + raw.strip() + "' is in no form Storyline reads; left out");
            }
            return this;
        }
        public Builder place(String v) { place = v; return this; }
        public Builder agency(String v) { agency = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder sourceId(String v) { sourceId = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder version(Integer v) { version = v; return this; }
        public Builder tags(List<String> v) { tags = v; return this; }
        public Builder attention(String v) { attention = v; return this; }
        public Builder labels(Map<String, List<String>> v) { labels = v; return this; }

        public SourceMetadata build() {
            return new SourceMetadata(headline, byline, published, place, agency, url, sourceId, language,
                    version, tags, attention, labels, warnings);
        }
    }
}
