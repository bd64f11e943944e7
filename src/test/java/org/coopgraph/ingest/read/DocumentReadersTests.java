package org.coopgraph.ingest.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentReadersTests {

	@TempDir
	Path dir;

	private final DocumentReaders readers = new DocumentReaders();

	@Test
	void collectsSupportedFilesRecursivelyInPathOrder() throws IOException {
		Path b = touch("b.txt");
		Path a = touch("sub/a.HTML");
		Path c = touch("sub/deeper/c.pdf");
		Path d = touch("d.docx");
		Path m = touch("m.md");
		touch(".hidden.txt");
		touch(".git/objects/x.txt");
		touch("~$d.docx");
		touch("table.xlsx");
		touch("old.doc");
		Path single = touch("elsewhere/given.htm");

		List<Path> files = this.readers.collect(List.of(this.dir.resolve("sub"), this.dir, single));

		assertThat(files).containsExactly(a, c, b, d, single, m);
	}

	@Test
	void readsEachFileWithTheReaderForItsExtension() throws IOException {
		Path text = Files.writeString(this.dir.resolve("NOTE.TXT"), "苏宿工业园区", StandardCharsets.UTF_8);
		Path html = Files.writeString(this.dir.resolve("page.htm"), "<p>苏宿工业园区</p>", StandardCharsets.UTF_8);

		assertThat(this.readers.read(text).format()).isEqualTo("text");
		assertThat(this.readers.read(html).format()).isEqualTo("html");
		assertThat(this.readers.read(html).text()).isEqualTo("苏宿工业园区\n");
	}

	@Test
	void rejectsUnsupportedAndMissingFiles() throws IOException {
		Path doc = touch("old.doc");

		assertThatThrownBy(() -> this.readers.read(doc)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessage("old.doc: unsupported file type");
		assertThatThrownBy(() -> this.readers.collect(List.of(doc))).hasMessage("old.doc: unsupported file type");
		assertThatThrownBy(() -> this.readers.collect(List.of(this.dir.resolve("gone"))))
			.hasMessageEndingWith("gone: no such file or folder");
	}

	private Path touch(String relative) throws IOException {
		Path file = this.dir.resolve(relative);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, "x");
	}

}
