package dev.storyline.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret that write requests must carry as {@code Authorization: Bearer TOKEN}. Taken from {@code $STORYLINE_TOKEN}
 * when set, else read from the token file; when the file does not exist a new random token is written to it, readable
 * by its owner only (0600), and {@link #generated()} says so, so that the caller prints it once.
 *
 * @param value     the token
 * @param file      the file it came from or was written to; {@code null} when it came from the environment
 * @param generated {@code true} when it was made just now
 */
public record AccessToken(String value, Path file, boolean generated) {

    /** The token from {@code env} (when not blank), else from {@code file}, creating it when absent. */
    public static AccessToken resolve(String env, Path file) {
        if (env != null && !env.isBlank()) {
            return new AccessToken(env.strip(), null, false);
        }
        try {
            if (Files.exists(file)) {
                String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (stored.isEmpty()) {
                    throw new IllegalStateException("the token file " + file + " is empty; delete it to get a new token");
                }
                return new AccessToken(stored, file, false);
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.createDirectories(file.toAbsolutePath().getParent());
            try {
                // created with 0600 from the start, so the secret is never readable by others even for a moment
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            } catch (FileAlreadyExistsException e) {
                return resolve(null, file);
            }
            Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
            return new AccessToken(token, file, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the token file " + file, e);
        }
    }

    /** Whether the {@code Authorization} header value {@code header} carries this token (constant-time compare). */
    public boolean accepts(String header) {
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        byte[] given = header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "AccessToken[file=" + file + "]";
    }
}
