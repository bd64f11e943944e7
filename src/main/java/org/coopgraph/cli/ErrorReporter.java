package org.coopgraph.cli;

import java.util.Optional;

import org.coopgraph.graph.GraphStoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import org.springframework.boot.web.server.PortInUseException;

/**
 * Prints a failed command's cause as {@code coopgraph: <message>} (the innermost cause that has a message, which
 * names the file, port or setting at fault), plus the stack trace when {@code COOPGRAPH_DEBUG} is set. The exit code
 * follows the kind of the failure, never its message: {@link ExitCodes#STORE_UNAVAILABLE} for a
 * {@link GraphStoreException} (the database is unavailable, held by another process or timing out), else
 * {@link ExitCodes#SOFTWARE}.
 */
class ErrorReporter implements IExecutionExceptionHandler {

	@Override
	public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
		commandLine.getErr().println("coopgraph: " + rootMessage(ex));
		if (System.getenv("COOPGRAPH_DEBUG") != null) {
			ex.printStackTrace(commandLine.getErr());
		}
		return exitCode(ex);
	}

	static int exitCode(Throwable ex) {
		return cause(ex, GraphStoreException.class).isPresent() ? ExitCodes.STORE_UNAVAILABLE : ExitCodes.SOFTWARE;
	}

	static String rootMessage(Throwable ex) {
		Optional<PortInUseException> portInUse = cause(ex, PortInUseException.class);
		if (portInUse.isPresent()) {
			return "Port %d is already in use; stop what uses it or set server.port to a free port"
				.formatted(portInUse.get().getPort());
		}
		// Its message says what to do; the causes below it are Neo4j's.
		return cause(ex, GraphStoreException.class).map(GraphStoreException::getMessage).orElseGet(() -> innermostMessage(ex));
	}

	private static <T extends Throwable> Optional<T> cause(Throwable ex, Class<T> kind) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (kind.isInstance(cause)) {
				return Optional.of(kind.cast(cause));
			}
		}
		return Optional.empty();
	}

	private static String innermostMessage(Throwable ex) {
		String message = ex.getMessage();
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof IllegalStateException && cause.getMessage() != null
					&& !cause.getMessage().startsWith("Failed to execute")) {
				return cause.getMessage();
			}
			if (cause.getMessage() != null) {
				message = cause.getMessage();
			}
		}
		return (message != null) ? message : ex.getClass().getSimpleName();
	}

}
