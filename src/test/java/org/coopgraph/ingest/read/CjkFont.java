package org.coopgraph.ingest.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Finds a CJK font PDFBox can embed, for tests that render Chinese PDFs. PDFBox embeds
 * TrueType outlines only, so the CFF-based Noto CJK collections do not qualify; the
 * Debian packages {@code fonts-wqy-zenhei} and {@code fonts-arphic-uming} do.
 */
final class CjkFont {

	static final String MISSING = "no embeddable CJK TrueType font found; install Debian package fonts-wqy-zenhei "
			+ "or fonts-arphic-uming";

	private static final List<Path> CANDIDATES = List.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
			Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
			Path.of("/usr/share/fonts/truetype/arphic/ukai.ttc"));

	private CjkFont() {
	}

	static Optional<Path> file() {
		return CANDIDATES.stream().filter(Files::isReadable).findFirst();
	}

	/**
	 * Loads the first font of the collection into the document, subset on save. The
	 * collection must stay open until the document is saved.
	 */
	static PDType0Font load(PDDocument pdf, TrueTypeCollection collection) throws IOException {
		TrueTypeFont[] first = new TrueTypeFont[1];
		collection.processAllFonts((font) -> {
			if (first[0] == null) {
				first[0] = font;
			}
		});
		return PDType0Font.load(pdf, first[0], true);
	}

}
