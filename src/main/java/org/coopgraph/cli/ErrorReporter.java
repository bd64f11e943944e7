package org.coopgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import org.springframework.boot.web.server.PortInUseException;

/**
 * Prints a failed command's cause as {@code coopgraph: <message>} (the innermost cause that has a message, which
 * names the file, port or setting at fault), plus the stack trace when {@code COOPGRAPH_DEBUG} is set.
 */
class ErrorReporter implements IExecutionExceptionHandler {

	@Override
	public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
		commandLine.getErr().println("coopgraph: " + rootMessage(ex));
		if (System.getenv("COOPGRAPH_DEBUG") != null) {
			ex.printStackTrace(commandLine.getErr());
		}
		return isStoreFailure(ex) ? ExitCodes.STORE_UNAVAILABLE : ExitCodes.SOFTWARE;
	}

	static String rootMessage(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof PortInUseException portInUse) {
				return "Port %d is already in use; stop what uses it or set server.port to a free port"
					.formatted(portInUse.getPort());
			}
		}
		String message = innermostMessage(ex);
		if (message.contains("store_lock")) {
			return "The database is in use by another process (is `coopgraph serve` running on the same data folder?). "
					+ "Stop it first, or use the ingestDocument mutation. Details: " + message;
		}
		return message;
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

	private static boolean isStoreFailure(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String name = cause.getClass().getName();
			if (name.startsWith("org.neo4j.") && !name.startsWith("org.neo4j.driver.exceptions.ClientException")) {
				return true;
			}
		}
		return false;
	}

}
