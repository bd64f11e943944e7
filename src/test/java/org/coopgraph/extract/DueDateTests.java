package org.coopgraph.extract;

import java.time.LocalDate;

import org.coopgraph.extract.model.DocumentDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DueDateTests {

	@ParameterizedTest
	@CsvSource({ "6月底前, 2024-06-30", "9月, 2024-09-30", "2025年3月底前, 2025-03-31", "年底前, 2024-12-31",
			"第三季度, 2024-09-30", "二季度末, 2024-06-30", "上半年, 2024-06-30", "3月、6月底前, 2024-06-30",
			"5月上旬, 2024-05-10", "全年持续推进, 2024-12-31" })
	void readsTheLastDayADeadlineAllows(String deadline, LocalDate expected) {
		assertThat(DueDate.of(deadline, 2024)).isEqualTo(expected);
	}

	@Test
	void deadlinesWithoutADateHaveNone() {
		assertThat(DueDate.of("长期坚持", 2024)).isNull();
		assertThat(DueDate.of("", 2024)).isNull();
		assertThat(DueDate.of("6月底前", null)).isNull();
	}

	@Test
	void takesTheDocumentYearFromItsTitle() {
		assertThat(DueDate.yearOf("青山绿水结对帮扶合作2023年重点工作计划")).isEqualTo(2023);
		assertThat(DueDate.yearOf("工作计划")).isNull();
		assertThat(DueDate.documentYear("工作计划", "plan-2022-v2.txt")).isEqualTo(2022);
		assertThat(DueDate.documentYear("2021年工作计划", "plan-2022.txt")).isEqualTo(2021);
	}

	@Test
	void takesTheYearTheTextDatesTheDocumentByWhenTheTitleNamesNone() {
		DocumentDate issued = new DocumentDate(2022, LocalDate.of(2022, 12, 20), DocumentDate.Source.ISSUE_DATE);
		assertThat(DueDate.documentYear("结对帮扶工作计划", "plan-2021.txt", issued)).isEqualTo(2022);
		// A 2023 plan issued in December 2022 sets its deadlines in 2023.
		assertThat(DueDate.documentYear("2023年工作要点", "plan.txt", issued)).isEqualTo(2023);
		assertThat(DueDate.documentYear("工作计划", "plan-2021.txt", DocumentDate.UNKNOWN)).isEqualTo(2021);
	}

}
