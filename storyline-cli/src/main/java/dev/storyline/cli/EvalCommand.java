package dev.storyline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code storyline eval ...}: quality figures against public gold data, each taking the data location. */
@Command(name = "eval",
        description = "Measure quality against gold data (each takes the data location as an argument).",
        subcommands = {
            EvalExtractionCommand.class,
            EvalWireCommand.class,
            EvalNerCommand.class,
            EvalTimesCommand.class,
            EvalQuotesCommand.class,
            EvalDuplicatesCommand.class,
            EvalRelatedCommand.class,
        })
public final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
