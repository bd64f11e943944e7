package org.coopgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small JSON reader for the regression case files (objects, arrays, strings, numbers, true/false/null). */
final class MiniJson {

	private final String s;

	private int i;

	private MiniJson(String s) {
		this.s = s;
	}

	static Object parse(String json) {
		MiniJson p = new MiniJson(json);
		Object v = p.value();
		p.ws();
		if (p.i != p.s.length()) {
			throw new IllegalArgumentException("trailing characters at " + p.i);
		}
		return v;
	}

	private Object value() {
		ws();
		char c = this.s.charAt(this.i);
		if (c == '{') {
			Map<String, Object> m = new LinkedHashMap<>();
			this.i++;
			ws();
			if (peek('}')) {
				return m;
			}
			do {
				ws();
				String k = string();
				ws();
				expect(':');
				m.put(k, value());
				ws();
			}
			while (eat(','));
			expect('}');
			return m;
		}
		if (c == '[') {
			List<Object> l = new ArrayList<>();
			this.i++;
			ws();
			if (peek(']')) {
				return l;
			}
			do {
				l.add(value());
				ws();
			}
			while (eat(','));
			expect(']');
			return l;
		}
		if (c == '"') {
			return string();
		}
		if (this.s.startsWith("true", this.i)) {
			this.i += 4;
			return Boolean.TRUE;
		}
		if (this.s.startsWith("false", this.i)) {
			this.i += 5;
			return Boolean.FALSE;
		}
		if (this.s.startsWith("null", this.i)) {
			this.i += 4;
			return null;
		}
		int start = this.i;
		while (this.i < this.s.length() && "+-0123456789.eE".indexOf(this.s.charAt(this.i)) >= 0) {
			this.i++;
		}
		return Long.parseLong(this.s.substring(start, this.i));
	}

	private String string() {
		expect('"');
		StringBuilder sb = new StringBuilder();
		while (this.s.charAt(this.i) != '"') {
			char c = this.s.charAt(this.i++);
			if (c == '\\') {
				char e = this.s.charAt(this.i++);
				switch (e) {
					case 'n' -> sb.append('\n');
					case 't' -> sb.append('\t');
					case 'u' -> {
						sb.append((char) Integer.parseInt(this.s.substring(this.i, this.i + 4), 16));
						this.i += 4;
					}
					default -> sb.append(e);
				}
			}
			else {
				sb.append(c);
			}
		}
		this.i++;
		return sb.toString();
	}

	private void ws() {
		while (this.i < this.s.length() && Character.isWhitespace(this.s.charAt(this.i))) {
			this.i++;
		}
	}

	private boolean peek(char c) {
		if (this.s.charAt(this.i) == c) {
			this.i++;
			return true;
		}
		return false;
	}

	private boolean eat(char c) {
		ws();
		return peek(c);
	}

	private void expect(char c) {
		if (this.s.charAt(this.i) != c) {
			throw new IllegalArgumentException("expected '" + c + "' at " + this.i);
		}
		this.i++;
	}

}
