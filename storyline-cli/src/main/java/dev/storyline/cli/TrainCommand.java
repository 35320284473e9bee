package dev.storyline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code storyline train ...}: trains the models Storyline ships, reproducibly, from public data. */
@Command(name = "train",
        description = "Train the models Storyline ships from public data (reproducible: seeded).",
        subcommands = {
            TrainNerCommand.class,
            TrainClustersCommand.class,
        })
public final class TrainCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
