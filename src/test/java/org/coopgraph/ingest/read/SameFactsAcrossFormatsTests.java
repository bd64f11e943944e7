package org.coopgraph.ingest.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.coopgraph.extract.document.DocumentExtractor;
import org.coopgraph.extract.model.DocumentExtraction;
import org.coopgraph.extract.model.ExtractedTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A work plan of the default corpus rendered at test time into DOCX (one paragraph per line) and PDF (lines wrapped
 * to the page, as real PDFs are): read back and extracted, each gives the facts of the text version, exactly for
 * DOCX and within a small tolerance for PDF. A task table written for the test, as a DOCX table, an HTML table and
 * text with one cell per line, gives the same tasks with their units and deadlines in each.
 */
class SameFactsAcrossFormatsTests {

	private static final Path PLAN = Path.of("import/wuxi-lianyungang-2023-plan.txt");

	private static final int PDF_LINE_CHARS = 36;

	private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();

	private static Facts fromText;

	@TempDir
	Path folder;

	@BeforeAll
	static void extractTheTextVersion() {
		fromText = Facts.of(EXTRACTOR.extract("plan", new TextReader().read(PLAN).text()));
		assertThat(fromText.tasks()).hasSizeGreaterThan(30);
	}

	@Test
	void aDocxRenderingGivesTheSameFacts() throws IOException {
		Path docx = this.folder.resolve("plan.docx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
			for (String line : Files.readAllLines(PLAN)) {
				document.createParagraph().createRun().setText(line);
			}
			document.write(out);
		}

		Facts fromDocx = Facts.of(EXTRACTOR.extract("plan", new DocxReader().read(docx).text()));

		assertThat(fromDocx).isEqualTo(fromText);
	}

	@Test
	void aPdfRenderingGivesNearlyTheSameFacts() throws IOException {
		Path pdf = this.folder.resolve("plan.pdf");
		renderWrapped(Files.readAllLines(PLAN), pdf);

		Facts fromPdf = Facts.of(EXTRACTOR.extract("plan", new PdfReader().read(pdf).text()));
		System.out.printf("pdf overlap: entities %.3f, relations %.3f, tasks %.3f%n",
				overlap(fromPdf.entities(), fromText.entities()), overlap(fromPdf.relations(), fromText.relations()),
				overlap(fromPdf.tasks(), fromText.tasks()));

		assertThat(overlap(fromPdf.entities(), fromText.entities())).as("entities").isGreaterThan(0.9);
		assertThat(overlap(fromPdf.relations(), fromText.relations())).as("relations").isGreaterThan(0.9);
		assertThat(overlap(fromPdf.tasks(), fromText.tasks())).as("tasks with units and deadlines").isGreaterThan(0.9);
	}

	private static final String TABLE_TITLE = "宁陕县2026年协作重点任务清单";

	private static final List<List<String>> TABLE = List.of(List.of("序号", "工作任务", "牵头单位", "配合单位", "完成时限"),
			List.of("1", "建设协作产业园二期标准厂房。", "县发改委", "县财政局、县自然资源局", "6月底前"),
			List.of("2", "组织农村劳动力赴东部稳岗就业。", "县人社局", "", "全年"),
			List.of("3", "推进消费帮扶，扩大特色农产品销售。", "县商务局", "县农业农村局", "12月底前"));

	@Test
	void aTaskTableGivesTheSameTasksAsDocxHtmlAndOneCellPerLine() throws IOException {
		Path docx = this.folder.resolve("table.docx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
			document.createParagraph().createRun().setText(TABLE_TITLE);
			XWPFTable table = document.createTable(TABLE.size(), TABLE.get(0).size());
			for (int r = 0; r < TABLE.size(); r++) {
				for (int c = 0; c < TABLE.get(r).size(); c++) {
					table.getRow(r).getCell(c).setText(TABLE.get(r).get(c));
				}
			}
			document.write(out);
		}
		StringBuilder html = new StringBuilder("<html><body><article><h1>" + TABLE_TITLE + "</h1><table>");
		for (List<String> row : TABLE) {
			html.append("<tr>");
			row.forEach((cell) -> html.append("<td>").append(cell).append("</td>"));
			html.append("</tr>");
		}
		Path page = this.folder.resolve("table.html");
		Files.writeString(page, html.append("</table></article></body></html>"));
		StringBuilder cellPerLine = new StringBuilder(TABLE_TITLE + "\n");
		TABLE.forEach((row) -> row.stream().filter((cell) -> !cell.isEmpty()).forEach((cell) -> cellPerLine.append(cell).append('\n')));

		DocumentExtraction fromDocx = EXTRACTOR.extract("table", new DocxReader().read(docx).text());
		DocumentExtraction fromHtml = EXTRACTOR.extract("table", new HtmlReader().read(page).text());
		DocumentExtraction fromLines = EXTRACTOR.extract("table", cellPerLine.toString());

		assertThat(fromDocx.tasks()).extracting(ExtractedTask::id).containsExactly("1", "2", "3");
		assertThat(fromDocx.tasks()).extracting(ExtractedTask::deadline).containsExactly("6月底前", "全年", "12月底前");
		assertThat(fromDocx.tasks().get(0).lead()).containsExactly("宁陕县发展和改革委员会");
		assertThat(fromDocx.tasks().get(0).responsible()).hasSize(3);
		assertThat(fromDocx.tasks().get(1).coResponsible()).isEmpty();
		assertThat(Facts.of(fromHtml).tasks()).isEqualTo(Facts.of(fromDocx).tasks());
		assertThat(Facts.of(fromLines).tasks()).isEqualTo(Facts.of(fromDocx).tasks());
	}

