package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.nlp.NerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph train-ner}: rebuilds the shipped name-finder model from the project's own corpus. */
@Command(name = "train-ner", description = "Train the name-finder model from the corpus in "
        + "src/main/resources/ner/corpus (deterministic: the same corpus gives the same model).")
public final class TrainNerCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "src/main/resources/ner/newsgraph-ner.bin",
            description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--cross-validate", paramLabel = "K",
            description = "Instead of training, print K-fold cross-validation scores on the corpus (e.g. 5).")
    Integer folds;

    @Override
    public Integer call() throws Exception {
        if (folds != null) {
            for (NerTrainer.FoldScore f : NerTrainer.crossValidate(NerTrainer.DEFAULT_SEED, folds)) {
                spec.commandLine().getOut().printf("%-5s P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)%n", f.type(),
                        f.precision(), f.recall(), f.f1(), f.tp(), f.fp(), f.fn());
            }
            return ExitCodes.OK;
        }
        NerTrainer.trainTo(out);
        spec.commandLine().getOut().println("wrote " + out);
        return ExitCodes.OK;
    }
}
