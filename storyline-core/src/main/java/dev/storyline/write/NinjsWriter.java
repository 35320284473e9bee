package dev.storyline.write;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.json.Json;
import dev.storyline.model.Article;
import dev.storyline.model.Entity;
import dev.storyline.model.RailItem;
import dev.storyline.model.Timestamp;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Writes an article as IPTC ninjs 3.1, valid against {@code ninjs-schema_3.1.json}.
 *
 * <pre>
 * article                          ninjs 3.1
 * id                               uri  urn:storyline:article:ID (and altIds role "storyline")
 * headline                         headlines[{role:"main", value}]
 * byline                           by   "Jane Doe and John Roe"
 * dateline place                   located
 * story date (dateline, else published)   contentCreated (a date such as 2019-05-21 stays a date; a dateline
 *                                  date without a year has no ninjs form and is left out)
 * published (a date-time with offset)   versionCreated
 * dateline + paragraphs + credits  bodies[{role:"main", contentType:"text/plain", value}]
 * version (LEAD = 2, 2nd LD = 3)   version "2"
 * tag URGENT                       urgency 1
 * other tags (News Focus, ...)     genres[{name}]
 * attention (ATTN line)            edNote
 * url                              altIds role "url" and renditions[{name:"web", href, contentType:"text/html"}]
 * labels people/places/organisations   people / places / organisations [{name}]
 * entities PERSON/ORGANIZATION/PLACE    people / organisations / places [{name, rel:"mentions", literal:key}]
 * other labels                     subjects[{name, literal:"scheme:value"}]
 * rail                             associations[{name:"rail N", rel:"related", uri, headlines}]
 * </pre>
 */
public final class NinjsWriter {

    private static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json";

    private NinjsWriter() {
    }

    /** {@code article} as a ninjs 3.1 object. */
    public static ObjectNode toNinjs(Article article) {
        ObjectNode n = Json.mapper().createObjectNode();
        ObjectNode standard = n.putObject("standard");
        standard.put("name", "ninjs").put("version", "3.1").put("schema", SCHEMA);
        n.put("uri", "urn:storyline:article:" + article.id());
        n.put("type", "text");
        n.put("representationType", "full");
        n.put("version", Integer.toString(article.version()));
        String contentCreated = storyDate(article);
        if (contentCreated != null) {
            n.put("contentCreated", contentCreated);
        }
        if (hasOffset(article.published())) {
            n.put("versionCreated", article.published().toString());
        }
        if (hasTag(article, "URGENT")) {
            n.put("urgency", 1);
        }
        putIfPresent(n, "edNote", article.attention());
        putIfPresent(n, "language", article.language());
        if (!article.byline().isEmpty()) {
            n.put("by", joinNames(article.byline()));
        }
        if (article.dateline() != null) {
            putIfPresent(n, "located", article.dateline().place());
        }
        if (article.headline() != null && !article.headline().isBlank()) {
            n.putArray("headlines").addObject().put("role", "main").put("value", article.headline());
        }
        String body = bodyText(article);
        if (!body.isEmpty()) {
            n.putArray("bodies").addObject().put("role", "main").put("contentType", "text/plain")
                    .put("value", body);
        }
        writeGenres(n, article);
        writeLabels(n, article.labels());
        writeEntities(n, article.entities());
        writeIds(n, article);
        writeRail(n, article.rail());
        return n;
    }

    /** The body as printed on the wire: the dateline in front of the first paragraph, then the credits. */
    private static String bodyText(Article a) {
        List<String> parts = new ArrayList<>(a.paragraphs());
        if (a.dateline() != null && a.dateline().text() != null && !a.dateline().text().isBlank()) {
            if (parts.isEmpty()) {
                parts.add(a.dateline().text().strip());
            } else {
                parts.set(0, a.dateline().text().strip() + " " + parts.get(0));
            }
        }
        parts.addAll(a.credits());
        return String.join("\n\n", parts);
    }

    /**
     * The dateline's full date, else the source's date-time when it has an offset (RFC 3339 needs one), else the
     * source's day. A dateline date without a year ({@code --02-26}) has no ninjs form: contentCreated then comes
     * from the source or is left out, and the month and day stay printed in the body's dateline.
     */
    private static String storyDate(Article a) {
        if (a.date() != null) {
            return a.date().toString();
        }
        if (hasOffset(a.published())) {
            return a.published().toString();
        }
        return a.published() == null ? null : a.published().date().toString();
    }

