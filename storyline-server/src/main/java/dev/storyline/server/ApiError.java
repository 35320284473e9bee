package dev.storyline.server;

/**
 * The body of every error response: {@code {"status":404,"message":"no article with id x"}}. Never a stack trace.
 *
 * @param status  the HTTP status code
 * @param message what went wrong, for a human
 */
public record ApiError(int status, String message) {
}