	@Test
	void anHtmlTableWithATwoRowHeaderGivesTheSameTasks() throws IOException {
		StringBuilder html = new StringBuilder("<html><body><article><h1>" + TABLE_TITLE + "</h1><table><tr>"
				+ "<th rowspan=\"2\">序号</th><th rowspan=\"2\">工作任务</th><th colspan=\"2\">责任单位</th>"
				+ "<th rowspan=\"2\">完成时限</th></tr><tr><th>牵头单位</th><th>配合单位</th></tr>");
		for (List<String> row : TABLE.subList(1, TABLE.size())) {
			html.append("<tr>");
			row.forEach((cell) -> html.append("<td>").append(cell).append("</td>"));
			html.append("</tr>");
		}
		Path page = this.folder.resolve("two-rows.html");
		Files.writeString(page, html.append("</table></article></body></html>"));
		StringBuilder oneRow = new StringBuilder(TABLE_TITLE + "\n");
		TABLE.forEach((row) -> oneRow.append(String.join("\t", row)).append('\n'));

		DocumentExtraction fromHtml = EXTRACTOR.extract("table", new HtmlReader().read(page).text());
		DocumentExtraction fromText = EXTRACTOR.extract("table", oneRow.toString());

		assertThat(fromHtml.tasks()).extracting(ExtractedTask::lead)
			.containsExactly(List.of("宁陕县发展和改革委员会"), List.of("宁陕县人力资源和社会保障局"), List.of("宁陕县商务局"));
		assertThat(Facts.of(fromHtml).tasks()).isEqualTo(Facts.of(fromText).tasks());
	}

	private static double overlap(Set<String> a, Set<String> b) {
		Set<String> both = new HashSet<>(a);
		both.retainAll(b);
		Set<String> either = new HashSet<>(a);
		either.addAll(b);
		return either.isEmpty() ? 1 : (double) both.size() / either.size();
	}

	private static void renderWrapped(List<String> lines, Path file) throws IOException {
		List<String> wrapped = new ArrayList<>();
		for (String line : lines) {
			String text = line.stripTrailing();
			do {
				wrapped.add(text.substring(0, Math.min(PDF_LINE_CHARS, text.length())));
				text = text.substring(Math.min(PDF_LINE_CHARS, text.length()));
			}
			while (!text.isEmpty());
		}
		try (PDDocument pdf = new PDDocument()) {
			PDFont font = CjkFont.load(pdf);
			int perPage = 34;
			for (int from = 0; from < wrapped.size(); from += perPage) {
				PDPage page = new PDPage(PDRectangle.A4);
				pdf.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
					float y = 790;
					for (String line : wrapped.subList(from, Math.min(wrapped.size(), from + perPage))) {
						content.beginText();
						content.setFont(font, 12);
						content.newLineAtOffset(60, y);
						content.showText(line);
						content.endText();
						y -= 22;
					}
				}
			}
			pdf.save(file.toFile());
		}
	}

	/** The facts of an extraction as comparable strings. */
	record Facts(Set<String> entities, Set<String> relations, Set<String> tasks) {

		static Facts of(DocumentExtraction extraction) {
			Set<String> entities = new HashSet<>();
			extraction.entities().forEach((e) -> entities.add(e.type() + ":" + e.name()));
			Set<String> relations = new HashSet<>();
			extraction.relations()
				.forEach((r) -> relations.add(r.type() + ":" + r.from() + "->" + r.to() + ":" + r.amountCny()));
			Set<String> tasks = new HashSet<>();
			extraction.tasks()
				.forEach((t) -> tasks.add(t.id() + ":" + t.deadline() + ":" + new TreeSet<>(t.responsible())));
			return new Facts(entities, relations, tasks);
		}

	}

}
