package org.newsgraph.remote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.ConfigException;

/**
 * A user name and password for the server's write endpoint.
 *
 * <p>They live in a password file in the format Fuseki (Jetty) reads, one {@code user: password} line per user
 * ({@code #} starts a comment), so the server and the ingest client can share one file. {@link #createFile} writes such
 * a file with a random password, readable by its owner only. The client may instead take them from the environment
 * variables {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE}; never from the command line, where other users
 * of the machine could read them in the process list.
 */
public record Credentials(String user, String password) {
    /** The user {@link #createFile} writes, and the one {@code fuseki-config.ttl} lets write. */
    public static final String DEFAULT_USER = "ingest";
    public static final String USER_VARIABLE = "NEWSGRAPH_USER";
    public static final String PASSWORD_VARIABLE = "NEWSGRAPH_PASSWORD";

    public Credentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isBlank() || user.contains(":")) {
            throw new ConfigException("a user name must be non-blank and hold no ':', got '" + user + "'");
        }
        if (password.isEmpty()) throw new ConfigException("empty password for user " + user);
    }

    /** Hides the password from logs and exception messages. */
    @Override
    public String toString() {
        return "Credentials[user=" + user + "]";
    }

    /**
     * The credentials in the environment: {@value #PASSWORD_VARIABLE} with {@value #USER_VARIABLE} (default
     * {@value #DEFAULT_USER}); empty if no password is set there.
     */
    public static Optional<Credentials> fromEnvironment(Map<String, String> env) {
        String password = env.get(PASSWORD_VARIABLE);
        if (password == null || password.isEmpty()) return Optional.empty();
        String user = env.getOrDefault(USER_VARIABLE, DEFAULT_USER);
        return Optional.of(new Credentials(user.isBlank() ? DEFAULT_USER : user.strip(), password));
    }

    /**
     * The first user of a password file, or the one named {@code user} if not null.
     *
     * @throws ConfigException if the file cannot be read, names no such user, or holds only a hashed password
     */
    public static Credentials fromFile(Path file, String user) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("cannot read credentials file " + file + ": " + describe(e));
        }
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new ConfigException("credentials file " + file + ": expected 'user: password' lines");
            }
            String name = line.substring(0, colon).strip();
            if (user != null && !user.equals(name)) continue;
            String password = line.substring(colon + 1).strip();
            int roles = password.indexOf(',');
            if (roles >= 0) password = password.substring(0, roles).strip();
            if (password.matches("(?i)(MD5|CRYPT|OBF):.*")) {
                throw new ConfigException("credentials file " + file + " holds a hashed password for " + name
                        + "; give the client the clear one in " + PASSWORD_VARIABLE);
            }
            return new Credentials(name, password);
        }
        throw new ConfigException("credentials file " + file + " names "
                + (user == null ? "no user" : "no user " + user));
    }

    /**
     * Writes a new password file for {@value #DEFAULT_USER} with a random password, readable and writable by its owner
     * alone where the file system supports POSIX permissions.
     *
     * @throws FileAlreadyExistsException never overwrites: the caller decides what to do with an existing file
     */
    public static Credentials createFile(Path file) throws IOException {
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        Credentials c = new Credentials(DEFAULT_USER, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        boolean posix = Files.getFileStore(parent).supportsFileAttributeView("posix");
        if (posix) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, "# newsgraph: who may write through the server's authenticated endpoint.\n"
                + "# One 'user: password' line per user (Jetty's password file format).\n"
                + c.user() + ": " + c.password() + "\n", StandardCharsets.UTF_8);
        return c;
    }

    /** The value of an HTTP Basic {@code Authorization} header. */
    public String basicAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
