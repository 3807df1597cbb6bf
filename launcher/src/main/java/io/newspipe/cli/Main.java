package io.newspipe.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pipeline} command. Each subcommand is thin: the work is in the runtime and the modules it drives. */
@Command(name = "pipeline", mixinStandardHelpOptions = true, version = "newspipe 0.1.0",
        description = "Kafka streaming ingestion pipeline for Chinese news text.",
        subcommands = {ReplayCommand.class, RunCommand.class, SendCommand.class, TailCommand.class, SplitCommand.class,
                EnrichCommand.class, EvalNerCommand.class, TrainNerCommand.class, EvalSplitterCommand.class,
                TrainSplitterCommand.class, ExploreCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main());
    }
}
