package org.coopgraph.extract.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentTextTests {

	@Test
	void keepsOffsetsWhileNormalising() {
		String raw = "甲\r\n乙\u0000丙";
		DocumentText doc = DocumentText.of(raw);
		assertThat(doc.text()).hasSize(raw.length());
		assertThat(doc.lines()).extracting(TextLine::trimmed).containsExactly("甲", "乙 丙");
	}

	@Test
	void marksNavigationCaptionsAndEverythingAfterRelatedArticles() {
		String body = "两市签订合作协议，推动产业协同发展。".repeat(15);
		DocumentText doc = DocumentText.of("首页 > 新闻 > 正文\n" + body + "\n△ 园区效果图\n编辑：王五\n相关文章\n某市召开会议\n");
		assertThat(doc.lines()).filteredOn(TextLine::boilerplate)
			.extracting(TextLine::trimmed)
			.containsExactly("首页 > 新闻 > 正文", "△ 园区效果图", "编辑：王五", "相关文章", "某市召开会议", "");
	}

	@Test
	void keepsRowNumbersOfTables() {
		DocumentText doc = DocumentText.of("序号\n12 \n—3—\n");
		assertThat(doc.lines().get(1).boilerplate()).isFalse();
		assertThat(doc.lines().get(2).boilerplate()).isTrue();
	}

	@Test
	void joinsNamesWrappedAcrossLinesIntoOneParagraph() {
		DocumentText doc = DocumentText.of("推进常州盐城工业\n园区建设。\n\n下一段。");
		assertThat(doc.paragraphs()).extracting(JoinedText::text).containsExactly("推进常州盐城工业园区建设。", "下一段。");
	}

	@Test
	void joinsLinesWrappedAcrossBlankLinesInNarrowColumns() {
		String column = "启动东岭机场二期工\n\n程。完成设计招标开\n\n展施工准备。\n\n完成东岭港区航道疏\n\n浚。\n\n";
		DocumentText doc = DocumentText.of(column.repeat(10));
		assertThat(doc.paragraphs()).extracting(JoinedText::text)
			.startsWith("启动东岭机场二期工程。完成设计招标开展施工准备。", "完成东岭港区航道疏浚。");
		assertThat(DocumentText.of(column).paragraphs()).extracting(JoinedText::text)
			.as("a few short lines are no column").startsWith("启动东岭机场二期工");
	}

}
