package org.coopgraph.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code coopgraph} command: subcommands for serving, ingesting and extracting. Errors are printed as one line
 * {@code coopgraph: <message>}, with the stack trace only under {@code -v}.
 */
@Command(name = "coopgraph", mixinStandardHelpOptions = true, version = "coopgraph 0.1.0",
		description = "Turns Chinese government cooperation documents into a graph you can query.",
		subcommands = { ServeCommand.class, IngestCommand.class, ExtractCommand.class, RemoveCommand.class,
				ExportCommand.class, GenerateCommand.class, BenchCommand.class,
				CommandLine.HelpCommand.class })
public class CoopgraphCommand implements Runnable {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		this.spec.commandLine().usage(this.spec.commandLine().getOut());
	}

	/** The program's entry point: runs the command line and exits with its {@link ExitCodes exit code}. */
	public static void main(String[] args) {
		System.exit(execute(args));
	}

	public static int execute(String... args) {
		return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
	}

	static CommandLine commandLine(PrintWriter out, PrintWriter err) {
		CommandLine commandLine = new CommandLine(new CoopgraphCommand());
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setExecutionExceptionHandler(new ErrorReporter());
		// Users type --format csv and --progress log.
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		return commandLine;
	}

}
