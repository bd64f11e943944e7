package org.coopgraph.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

/**
 * coopgraph's Neo4j Browser stylesheet ({@code static/browser/style.grass}) in the JSON form that Browser's
 * {@code :style} command accepts inline. Given inline, the style applies synchronously, so a {@code :clear} right
 * after it can remove the frame in which Browser prints the whole stylesheet; a style fetched from a URL would
 * arrive after that {@code :clear}. Immutable and thread-safe.
 *
 * @param rules selector ({@code node.City}) to property to value, in the stylesheet's order
 */
record BrowserStyle(Map<String, Map<String, String>> rules) {

	static final String RESOURCE = "static/browser/style.grass";

	/** A selector and its block; quoted values may contain braces ({@code caption: "{name}"}). */
	private static final Pattern RULE = Pattern.compile("([\\w.\\-]+)\\s*\\{((?:[^{}\"']|\"[^\"]*\"|'[^']*')*)}");

	private static final Pattern DECLARATION = Pattern
		.compile("([\\w\\-]+)\\s*:\\s*(\"[^\"]*\"|'[^']*'|[^;\"']+?)\\s*(?:;|$)");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	BrowserStyle {
		rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
	}

	/** The stylesheet coopgraph serves at {@code /browser/style.grass}. */
	static BrowserStyle coopgraphs() {
		try (InputStream in = BrowserStyle.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The Neo4j Browser style " + RESOURCE + " is missing from the jar");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the Neo4j Browser style " + RESOURCE, ex);
		}
	}

	/** Reads a GraSS stylesheet as Browser does: blocks of {@code property: value;}, quotes dropped. */
	static BrowserStyle parse(String grass) {
		Map<String, Map<String, String>> rules = new LinkedHashMap<>();
		Matcher rule = RULE.matcher(grass);
		while (rule.find()) {
			Map<String, String> properties = rules.computeIfAbsent(rule.group(1), (selector) -> new LinkedHashMap<>());
			Matcher declaration = DECLARATION.matcher(rule.group(2));
			while (declaration.find()) {
				properties.put(declaration.group(1), unquoted(declaration.group(2).trim()));
			}
		}
		if (rules.isEmpty()) {
			throw new IllegalArgumentException("The Neo4j Browser style has no rules: " + grass);
		}
		return new BrowserStyle(rules);
	}

	/** One line of JSON without semicolons, so it survives the semicolon-separated post-connect setting. */
	String json() {
		return JSON.writeValueAsString(this.rules);
	}

	private static String unquoted(String value) {
		boolean quoted = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
				|| value.startsWith("'") && value.endsWith("'"));
		return quoted ? value.substring(1, value.length() - 1) : value;
	}

}
