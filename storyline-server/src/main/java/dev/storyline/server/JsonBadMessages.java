package dev.storyline.server;

import dev.storyline.json.Json;
import java.nio.ByteBuffer;
import java.util.Objects;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's answer to requests it refuses before any route sees them (a request line or headers too long, a malformed
 * request): {@link ApiError} JSON instead of Jetty's HTML page, like every other error, and never a stack trace.
 */
final class JsonBadMessages extends ErrorHandler {

    JsonBadMessages() {
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        fields.put("X-Content-Type-Options", "nosniff");
        fields.put("Content-Security-Policy", StorylineServer.CONTENT_SECURITY_POLICY);
        try {
            return ByteBuffer.wrap(Json.mapper().writeValueAsBytes(
                    new ApiError(status, Objects.requireNonNullElse(reason, "bad request"))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return ByteBuffer.wrap(("{\"status\":" + status + ",\"message\":\"bad request\"}").getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
