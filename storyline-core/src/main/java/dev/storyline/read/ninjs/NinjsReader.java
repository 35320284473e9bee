package dev.storyline.read.ninjs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.storyline.extract.HtmlFragmentText;
import dev.storyline.model.Source;
import dev.storyline.read.ArticleReader;
import dev.storyline.read.Document;
import dev.storyline.read.Format;
import dev.storyline.read.Hints;
import dev.storyline.read.Limits;
import dev.storyline.read.ReadError;
import dev.storyline.read.ReadResult;
import dev.storyline.read.SafeJson;
import dev.storyline.read.SourceDates;
import dev.storyline.read.SourceMetadata;
import dev.storyline.read.SourceNames;
import dev.storyline.read.TextDecoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads IPTC ninjs (news in JSON), versions 1.x to 3.x: one object, or an array of objects, each one document.
 *
 * <p>Both generations of property names are understood:
 * <pre>
 * ninjs 1.x                          ninjs 2.x / 3.x                         becomes
 * headline                           headlines[{role:"main", value}]         headline
 * body_text, body_html, body_xhtml   bodies[{role, contentType, value}]      text (HTML turned into paragraphs)
 * description_text / _html           descriptions[...]                       text when there is no body
 * byline                             by                                      byline (split into names)
 * versioncreated, firstcreated       contentCreated, firstCreated, versionCreated   published
 * located                            located                                 dateline place
 * subject, person, place, organisation   subjects, people, places, organisations  labels
 * uri                                uri (+ altIds)                          source id
 * version, urgency (1 = URGENT), language                   edNote           version, tags, language, attention
 * </pre>
 */
public final class NinjsReader implements ArticleReader {

    @Override
    public Format format() {
        return Format.NINJS;
    }