    private static void writeGenres(ObjectNode n, Article a) {
        ArrayNode genres = null;
        for (String tag : a.tags()) {
            if (tag.equalsIgnoreCase("URGENT") || isVersionTag(tag)) {
                continue; // carried by urgency and version
            }
            if (genres == null) {
                genres = n.putArray("genres");
            }
            genres.addObject().put("name", tag);
        }
    }

    private static void writeLabels(ObjectNode n, Map<String, List<String>> labels) {
        ArrayNode subjects = null;
        for (var e : labels.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            String scheme = e.getKey();
            String target = switch (scheme.toLowerCase(Locale.ROOT)) {
                case "people", "person" -> "people";
                case "places", "place" -> "places";
                case "organisations", "organizations", "orgs" -> "organisations";
                default -> null;
            };
            for (String value : e.getValue()) {
                if (target != null) {
                    ArrayNode arr = n.has(target) ? (ArrayNode) n.get(target) : n.putArray(target);
                    arr.addObject().put("name", value);
                } else {
                    if (subjects == null) {
                        subjects = n.putArray("subjects");
                    }
                    subjects.addObject().put("name", value).put("literal", scheme + ":" + value);
                }
            }
        }
    }

    /** Enriched entities: people, organisations and places, each once, with its corpus-wide key as literal. */
    private static void writeEntities(ObjectNode n, List<Entity> entities) {
        for (Entity e : entities) {
            String target = switch (e.type()) {
                case PERSON -> "people";
                case ORGANIZATION -> "organisations";
                case PLACE -> "places";
                case OTHER -> "subjects";
            };
            if (e.name() == null || e.name().isBlank()) {
                continue;
            }
            ArrayNode arr = n.has(target) ? (ArrayNode) n.get(target) : n.putArray(target);
            boolean present = false;
            for (var existing : arr) {
                present |= e.name().equals(existing.path("name").asText(null));
            }
            if (!present) {
                ObjectNode o = arr.addObject().put("name", e.name()).put("rel", "mentions");
                if (e.key() != null) {
                    o.put("literal", e.key());
                }
            }
        }
    }

    private static void writeIds(ObjectNode n, Article a) {
        ArrayNode ids = n.putArray("altIds");
        ids.addObject().put("role", "storyline").put("value", a.id());
        if (a.url() != null && !a.url().isBlank()) {
            ids.addObject().put("role", "url").put("value", a.url());
            n.putArray("renditions").addObject().put("name", "web").put("href", a.url())
                    .put("contentType", "text/html");
        }
        if (a.source() != null && a.source().path() != null) {
            ids.addObject().put("role", "source").put("value", a.source().describe());
        }
    }

    private static void writeRail(ObjectNode n, List<RailItem> rail) {
        if (rail.isEmpty()) {
            return;
        }
        ArrayNode assoc = n.putArray("associations");
        int i = 0;
        for (RailItem item : rail) {
            i++;
            String key = item.headline() == null ? "rail " + i : item.headline();
            ObjectNode o = assoc.addObject();
            o.put("name", "rail " + i);
            o.put("rel", "related");
            o.put("uri", "urn:uuid:" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)));
            o.put("type", "text");
            if (item.headline() != null) {
                o.putArray("headlines").addObject().put("role", "main").put("value", item.headline());
            }
        }
    }

    private static String joinNames(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static boolean hasTag(Article a, String tag) {
        return a.tags().stream().anyMatch(t -> t.equalsIgnoreCase(tag));
    }

    private static boolean isVersionTag(String tag) {
        String t = tag.toUpperCase(Locale.ROOT);
        return t.equals("LEAD") || t.matches("\\d+(ST|ND|RD|TH) LD");
    }

    private static void putIfPresent(ObjectNode n, String field, String value) {
        if (value != null && !value.isBlank()) {
            n.put(field, value);
        }
    }

    private static boolean hasOffset(Timestamp t) {
        return t != null && t.offset() != null;
    }
}
