package org.coopgraph.ingest.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class HtmlReaderTests {

	@TempDir
	Path dir;

	private final HtmlReader reader = new HtmlReader();

	@Test
	void keepsTheArticleAndDropsNavigationScriptsAndRelatedLinks() throws IOException {
		String page = """
				<!DOCTYPE html>
				<html><head><meta charset="utf-8"><title>锡连合作_无锡市人民政府</title>
				<style>p { color: red }</style><script>var 统计 = "不要这个";</script></head>
				<body>
				<header><div class="logo">无锡市人民政府</div></header>
				<nav><ul><li><a href="/">首页</a></li><li><a href="/zw">政务公开</a></li></ul></nav>
				<div class="breadcrumb">当前位置：首页 &gt; 新闻</div>
				<article>
				  <h1>锡连两市签署产业合作协议</h1>
				  <p>近日，无锡市与连云港市签署《共建锡连产业园区合作协议》。</p>
				  <p>根据协议，两市将
				     共同设立合作基金。</p>
				  <table>
				    <tr><th>项目</th><th>投资额</th></tr>
				    <tr><td><p>锡连</p><p>产业园</p></td><td>10亿元</td></tr>
				  </table>
				  <div class="share-bar">分享到：微信 微博</div>
				</article>
				<aside><h3>相关文章</h3><ul><li><a href="/1">苏宿园区建设加快</a></li></ul></aside>
				<div id="comments">网友评论：好！</div>
				<div class="ad">广告位招租</div>
				<footer>版权所有 无锡市人民政府</footer>
				<script>document.write("统计代码")</script>
				</body></html>
				""";

		SourceDocument document = this.reader.read(write("news.html", page.getBytes(StandardCharsets.UTF_8)));

		assertThat(document.format()).isEqualTo("html");
		assertThat(document.text()).isEqualTo("""
				锡连两市签署产业合作协议
				近日，无锡市与连云港市签署《共建锡连产业园区合作协议》。
				根据协议，两市将共同设立合作基金。
				项目\t投资额
				锡连 产业园\t10亿元
				""");
	}

	@Test
	void takesTheDensestBlockWhenThereIsNoArticleAndPutsTheTitleFirst() throws IOException {
		String page = """
				<html><head><title>关于印发南北结对帮扶合作实施方案的通知_连云港市人民政府</title></head><body>
				<div id="top"><div class="menu"><a href="/">首页</a> <a href="/a">机构</a> <a href="/b">政策</a></div></div>
				<div class="main-wrap">
				  <div class="left-links"><a href="/x">市政府文件</a><br><a href="/y">部门文件</a></div>
				  <div class="TRS_Editor">
				    <p>各县（区）政府，市直各部门：</p>
				    <p>现将《结对合作实施方案》发给你们，请结合实际抓好落实。</p>
				    <div>一、加强产业协作，共建合作园区。<br>二、推进劳务协作和人才交流。</div>
				  </div>
				  <div class="xgwz"><p>相关文章</p><p><a href="/z">市领导调研合作园区</a></p></div>
				</div>
				<div class="foot">主办单位：连云港市政府办公室</div>
				</body></html>
				""";

		SourceDocument document = this.reader.read(write("notice.htm", page.getBytes(StandardCharsets.UTF_8)));

		assertThat(document.text()).isEqualTo("""
				关于印发南北结对帮扶合作实施方案的通知
				各县（区）政府，市直各部门：
				现将《结对合作实施方案》发给你们，请结合实际抓好落实。
				一、加强产业协作，共建合作园区。
				二、推进劳务协作和人才交流。
				""");
	}

	@Test
	void decodesAPageDeclaredAsGb2312WithGb18030() throws IOException {
		String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
				+ "<body><p>朱镕基同志考察苏宿工业园区。</p></body></html>";

		SourceDocument document = this.reader.read(write("gb.html", page.getBytes(TextDecoder.GB18030)));

		assertThat(document.text()).isEqualTo("朱镕基同志考察苏宿工业园区。\n");
	}

	@Test
	void detectsTheEncodingWhenTheDeclaredOneIsWrong() throws IOException {
		String page = "<html><head><meta charset=\"utf-8\"></head><body><p>宿迁市与苏州市共建园区。</p></body></html>";

		SourceDocument document = this.reader.read(write("wrong.html", page.getBytes(TextDecoder.GB18030)));

		assertThat(document.text()).isEqualTo("宿迁市与苏州市共建园区。\n");
	}

	@Test
	void survivesTenThousandNestedElements() throws IOException {
		String page = "<html><body>" + "<div>".repeat(10_000) + "<p>深层文本</p>" + "</div>".repeat(10_000)
				+ "</body></html>";
		Path file = write("deep.html", page.getBytes(StandardCharsets.UTF_8));

		SourceDocument document = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> this.reader.read(file));

		assertThat(document.text()).isEqualTo("深层文本\n");
	}

	@Test
	void rejectsAPageWithoutText() throws IOException {
		Path file = write("empty.html",
				"<html><body><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8));

		assertThatThrownBy(() -> this.reader.read(file)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessage("empty.html: no text found");
	}

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(this.dir.resolve(name), bytes);
	}

}
