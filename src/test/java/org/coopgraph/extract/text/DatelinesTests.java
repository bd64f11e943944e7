package org.coopgraph.extract.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatelinesTests {

	@Test
	void coversTheOutletPlaceAndDateThatOpenANewsItem() {
		String text = "标题\n人民网南京8月21日电（记者）南京市与徐州市签约。\n";
		Datelines d = Datelines.of(DocumentText.of(text));
		int dateline = text.indexOf("南京");
		assertThat(d.cover(dateline, dateline + 2)).isTrue();
		int body = text.indexOf("南京市");
		assertThat(d.cover(body, body + 3)).isFalse();
	}

	@Test
	void coversAnUndatedNewsFlashButNoSentenceThatMentionsATelegram() {
		String flash = "某某日报讯 9月5日，两地签约。\n";
		assertThat(Datelines.of(DocumentText.of(flash)).cover(0, 4)).isTrue();
		String sentence = "南京市发来贺电，祝贺签约。\n";
		assertThat(Datelines.of(DocumentText.of(sentence)).cover(0, 2)).isFalse();
	}

}
