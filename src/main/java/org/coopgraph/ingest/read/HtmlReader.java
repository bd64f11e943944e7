package org.coopgraph.ingest.read;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Reads saved web pages ({@code .html}, {@code .htm}) and keeps only the main text: the
 * article without navigation, scripts, related-article lists, share bars, comments or ads
 * (see {@link HtmlMainText}). Paragraphs and table rows become lines; table cells are
 * separated by a tab. The encoding comes from a byte-order mark or {@code <meta charset>}
 * when the bytes fit it, else it is detected as for plain text. Immutable and
 * thread-safe.
 */
public final class HtmlReader extends LimitedFileReader {

	private static final Pattern META_CHARSET = Pattern
		.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

	/** The meta tag belongs in the head; real pages declare it within 1 KiB. */
	private static final int CHARSET_SNIFF_BYTES = 8192;

	public HtmlReader() {
		this(ReadLimits.DEFAULTS);
	}

	public HtmlReader(ReadLimits limits) {
		super(limits, ".html", ".htm");
	}

	@Override
	SourceDocument read(RawFile raw) {
		String html = decode(raw);
		Parser parser = Parser.htmlParser().setMaxDepth(this.limits.maxHtmlDepth());
		String text;
		try {
			Document page = Jsoup.parse(html, "", parser);
			text = HtmlMainText.of(page, this.limits.maxTextChars() + 1);
		}
		catch (RuntimeException | StackOverflowError ex) {
			throw raw.problem("HTML cannot be parsed (" + ex + ")", ex);
		}
		return raw.toDocument("html", text, this.limits);
	}

	private static String decode(RawFile raw) {
		byte[] bytes = raw.content();
		Optional<String> declared = declaredCharset(bytes)
			.flatMap((charset) -> TextDecoder.decodeDeclared(bytes, charset));
		return declared.or(() -> TextDecoder.decodeBytes(bytes))
			.orElseThrow(() -> raw.problem("unknown text encoding"));
	}

	static Optional<Charset> declaredCharset(byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, CHARSET_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
		Matcher matcher = META_CHARSET.matcher(head);
		if (!matcher.find()) {
			return Optional.empty();
		}
		String name = matcher.group(1).toLowerCase(Locale.ROOT);
		// Pages labelled GB2312 or GBK routinely contain characters outside those
		// sets; GB18030 decodes every byte sequence they can hold.
		if (name.startsWith("gb") || name.equals("x-gbk") || name.equals("cp936") || name.equals("windows-936")) {
			return Optional.of(TextDecoder.GB18030);
		}
		try {
			return Optional.of(Charset.forName(name));
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			return Optional.empty();
		}
	}

}
