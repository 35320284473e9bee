package dev.storyline.ninjs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storyline.json.Json;
import dev.storyline.model.Article;

/** Writes an article as IPTC ninjs 3.1. (Skeleton: being implemented.) */
public final class NinjsWriter {

    private NinjsWriter() {
    }

    /** {@code article} as a ninjs 3.1 object. */
    public static ObjectNode toNinjs(Article article) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("uri", "urn:storyline:article:" + article.id());
        return n;
    }
}
