package org.coopgraph.extract.relation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The predicate lexicons and role markers relation rules read clauses by (resource {@code relation-words.tsv}: kind,
 * word), each kind's words longest first so that a scan finds 对口帮扶 before 对口. Immutable and thread-safe.
 */
public final class RelationWords {

	private static final String RESOURCE = "/org/coopgraph/extract/relation-words.tsv";

	/** The kinds of word the resource holds. */
	public enum Kind {

		PAIRING, PAIRING_VERB, PARTNER_MARKER, RECIPIENT_MARKER, OBJECT_MARKER, LIST, ADVERB, FUNDING_ACT, FUNDING_MONEY,
		FUNDING_AID, FUNDING_SELF, NOT_FUNDING, QUOTA, DONATION, DONATION_MONEY, SITING, ENCLAVE, LANDFORM;

		static Kind of(String label) {
			return valueOf(label.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
		}

	}

	private static final RelationWords DEFAULT = load();

	private final Map<Kind, List<String>> words;

	private RelationWords(Map<Kind, List<String>> words) {
		this.words = words;
	}

	/** The words of the resource, read once. */
	public static RelationWords standard() {
		return DEFAULT;
	}

	private static RelationWords load() {
		try (InputStream in = RelationWords.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + RESOURCE);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			Map<Kind, List<String>> map = new HashMap<>();
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split("\t");
				if (f.length != 2 || f[1].isBlank()) {
					throw new IllegalStateException(RESOURCE + " line " + number + ": expected kind<TAB>word");
				}
				map.computeIfAbsent(Kind.of(f[0]), (k) -> new ArrayList<>()).add(f[1]);
			}
			Map<Kind, List<String>> sorted = new HashMap<>();
			for (Kind k : Kind.values()) {
				List<String> list = new ArrayList<>(map.getOrDefault(k, List.of()));
				list.sort(Comparator.comparingInt(String::length).reversed());
				sorted.put(k, List.copyOf(list));
			}
			return new RelationWords(Map.copyOf(sorted));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + RESOURCE, ex);
		}
	}

	public List<String> of(Kind kind) {
		return this.words.get(kind);
	}

	/** Whether {@code text} is exactly one word of the kind. */
	public boolean is(Kind kind, String text) {
		return of(kind).contains(text);
	}

	/** Whether {@code text} holds a word of the kind anywhere. */
	public boolean any(Kind kind, String text) {
		for (String w : of(kind)) {
			if (text.contains(w)) {
				return true;
			}
		}
		return false;
	}

	/** The word of the kind that {@code text} starts with at {@code at}, longest first, or {@code null}. */
	public String at(Kind kind, String text, int at) {
		for (String w : of(kind)) {
			if (text.startsWith(w, at)) {
				return w;
			}
		}
		return null;
	}

	/** The word of the kind that {@code text} ends with, longest first, or {@code null}. */
	public String endOf(Kind kind, String text) {
		for (String w : of(kind)) {
			if (text.endsWith(w)) {
				return w;
			}
		}
		return null;
	}

	/** {@code text} without the adverbs it opens with (日前分别与 → 与). */
	public String withoutLeadingAdverbs(String text) {
		String t = text;
		for (String w = at(Kind.ADVERB, t, 0); w != null && w.length() < t.length(); w = at(Kind.ADVERB, t, 0)) {
			t = t.substring(w.length());
		}
		return t;
	}

}
