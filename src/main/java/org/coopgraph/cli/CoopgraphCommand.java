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
				ExportCommand.class, BackupCommand.class, RestoreCommand.class, CommandLine.HelpCommand.class },
		footer = { "", "Benchmarks and synthetic graphs (the bench/ project):",
				"  ./coopgraph bench --help, ./coopgraph generate --help" })
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

	/**
	 * The command line with its error reporting and output.
	 * @param moreSubcommands the bench project's commands, which it adds to the service's
	 */
	public static CommandLine commandLine(PrintWriter out, PrintWriter err, Object... moreSubcommands) {
		CommandLine commandLine = new CommandLine(new CoopgraphCommand());
		for (Object subcommand : moreSubcommands) {
			commandLine.addSubcommand(subcommand);
		}
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setExecutionExceptionHandler(new ErrorReporter());
		// Users type --format csv and --progress log.
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		return commandLine;
	}

}
