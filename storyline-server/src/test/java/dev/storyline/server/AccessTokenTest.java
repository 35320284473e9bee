package dev.storyline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessTokenTest {

    @Test
    void firstStartGeneratesATokenReadableByItsOwnerOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("server-token");
        AccessToken first = AccessToken.resolve(null, file);
        assertThat(first.generated()).isTrue();
        assertThat(first.value()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        AccessToken again = AccessToken.resolve(null, file);
        assertThat(again.generated()).isFalse();
        assertThat(again.value()).isEqualTo(first.value());
    }

    @Test
    void environmentTokenTakesPrecedenceAndWritesNoFile(@TempDir Path dir) {
        AccessToken t = AccessToken.resolve("from-env", dir.resolve("server-token"));
        assertThat(t.value()).isEqualTo("from-env");
        assertThat(Files.exists(dir.resolve("server-token"))).isFalse();
    }

    @Test
    void acceptsOnlyTheExactBearerToken() {
        AccessToken t = new AccessToken("s3cret", null, false);
        assertThat(t.accepts("Bearer s3cret")).isTrue();
        assertThat(t.accepts("Bearer s3cret2")).isFalse();
        assertThat(t.accepts("s3cret")).isFalse();
        assertThat(t.accepts(null)).isFalse();
        assertThat(t.toString()).doesNotContain("s3cret");
    }
}
