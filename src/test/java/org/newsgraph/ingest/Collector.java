package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.newsgraph.ProblemListener;

/** Runs a reader over paths and keeps what came out: the articles and the problems as "where: message" lines. */
final class Collector {
    final List<Article> articles = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    static Collector read(ArticleReader reader, Path... paths) {
        Collector c = new Collector();
        ProblemListener listener = (where, message) -> {
            if (message.contains("\n")) throw new AssertionError("problem is not one line: " + message);
            c.problems.add(where + ": " + message);
        };
        reader.read(List.of(paths), c.articles::add, listener);
        return c;
    }

    static Collector read(Path... paths) {
        return read(ArticleReader.builder().build(), paths);
    }

    List<String> ids() {
        return articles.stream().map(Article::id).collect(Collectors.toList());
    }

    Article article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no article " + id + " in " + ids() + "; problems " + problems));
    }

    /** The one problem, failing when there are none or several. */
    String onlyProblem() {
        if (problems.size() != 1) throw new AssertionError("expected one problem, got " + problems);
        return problems.get(0);
    }
}
