package dev.storyline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code storyline bench ...}: throughput and latency reports, each with a baseline measured in the same run. */
@Command(name = "bench",
        description = "Benchmarks: throughput and latency, beside a baseline measured in the same run.",
        subcommands = {
            BenchIngestCommand.class,
            BenchParseCommand.class,
            BenchServeCommand.class,
            BenchEnrichCommand.class,
            BenchRelatedCommand.class,
        })
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