    @Override
    public ReadResult read(byte[] content, Hints hints, Limits limits) {
        JsonNode root;
        try {
            String text = TextDecoder.decode(content, hints.contentType()).text();
            root = SafeJson.mapper(limits).readTree(text);
        } catch (JsonProcessingException e) {
            return ReadResult.failed(new ReadError(hints.name(), SafeJson.location(e), SafeJson.reason(e)));
        }
        List<Document> documents = new ArrayList<>();
        List<ReadError> errors = new ArrayList<>();
        if (root != null && root.isObject()) {
            readObject(root, null, hints, limits, documents, errors);
        } else if (root != null && root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                JsonNode item = root.get(i);
                String record = "object " + (i + 1);
                if (item.isObject()) {
                    readObject(item, record, hints, limits, documents, errors);
                } else {
                    errors.add(new ReadError(hints.name(), record, "expected a ninjs object, found " + item.getNodeType()));
                }
            }
        } else {
            errors.add(new ReadError(hints.name(), null, "expected a ninjs object or an array of them, found "
                    + (root == null ? "nothing" : root.getNodeType())));
        }
        return new ReadResult(documents, errors);
    }

    private static void readObject(JsonNode n, String record, Hints hints, Limits limits, List<Document> out,
            List<ReadError> errors) {
        String body = bodyText(n);
        if (body.length() > limits.maxItemBytes()) {
            errors.add(new ReadError(hints.name(), record, "body of " + body.length()
                    + " characters exceeds the limit of " + limits.maxItemBytes()));
            return;
        }
        List<String> warnings = new ArrayList<>();
        String uri = string(n, "uri");
        if (uri == null && firstAltId(n) == null && body.isEmpty()) {
            // neither an identity nor a text: some other JSON that merely shares a key with ninjs
            errors.add(new ReadError(hints.name(), record, "not a ninjs news item: no 'uri', no 'altIds' and no"
                    + " body (expected ninjs 1.x-3.x; use --as to read it as another format)"));
            return;
        }
        if (uri == null) {
            uri = firstAltId(n);
            warnings.add("ninjs object without the required 'uri'"
                    + (uri == null ? "" : "; its first altIds value stands in"));
        }
        Integer urgency = integer(n, "urgency");
        SourceMetadata meta = SourceMetadata.builder()
                .headline(headline(n))
                .byline(SourceNames.persons(first(string(n, "by"), string(n, "byline"))))
                .published(first(date(n, "contentCreated"), date(n, "firstCreated"), date(n, "versionCreated"),
                        date(n, "firstcreated"), date(n, "versioncreated"), SourceDates.toIso(hints.sourceDate())))
                .place(first(string(n, "located"), null))
                .url(webUrl(n))
                .sourceId(uri)
                .language(SourceNames.languageCode(string(n, "language")))
                .version(integer(n, "version"))
                .tags(urgency != null && urgency == 1 ? List.of("URGENT") : List.of())
                .attention(first(string(n, "edNote"), string(n, "ednote")))
                .labels(labels(n))
                .build();
        if (body.isEmpty()) {
            warnings.add("ninjs object without a text body");
        }
        out.add(new Document(body, false, meta, new Source(hints.name(), Format.NINJS.id(), record), warnings));
    }

    private static String headline(JsonNode n) {
        String h = pickText(n.get("headlines"), false);
        return first(h, string(n, "headline"), string(n, "title"));
    }

    /** The main body as plain text: a text/plain body first, else HTML turned into paragraphs. */
    private static String bodyText(JsonNode n) {
        String fromArray = pickText(n.get("bodies"), true);
        if (fromArray != null) {
            return fromArray;
        }
        String t = string(n, "body_text");
        if (t != null) {
            return t.strip();
        }
        String html = first(string(n, "body_html"), string(n, "body_xhtml"));
        if (html != null) {
            return HtmlFragmentText.text(html);
        }
        String description = pickText(n.get("descriptions"), true);
        if (description != null) {
            return description;
        }
        t = string(n, "description_text");
        if (t != null) {
            return t.strip();
        }
        html = string(n, "description_html");
        return html == null ? "" : HtmlFragmentText.text(html);
    }

    /**
     * The best value of a ninjs 2.x/3.x array of {@code {role, contentType, value}}: role {@code main} (or no role)
     * before others, plain text before markup.
     */
    private static String pickText(JsonNode array, boolean preferPlain) {
        if (array == null || !array.isArray() || array.isEmpty()) {
            return null;
        }
        JsonNode best = null;
        int bestScore = Integer.MIN_VALUE;
        for (JsonNode item : array) {
            String value = string(item, "value");
            if (value == null) {
                continue;
            }
            String role = string(item, "role");
            String type = string(item, "contentType");
            int score = 0;
            if (role == null || role.equalsIgnoreCase("main")) {
                score += 10;
            }
            if (preferPlain && (type == null || type.toLowerCase(Locale.ROOT).startsWith("text/plain"))) {
                score += 5;
            }
            if (score > bestScore) {
                best = item;
                bestScore = score;
            }
        }
        if (best == null) {
            return null;
        }
        String value = string(best, "value");
        String type = string(best, "contentType");
        boolean markup = type != null ? type.toLowerCase(Locale.ROOT).contains("html")
                : HtmlFragmentText.looksLikeHtml(value);
        return markup ? HtmlFragmentText.text(value) : value.strip();
    }

    private static String webUrl(JsonNode n) {
        JsonNode renditions = n.get("renditions");
        if (renditions != null && renditions.isArray()) {
            for (JsonNode r : renditions) {
                String type = string(r, "contentType");
                if (type != null && type.startsWith("text/html") && string(r, "href") != null) {
                    return string(r, "href");
                }
            }
        }
        JsonNode altIds = n.get("altIds");
        if (altIds != null && altIds.isArray()) {
            for (JsonNode a : altIds) {
                if ("url".equalsIgnoreCase(string(a, "role"))) {
                    return string(a, "value");
                }
            }
        }
        return null;
    }

    private static String firstAltId(JsonNode n) {
        JsonNode altIds = n.get("altIds");
        if (altIds != null && altIds.isArray()) {
            for (JsonNode a : altIds) {
                String v = string(a, "value");
                if (v != null && !"url".equalsIgnoreCase(string(a, "role"))) {
                    return v;
                }
            }
        }
        return null;
    }

    private static Map<String, List<String>> labels(JsonNode n) {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        String[][] schemes = {{"subjects", "subjects"}, {"subject", "subjects"}, {"people", "people"},
            {"person", "people"}, {"places", "places"}, {"place", "places"}, {"organisations", "organisations"},
            {"organisation", "organisations"}, {"genres", "genres"}, {"genre", "genres"}, {"events", "events"}};
        for (String[] s : schemes) {
            JsonNode array = n.get(s[0]);
            if (array == null || !array.isArray()) {
                continue;
            }
            for (JsonNode item : array) {
                String v = item.isTextual() ? item.asText()
                        : first(string(item, "name"), string(item, "code"), string(item, "uri"));
                if (v != null && !v.isBlank()) {
                    List<String> values = labels.computeIfAbsent(s[1], k -> new ArrayList<>());
                    if (!values.contains(v.strip())) {
                        values.add(v.strip());
                    }
                }
            }
        }
        return labels;
    }

    private static String date(JsonNode n, String field) {
        return SourceDates.toIso(string(n, field));
    }

    private static String string(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText();
        return s.isBlank() ? null : s;
    }

    /** An integer from a number or a numeric string (ninjs 3.x {@code version} is a string). */
    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            int i = v.isIntegralNumber() ? v.asInt() : Integer.parseInt(v.asText().strip());
            return i >= 1 ? i : null; // versions and urgencies count from 1
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
