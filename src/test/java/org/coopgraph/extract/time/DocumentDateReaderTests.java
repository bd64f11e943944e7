package org.coopgraph.extract.time;

import java.time.LocalDate;

import org.coopgraph.extract.model.DocumentDate;
import org.coopgraph.extract.model.DocumentDate.Source;
import org.coopgraph.extract.text.LeadingChars;
import org.coopgraph.extract.text.MatchStarts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentDateReaderTests {

	private final DocumentDateReader reader = new DocumentDateReader();

	@Test
	void readsTheClosingDateOfAnIssuedDocument() {
		DocumentDate d = this.reader.read("""
				某市人民政府办公室
				某政办发〔2022〕31号
				关于印发2023年度对口协作工作要点的通知
				一、推进产业协作。
				某市人民政府办公室
				2023年5月12日
				""", "关于印发2023年度对口协作工作要点的通知");
		assertThat(d).isEqualTo(new DocumentDate(2023, LocalDate.of(2023, 5, 12), Source.ISSUE_DATE));
	}

	@Test
	void readsAClosingDateInChineseNumerals() {
		DocumentDate d = this.reader.read("一、推进产业协作。\n（此件公开发布）\n二〇二二年十二月二十日\n", "");
		assertThat(d).isEqualTo(new DocumentDate(2022, LocalDate.of(2022, 12, 20), Source.ISSUE_DATE));
	}

	@Test
	void readsALabelledIssueDate() {
		DocumentDate d = this.reader.read("某县人民政府办公室 2023年3月8日印发\n印发日期：2023年3月8日\n一、推进。\n（共印20份）\n附件1\n附件2\n附件3\n附件4\n附件5\n附件6\n附件7\n附件8\n", "");
		assertThat(d).isEqualTo(new DocumentDate(2023, LocalDate.of(2023, 3, 8), Source.ISSUE_DATE));
	}

	@Test
	void readsTheYearOfTheDocumentNumber() {
		assertThat(this.reader.read("某政办发〔2021〕12号\n关于做好结对帮扶工作的通知\n", "关于做好结对帮扶工作的通知"))
			.isEqualTo(new DocumentDate(2021, null, Source.DOCUMENT_NUMBER));
		assertThat(this.reader.read("某发[2020]7号\n通知\n", "通知").year()).isEqualTo(2020);
		assertThat(this.reader.read("某办（2019）3号\n通知\n", "通知").year()).isEqualTo(2019);
	}

	@Test
	void readsTheYearATitleNames() {
		assertThat(this.reader.read("正文", "某市2023年度对口协作工作要点"))
			.isEqualTo(new DocumentDate(2023, null, Source.TITLE));
		// A plan for a span of years is dated by its first year, when it was written.
		assertThat(this.reader.read("正文", "某市东西部协作三年行动计划（2022-2024年）").year()).isEqualTo(2022);
		assertThat(this.reader.read("正文", "某市2022年—2024年协作规划").year()).isEqualTo(2022);
	}

	@Test
	void readsTheFirstDateOfANewsText() {
		assertThat(this.reader.read("简讯\n2023年6月3日，甲市代表团赴乙县考察。6月5日返回。", "甲市代表团赴乙县考察"))
			.isEqualTo(new DocumentDate(2023, LocalDate.of(2023, 6, 3), Source.TEXT));
		assertThat(this.reader.read("发布时间：2024-04-18 09:30\n甲市代表团赴乙县考察。", "").date())
			.isEqualTo(LocalDate.of(2024, 4, 18));
	}

	@Test
	void givesADateWithoutAYearTheNearestYearOfItsContext() {
		DocumentDate d = this.reader.read("2022年以来，两地合作不断深化。9月20日，甲市代表团赴乙县考察。", "两地合作");
		assertThat(d).isEqualTo(new DocumentDate(2022, LocalDate.of(2022, 9, 20), Source.TEXT));
	}

	@Test
	void passesOverDatesThatDoNotExist() {
		assertThat(this.reader.read("2023年13月5日召开会议。2023年2月30日签约。", "")).isEqualTo(DocumentDate.UNKNOWN);
		assertThat(this.reader.read("正文\n2023年13月5日\n", "").date()).isNull();
		assertThat(this.reader.read("", null)).isEqualTo(DocumentDate.UNKNOWN);
	}

	@Test
	void everyDateAndYearStartsWhereItIsLookedFor() {
		MatchStarts.assertLeads(DocumentDateReader.FULL_DATE_START, DocumentDateReader.FULL_DATE);
		MatchStarts.assertLeads(DocumentDateReader.YEAR_START, DocumentDateReader.NUMERIC_DATE);
		MatchStarts.assertLeads(DocumentDateReader.YEAR_START, DocumentDateReader.YEAR);
		MatchStarts.assertLeads(LeadingChars.DIGITS, DocumentDateReader.MONTH_DAY);
	}

}
