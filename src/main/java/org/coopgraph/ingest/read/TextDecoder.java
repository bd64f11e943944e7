package org.coopgraph.ingest.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes the bytes of a text file whose encoding is not declared, in the order that is
 * right for Chinese government documents: byte-order mark, then strict UTF-8, then UTF-16
 * without a mark, then GB18030 (a superset of GB2312 and GBK). A guess is accepted only
 * if it decodes without errors and reads as plausible Chinese or ASCII text, so a wrong
 * guess fails loudly instead of producing mojibake. Stateless and thread-safe.
 */
final class TextDecoder {

	static final Charset GB18030 = Charset.forName("GB18030");

	/**
	 * Share of characters that must be plausible for a guessed encoding to be accepted.
	 */
	private static final double PLAUSIBLE = 0.9;

	private TextDecoder() {
	}

	/**
	 * Decodes the file, or throws {@link UnreadableDocumentException} naming it.
	 */
	static String decode(RawFile file) {
		return decodeBytes(file.content()).orElseThrow(() -> file.problem("unknown text encoding"));
	}

	static Optional<String> decodeBytes(byte[] bytes) {
		Optional<String> withBom = decodeByBom(bytes);
		if (withBom.isPresent()) {
			return withBom;
		}
		Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
		if (utf8.isPresent()) {
			return utf8;
		}
		Optional<String> utf16 = guessUtf16(bytes);
		if (utf16.isPresent()) {
			return utf16;
		}
		return strict(bytes, GB18030).filter((text) -> plausibility(text) >= PLAUSIBLE);
	}

	/**
	 * Decodes with a declared charset, strictly; empty if the bytes do not fit it, which
	 * is common for web pages that declare one encoding and are saved in another.
	 */
	static Optional<String> decodeDeclared(byte[] bytes, Charset declared) {
		Optional<String> withBom = decodeByBom(bytes);
		return withBom.isPresent() ? withBom : strict(bytes, declared);
	}

	private static Optional<String> decodeByBom(byte[] bytes) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return strict(bytes, 3, StandardCharsets.UTF_8);
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return strict(bytes, 2, StandardCharsets.UTF_16LE);
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return strict(bytes, 2, StandardCharsets.UTF_16BE);
		}
		return Optional.empty();
	}

	private static Optional<String> guessUtf16(byte[] bytes) {
		if (bytes.length < 2 || bytes.length % 2 != 0) {
			return Optional.empty();
		}
		// Both byte orders decode almost any even-length input, so let the content
		// decide: the wrong order turns Chinese into Hangul, private use or unpaired
		// surrogates.
		Optional<String> le = strict(bytes, StandardCharsets.UTF_16LE);
		Optional<String> be = strict(bytes, StandardCharsets.UTF_16BE);
		double leScore = le.map(TextDecoder::plausibility).orElse(0.0);
		double beScore = be.map(TextDecoder::plausibility).orElse(0.0);
		if (Math.max(leScore, beScore) < PLAUSIBLE) {
			return Optional.empty();
		}
		return (leScore >= beScore) ? le : be;
	}

	/**
	 * Share of characters typical of Chinese documents: ASCII text, Latin-1, CJK
	 * ideographs (with extensions A to G), CJK and full-width punctuation, and the
	 * symbols official documents use: general punctuation to dingbats (U+2000-27BF: “”,
	 * ℃, Ⅱ, ≥, ①, ■) and CJK symbols to enclosed CJK (U+3000-33FF: 、, 【】, ㈠).
	 */
	static double plausibility(String text) {
		if (text.isEmpty()) {
			return 0;
		}
		int plausible = 0;
		int total = 0;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			total++;
			if (isPlausible(cp)) {
				plausible++;
			}
		}
		return (double) plausible / total;
	}

	private static boolean isPlausible(int cp) {
		return cp == '\n' || cp == '\r' || cp == '\t' || (cp >= 0x20 && cp < 0x7F) || (cp >= 0xA0 && cp <= 0xFF)
				|| (cp >= 0x2000 && cp <= 0x27BF) || (cp >= 0x3000 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF)
				|| (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
				|| (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x20000 && cp <= 0x3134F);
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static Optional<String> strict(byte[] bytes, Charset charset) {
		return strict(bytes, 0, charset);
	}

	private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
		try {
			CharBuffer chars = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
			return Optional.of(chars.toString());
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

}
