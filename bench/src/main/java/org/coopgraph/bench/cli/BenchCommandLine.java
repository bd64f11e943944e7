package org.coopgraph.bench.cli;

import java.io.PrintWriter;

import org.coopgraph.cli.CoopgraphCommand;
import picocli.CommandLine;

/**
 * The bench project's entry point, which {@code ./coopgraph bench} and {@code ./coopgraph generate} run: the
 * service's {@code coopgraph} command, with its error reporting and exit codes, plus {@code bench} and
 * {@code generate}.
 */
public final class BenchCommandLine {

	private BenchCommandLine() {
	}

	public static void main(String[] args) {
		System.exit(commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args));
	}

	static CommandLine commandLine(PrintWriter out, PrintWriter err) {
		CommandLine commandLine = CoopgraphCommand.commandLine(out, err, new BenchCommand(), new GenerateCommand());
		// The service's footer points here; in this command line the two commands are listed above it.
		commandLine.getCommandSpec().usageMessage().footer(new String[0]);
		return commandLine;
	}

}
