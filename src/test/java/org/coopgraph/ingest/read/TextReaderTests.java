package org.coopgraph.ingest.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextReaderTests {

	@TempDir
	Path dir;

	private final TextReader reader = new TextReader();

	@ParameterizedTest
	@ValueSource(strings = { "UTF-8", "UTF-8 with BOM", "GB18030", "UTF-16LE with BOM", "UTF-16BE with BOM",
			"UTF-16BE without BOM", "UTF-16LE without BOM" })
	void readsTheSameTextFromEveryEncoding(String encoding) throws IOException {
		Path file = write("plan.txt", encode(SampleText.PLAN, encoding));

		SourceDocument document = this.reader.read(file);

		assertThat(document.text()).isEqualTo(SampleText.PLAN);
		assertThat(document.format()).isEqualTo("text");
	}

	@Test
	void readsGbkTextWithWindowsLineEndings() throws IOException {
		String windows = SampleText.PLAN.replace("\n", "\r\n").replace("䶮、𠮷", "");
		Path file = write("plan.txt", windows.getBytes("GBK"));

		assertThat(this.reader.read(file).text()).isEqualTo(SampleText.PLAN.replace("䶮、𠮷", ""));
	}

	@Test
	void normalisesLineEndingsAndDropsControlCharactersOnly() throws IOException {
		String stray = "甲\r\n乙\r丙\u0000丁\u0007\t戊\u001B\n# ＡＢ e\u0301\n";
		Path file = write("notes.md", (stray + SampleText.PLAN).getBytes(StandardCharsets.UTF_8));

		assertThat(this.reader.read(file).text()).isEqualTo("甲\n乙\n丙丁\t戊\n# ＡＢ e\u0301\n" + SampleText.PLAN);
	}

	@Test
	void describesTheRawFile() throws Exception {
		byte[] bytes = SampleText.PLAN.getBytes("GB18030");
		Path file = write("要点.txt", bytes);

		SourceDocument document = this.reader.read(file);

		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		assertThat(document.name()).isEqualTo("要点.txt");
		assertThat(document.path()).isEqualTo(file);
		assertThat(document.sha256()).isEqualTo(sha256);
		assertThat(document.bytes()).isEqualTo(bytes.length);
	}

	@Test
	void rejectsRandomBytesNamedTxt() throws IOException {
		byte[] noise = new byte[4096];
		new Random(42).nextBytes(noise);
		Path file = write("image.txt", noise);

		assertThatThrownBy(() -> this.reader.read(file)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessage("image.txt: unknown text encoding");
	}

	@Test
	void rejectsBinaryThatHappensToBeValidUtf8() throws IOException {
		byte[] mostlyZeros = new byte[4096];
		mostlyZeros[1] = 'E';
		Path file = write("core.txt", mostlyZeros);

		assertThatThrownBy(() -> this.reader.read(file)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessage("core.txt: looks like a binary file, not text");
	}

	@Test
	void rejectsAnEmptyFile() throws IOException {
		Path file = write("empty.txt", new byte[0]);

		assertThatThrownBy(() -> this.reader.read(file)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessage("empty.txt: empty file");
	}

	@Test
	void rejectsAWhitespaceOnlyFile() throws IOException {
		Path file = write("blank.txt", " \r\n\t\n".getBytes(StandardCharsets.UTF_8));

		assertThatThrownBy(() -> this.reader.read(file)).hasMessage("blank.txt: no text found");
	}

	@Test
	void rejectsAFileAboveTheSizeLimit() throws IOException {
		TextReader small = new TextReader(new ReadLimits(1024 * 1024, 1000, 1024, 10));
		Path file = write("big.txt", "合".repeat(400_000).getBytes(StandardCharsets.UTF_8));

		assertThatThrownBy(() -> small.read(file)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessage("big.txt: larger than the 1 MiB limit");
	}

	@Test
	void rejectsTextAboveTheCharacterLimit() throws IOException {
		TextReader small = new TextReader(new ReadLimits(1024 * 1024, 1000, 1024, 10));
		Path file = write("long.txt", "合".repeat(1001).getBytes(StandardCharsets.UTF_8));

		assertThatThrownBy(() -> small.read(file)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessage("long.txt: extracted text exceeds the 1000 character limit");
	}

	@Test
	void rejectsAMissingFile() {
		assertThatThrownBy(() -> this.reader.read(this.dir.resolve("gone.txt")))
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessage("gone.txt: no such file");
	}

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(this.dir.resolve(name), bytes);
	}

	private static byte[] encode(String text, String encoding) {
		return switch (encoding) {
			case "UTF-8" -> text.getBytes(StandardCharsets.UTF_8);
			case "UTF-8 with BOM" ->
				concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, text.getBytes(StandardCharsets.UTF_8));
			case "GB18030" -> text.getBytes(TextDecoder.GB18030);
			case "UTF-16LE with BOM" ->
				concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, text.getBytes(StandardCharsets.UTF_16LE));
			case "UTF-16BE with BOM" -> text.getBytes(StandardCharsets.UTF_16);
			case "UTF-16BE without BOM" -> text.getBytes(StandardCharsets.UTF_16BE);
			case "UTF-16LE without BOM" -> text.getBytes(StandardCharsets.UTF_16LE);
			default -> throw new IllegalArgumentException(encoding);
		};
	}

	private static byte[] concat(byte[] a, byte[] b) {
		return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
	}

}
