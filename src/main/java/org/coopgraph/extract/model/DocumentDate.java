package org.coopgraph.extract.model;

import java.time.LocalDate;

/**
 * When a document was issued or published, as far as its text tells: a full {@code date} when one was found, at
 * least a {@code year}, and {@code source}, how it was found. Both are null when nothing dates the document.
 */
public record DocumentDate(Integer year, LocalDate date, Source source) {

	/** A document nothing dates. */
	public static final DocumentDate UNKNOWN = new DocumentDate(null, null, Source.NONE);

	public DocumentDate {
		if (date != null && year == null) {
			year = date.getYear();
		}
	}

	/** Where the date or year was read. */
	public enum Source {

		/** The date the document was issued or signed (落款日期, 印发日期). */
		ISSUE_DATE,
		/** The year of its document number (〔2023〕12号). */
		DOCUMENT_NUMBER,
		/** A year its title names (2023年度工作要点). */
		TITLE,
		/** A date in its running text (news: 5月12日, with a year nearby). */
		TEXT,
		/** Nothing dates it. */
		NONE

	}

}
