package org.newsgraph.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ConfigException;

class CredentialsTest {
    @TempDir
    Path dir;

    @Test
    void readsTheFirstOrTheNamedUserOfAPasswordFile() throws IOException {
        Path file = dir.resolve("passwd");
        Files.writeString(file, "# writers\n\nalice: s3cret, writer\nbob:  hunter2 \n");
        assertEquals(new Credentials("alice", "s3cret"), Credentials.fromFile(file, null));
        assertEquals(new Credentials("bob", "hunter2"), Credentials.fromFile(file, "bob"));
        ConfigException e = assertThrows(ConfigException.class, () -> Credentials.fromFile(file, "carol"));
        assertEquals("credentials file " + file + " names no user carol", e.getMessage());
    }

    @Test
    void refusesHashedPasswordsMissingFilesAndMalformedLines() throws IOException {
        Path hashed = dir.resolve("hashed");
        Files.writeString(hashed, "alice: MD5:164c88b302622e17050af52c89945d44\n");
        assertTrue(assertThrows(ConfigException.class, () -> Credentials.fromFile(hashed, null)).getMessage()
                .contains("hashed password"));
        Path missing = dir.resolve("missing");
        assertEquals("cannot read credentials file " + missing + ": no such file",
                assertThrows(ConfigException.class, () -> Credentials.fromFile(missing, null)).getMessage());
        Path malformed = dir.resolve("malformed");
        Files.writeString(malformed, "just-a-password\n");
        assertThrows(ConfigException.class, () -> Credentials.fromFile(malformed, null));
    }

    @Test
    void takesThePasswordFromTheEnvironmentOnlyWhenOneIsSet() {
        assertFalse(Credentials.fromEnvironment(Map.of()).isPresent());
        assertFalse(Credentials.fromEnvironment(Map.of(Credentials.PASSWORD_VARIABLE, "")).isPresent());
        assertEquals(new Credentials(Credentials.DEFAULT_USER, "pw"),
                Credentials.fromEnvironment(Map.of(Credentials.PASSWORD_VARIABLE, "pw")).orElseThrow());
        assertEquals(new Credentials("alice", "pw"), Credentials.fromEnvironment(
                Map.of(Credentials.PASSWORD_VARIABLE, "pw", Credentials.USER_VARIABLE, "alice")).orElseThrow());
    }

    @Test
    void createsARandomPasswordOnceAndNeverOverwrites() throws IOException {
        Path file = dir.resolve("sub/passwd");
        Credentials first = Credentials.createFile(file);
        assertEquals(first, Credentials.fromFile(file, null));
        assertThrows(FileAlreadyExistsException.class, () -> Credentials.createFile(file));
        assertEquals(first, Credentials.fromFile(file, null));
        assertFalse(first.password().equals(Credentials.createFile(dir.resolve("other")).password()));
        assertFalse(first.toString().contains(first.password()), "toString hides the password");
    }

    @Test
    void buildsTheBasicAuthorizationHeader() {
        // RFC 7617's example: Aladdin / open sesame
        assertEquals("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
                new Credentials("Aladdin", "open sesame").basicAuthorization());
    }
}
