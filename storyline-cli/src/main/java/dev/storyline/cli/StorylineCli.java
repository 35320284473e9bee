package dev.storyline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code storyline} command. Each job is a subcommand; {@code storyline help COMMAND} explains it. */
@Command(name = "storyline",
        mixinStandardHelpOptions = true,
        version = "storyline 0.1.0-SNAPSHOT",
        description = "Reads news articles in the formats newsrooms use, understands their structure, "
                + "links and serves them.",
        subcommands = {
            CommandLine.HelpCommand.class,
            ParseCommand.class,
            IngestCommand.class,
            SearchCommand.class,
            ShowCommand.class,
            RelatedCommand.class,
            StatsCommand.class,
            CheckCommand.class,
            CompactCommand.class,
            EvalCommand.class,
            BenchCommand.class,
            ServeCommand.class,
            TrainCommand.class,
        })
public final class StorylineCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code, for tests. */
    public static int run(String... args) {
        return new CommandLine(new StorylineCli()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
