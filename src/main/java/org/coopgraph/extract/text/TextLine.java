package org.coopgraph.extract.text;

/**
 * One line of the normalised document text: {@code [start, end)} offsets without the line break, its text, and
 * whether it is boilerplate (navigation, captions, ads, related-article lists) that fact extraction must skip.
 */
public record TextLine(int index, int start, int end, String text, boolean boilerplate) {

	public boolean isBlank() {
		return this.text.isBlank();
	}

	/** The text without leading and trailing whitespace, including full-width spaces. */
	public String trimmed() {
		return this.text.strip();
	}

	/** Offset within {@link #text} where its content starts, after leading whitespace. */
	public int contentStart() {
		int a = 0;
		while (a < this.text.length() && Character.isWhitespace(this.text.charAt(a))) {
			a++;
		}
		return a;
	}

	/** Offset within {@link #text} where its content ends, before trailing whitespace; never before the start. */
	public int contentEnd() {
		int a = contentStart();
		int b = this.text.length();
		while (b > a && Character.isWhitespace(this.text.charAt(b - 1))) {
			b--;
		}
		return b;
	}

}
