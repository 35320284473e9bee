package dev.storyline.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON parsing for readers under the {@link Limits}: Jackson's {@link StreamReadConstraints} cap the nesting
 * depth, the length of one string ({@link Limits#maxItemBytes()}) and of the whole document
 * ({@link Limits#maxFileBytes()}), so a hostile file fails fast with a clear message instead of exhausting
 * memory or the stack. Mappers are built once per distinct set of limits and shared (they are thread-safe).
 */
public final class SafeJson {

    private static final Map<List<Long>, ObjectMapper> MAPPERS = new ConcurrentHashMap<>();

    private SafeJson() {
    }

    /** A mapper enforcing {@code limits}. */
    public static ObjectMapper mapper(Limits limits) {
        List<Long> key = List.of((long) limits.maxNestingDepth(), limits.maxItemBytes(), limits.maxFileBytes());
        return MAPPERS.computeIfAbsent(key, k -> build(limits));
    }

    private static ObjectMapper build(Limits limits) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength((int) Math.min(Integer.MAX_VALUE - 16, limits.maxItemBytes()))
                .maxDocumentLength(limits.maxFileBytes())
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        return JsonMapper.builder(factory).build();
    }

    /** A one-line reason for a JSON failure, with its line and column when Jackson knows them. */
    public static String reason(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m != null && m.contains("nesting depth")) {
            return "JSON nests too deeply: " + m;
        }
        return "malformed JSON: " + (m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m));
    }

    /** {@code line L, column C} of a JSON failure, or {@code null}. */
    public static String location(JsonProcessingException e) {
        var loc = e.getLocation();
        return loc == null || loc.getLineNr() < 0 ? null : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }
}
