package org.coopgraph.ingest.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfReaderTests {

	private static final float LEFT = 72;

	private static final float TOP = 770;

	private static final float LEADING = 22;

	@TempDir
	Path dir;

	private final PdfReader reader = new PdfReader();

	@Test
	void readsTextLinesAndKeepsTableRowsTogether() throws IOException {
		Path file = this.dir.resolve("plan.pdf");
		// Rare characters are left out: the test fonts have no glyphs for them.
		List<String> lines = SampleText.PLAN.lines().filter((line) -> !line.startsWith("生僻字")).toList();
		// The table is drawn column by column, as many generators do, so only sorting by
		// position can bring each row back together.
		renderPdf(file, lines, List.of(List.of("项目名称", "锡连产业园", "劳务协作"), List.of("投资额", "10亿元", "500万元")),
				List.of("第二页：附件说明。"));

		SourceDocument document = this.reader.read(file);

		assertThat(document.format()).isEqualTo("pdf");
		assertThat(document.text().lines().toList()).containsSubsequence(lines)
			.containsSubsequence("项目名称 投资额", "锡连产业园 10亿元", "劳务协作 500万元", "第二页：附件说明。");
	}

	@Test
	void stopsAtTheTextLimit() throws IOException {
		Path file = this.dir.resolve("long.pdf");
		renderPdf(file, List.of("南北结对帮扶合作".repeat(5)), List.of(), List.of("第二页".repeat(10)));
		PdfReader strict = new PdfReader(new ReadLimits(1024 * 1024, 50, 1024, 10));

		assertThatThrownBy(() -> strict.read(file)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessage("long.pdf: extracted text exceeds the 50 character limit");
	}

	@Test
	void rejectsAFileThatIsNotAPdf() throws IOException {
		Path file = Files.write(this.dir.resolve("报告.pdf"),
				"<html><body>404</body></html>".getBytes(StandardCharsets.UTF_8));

		assertThatThrownBy(() -> this.reader.read(file)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessage("报告.pdf: not a PDF (starts with \"<html><b\")");
	}

	@Test
	void rejectsADamagedPdf() throws IOException {
		Path file = Files.write(this.dir.resolve("broken.pdf"),
				"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\n%%garbage".getBytes(StandardCharsets.US_ASCII));

		assertThatThrownBy(() -> this.reader.read(file)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessageStartingWith("broken.pdf: PDF ");
	}

	@Test
	void rejectsAPdfWithoutATextLayer() throws IOException {
		Path file = this.dir.resolve("scan.pdf");
		try (PDDocument pdf = new PDDocument()) {
			pdf.addPage(new PDPage(PDRectangle.A4));
			pdf.save(file.toFile());
		}

		assertThatThrownBy(() -> this.reader.read(file)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessage("scan.pdf: PDF has no text layer (scanned? OCR is not supported)");
	}

	@Test
	void rejectsAnEmptyPdf() throws IOException {
		Path file = Files.write(this.dir.resolve("empty.pdf"), new byte[0]);

		assertThatThrownBy(() -> this.reader.read(file)).hasMessage("empty.pdf: empty file");
	}

	/**
	 * Writes one line per entry on page one, then the table columns at two x positions,
	 * then a second page.
	 */
	private static void renderPdf(Path file, List<String> lines, List<List<String>> columns, List<String> secondPage)
			throws IOException {
		try (PDDocument pdf = new PDDocument()) {
			PDFont font = CjkFont.load(pdf);
			PDPage first = new PDPage(PDRectangle.A4);
			pdf.addPage(first);
			try (PDPageContentStream content = new PDPageContentStream(pdf, first)) {
				float y = TOP;
				for (String line : lines) {
					show(content, font, LEFT, y, line);
					y -= LEADING;
				}
				float tableTop = y - LEADING;
				float x = LEFT;
				for (List<String> column : columns) {
					float rowY = tableTop;
					for (String cell : column) {
						show(content, font, x, rowY, cell);
						rowY -= LEADING;
					}
					x += 200;
				}
			}
			PDPage second = new PDPage(PDRectangle.A4);
			pdf.addPage(second);
			try (PDPageContentStream content = new PDPageContentStream(pdf, second)) {
				float y = TOP;
				for (String line : secondPage) {
					show(content, font, LEFT, y, line);
					y -= LEADING;
				}
			}
			pdf.save(file.toFile());
		}
	}

	private static void show(PDPageContentStream content, PDFont font, float x, float y, String text)
			throws IOException {
		content.beginText();
		content.setFont(font, 12);
		content.newLineAtOffset(x, y);
		content.showText(text);
		content.endText();
	}

}
