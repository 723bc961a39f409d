package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns the paths a user names into the files to read, in a deterministic order: each path in the order given, and
 * inside a folder its entries sorted by name (files and sub-folders alike, recursively). Symbolic links are followed;
 * a link that leads back to a folder being walked, a link chain that loops and a link to nothing are problems. Names
 * starting with a dot are passed over inside folders. Only one folder listing per level is held at a time.
 */
final class CorpusWalker {
    /** Where the walk sends what it finds. */
    interface Visitor {
        /** @param named true when the user named this file, false when it was found inside a folder */
        void file(Path file, boolean named);

        void problem(Path where, String message);
    }

    private final Predicate<Path> supported;
    private final Visitor visitor;

    /** @param supported which files found inside a folder to visit; others there are skipped silently */
    CorpusWalker(Predicate<Path> supported, Visitor visitor) {
        this.supported = supported;
        this.visitor = visitor;
    }

    void walk(List<Path> paths) {
        for (Path path : paths) {
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                visitor.problem(path, "does not exist");
            } else if (Files.isDirectory(path)) {
                walkFolder(path, new HashSet<>());
            } else if (Files.isRegularFile(path)) {
                visitor.file(path, true);
            } else if (Files.isSymbolicLink(path)) {
                visitor.problem(path, brokenLink(path));
            } else {
                visitor.problem(path, "not a regular file or folder");
            }
        }
    }

    private void walkFolder(Path folder, Set<Path> ancestors) {
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            visitor.problem(folder, "cannot resolve folder: " + e.getMessage());
            return;
        }
        if (!ancestors.add(real)) {
            visitor.problem(folder, "symbolic link loop: leads back to " + real + ", which is already being read");
            return;
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            visitor.problem(folder, "cannot list folder: " + TextFormats.cannotRead(e).replace("cannot read: ", ""));
            ancestors.remove(real);
            return;
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (Path entry : entries) {
            if (entry.getFileName().toString().startsWith(".")) continue;
            if (Files.isDirectory(entry)) {
                walkFolder(entry, ancestors);
            } else if (!supported.test(entry)) {
                continue;
            } else if (Files.isRegularFile(entry)) {
                visitor.file(entry, false);
            } else if (Files.isSymbolicLink(entry)) {
                visitor.problem(entry, brokenLink(entry));
            } else {
                visitor.problem(entry, "not a regular file");
            }
        }
        ancestors.remove(real);
    }

    /** Describes a symbolic link that does not lead to a file or folder. */
    private static String brokenLink(Path link) {
        try {
            link.toRealPath();
            return "symbolic link to something that is neither file nor folder";
        } catch (FileSystemLoopException e) {
            return "symbolic link loop";
        } catch (FileSystemException e) {
            String reason = String.valueOf(e.getReason());
            if (reason.contains("levels of symbolic links")) return "symbolic link loop (" + reason + ")";
            return "broken symbolic link to " + target(link);
        } catch (IOException e) {
            return "broken symbolic link to " + target(link);
        }
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "an unreadable target";
        }
    }
}
