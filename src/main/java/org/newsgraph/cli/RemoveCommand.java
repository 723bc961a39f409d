package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph remove ID...}: drops articles' named graphs. */
@Command(name = "remove", description = "Remove articles from the store by id (the last part of the article IRI): "
        + "their named graphs go, each in its own transaction; entities other articles mention stay with them.")
public final class RemoveCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "Article ids, e.g. lavrov-visit.")
    List<String> ids;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int removed = 0;
        try (GraphStore graphStore = GraphStore.open(store.existing())) {
            for (String id : ids) {
                String iri = Iris.article(id);
                if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                    err.println("skipped " + id + ": not an article id (lower-case letters, digits, hyphens)");
                } else if (graphStore.removeGraph(iri)) {
                    removed++;
                } else {
                    err.println("skipped " + id + ": no article " + iri + " in " + store.db);
                }
            }
        }
        out.println("removed " + removed + " of " + ids.size() + " article(s) from " + store.db);
        if (removed == 0) return ExitCodes.FAILED;
        return removed < ids.size() ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
}
