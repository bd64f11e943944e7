package org.coopgraph.ingest.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocxReaderTests {

	private static final int MIB = 1024 * 1024;

	@TempDir
	Path dir;

	private final DocxReader reader = new DocxReader();

	@Test
	void readsParagraphsAndTableRowsInBodyOrder() throws IOException {
		Path file = this.dir.resolve("plan.docx");
		try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
			docx.createParagraph().createRun().setText("无锡市与连云港市合作共建园区工作方案");
			docx.createParagraph().createRun().setText("一、重点项目如下表：");
			XWPFTable table = docx.createTable(3, 2);
			fill(table.getRow(0).getCell(0), "项目名称");
			fill(table.getRow(0).getCell(1), "责任单位");
			fill(table.getRow(1).getCell(0), "锡连产业园");
			fill(table.getRow(1).getCell(1), "市发改委", "市工信局");
			fill(table.getRow(2).getCell(0), "劳务协作");
			fill(table.getRow(2).getCell(1), "市人社局");
			docx.createParagraph().createRun().setText("二、各单位于2023年底前报送进展。");
			docx.write(out);
		}

		SourceDocument document = this.reader.read(file);

		assertThat(document.format()).isEqualTo("docx");
		assertThat(document.text()).isEqualTo("""
				无锡市与连云港市合作共建园区工作方案
				一、重点项目如下表：
				项目名称\t责任单位
				锡连产业园\t市发改委 市工信局
				劳务协作\t市人社局
				二、各单位于2023年底前报送进展。
				""");
	}

	@Test
	void rejectsAZipBombWithTheDefaultLimits() throws IOException {
		Path file = this.dir.resolve("bomb.docx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] spaces = new byte[MIB];
			for (int i = 0; i < 64; i++) {
				zip.write(spaces);
			}
		}

		assertThatThrownBy(() -> this.reader.read(file)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessage(
					"bomb.docx: DOCX is damaged or a zip bomb (entry word/document.xml expands more than 100 times)");
	}

	@Test
	void rejectsAnArchiveThatExpandsBeyondTheLimit() throws IOException {
		DocxReader strict = new DocxReader(new ReadLimits(64 * MIB, 1000, 2 * MIB, 10));
		Path file = this.dir.resolve("large.docx");
		byte[] incompressible = new byte[3 * MIB];
		new java.util.Random(7).nextBytes(incompressible);
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("word/media/image1.png"));
			zip.write(incompressible);
		}

		assertThatThrownBy(() -> strict.read(file)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessage("large.docx: DOCX is damaged or a zip bomb (expands beyond 2 MiB)");
	}

	@Test
	void rejectsAFileThatIsNotAZip() throws IOException {
		Path file = Files.write(this.dir.resolve("old.docx"),
				"%PDF-1.7 not a word file".getBytes(StandardCharsets.US_ASCII));

		assertThatThrownBy(() -> this.reader.read(file)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessage("old.docx: not a DOCX (no zip entries; starts with \"%PDF-1.7\")");
	}

	@Test
	void rejectsAZipThatIsNotAWordDocument() throws IOException {
		Path file = this.dir.resolve("photos.docx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("readme.txt"));
			zip.write("合作".getBytes(StandardCharsets.UTF_8));
		}

		assertThatThrownBy(() -> this.reader.read(file)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessageStartingWith("photos.docx: DOCX is damaged or not a Word document (");
	}

	private static void fill(XWPFTableCell cell, String... paragraphs) {
		cell.getParagraphs().get(0).createRun().setText(paragraphs[0]);
		for (int i = 1; i < paragraphs.length; i++) {
			cell.addParagraph().createRun().setText(paragraphs[i]);
		}
	}

}
