package org.coopgraph.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeadingCharsTests {

	@Test
	void findsTheNextMatchTryingOnlyTheLeadingCharacters() {
		String text = "甲2023年，乙19年，丙1998年";
		Matcher m = Pattern.compile("(?<![0-9])(?:19|20)[0-9]{2}年").matcher(text);
		assertThat(LeadingChars.of("12").find(m, text, 0)).isTrue();
		assertThat(m.group()).isEqualTo("2023年");
		// The look-behind sees the 9 before 98年, so the next match is 1998年, not 98年 read from its 9.
		assertThat(LeadingChars.of("12").find(m, text, m.end())).isTrue();
		assertThat(m.group()).isEqualTo("1998年");
		assertThat(LeadingChars.of("3").find(m, text, 0)).isFalse();
	}

	@Test
	void digitsAreWhereADigitClassMatches() {
		assertThat(MatchStarts.of(Pattern.compile("[0-9]"), "")).isEqualTo(LeadingChars.DIGITS.chars());
		assertThat(MatchStarts.of(Pattern.compile("\\d"), "")).isEqualTo(LeadingChars.DIGITS.chars());
	}

	@Test
	void matchStartsAreTheCharactersSomeMatchOpensWith() {
		assertThat(MatchStarts.of(Pattern.compile("(?<![0-9])(?:19|20)[0-9]{2}"), "")).isEqualTo("12");
		assertThat(MatchStarts.of(Pattern.compile("共建|两[地市].{0,8}合作|\\s*号"), "")).contains("共", "两", "号", " ");
		// A look-behind is satisfied only by what stands before the match.
		assertThat(MatchStarts.of(Pattern.compile("(?<=\\p{IsHan})[(（]"), "")).isEmpty();
		assertThat(MatchStarts.of(Pattern.compile("(?<=\\p{IsHan})[(（]"), "字")).isEqualTo("(（");
	}

	@Test
	void aPrefilterMissingAStartFailsTheCheck() {
		assertThatThrownBy(() -> MatchStarts.assertLeads(LeadingChars.of("1"), Pattern.compile("(?:19|20)[0-9]{2}")))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("2");
		assertThatThrownBy(() -> MatchStarts.assertLeads(LeadingChars.of("("), Pattern.compile("(?<=字)[(]")))
			.isInstanceOf(AssertionError.class);
	}

}
