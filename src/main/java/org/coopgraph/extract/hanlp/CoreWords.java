package org.coopgraph.extract.hanlp;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * HanLP's core dictionary as a lexicon: which strings are words, and which of them are ordinary words rather than
 * place names. Used where a place name found by the gazetteer may be part of another word (示范县 holds 范县) or may
 * be an ordinary word (合作 is also 合作市). The dictionary is loaded once per JVM; thread-safe.
 */
public final class CoreWords {

	/** How often a word must be seen in HanLP's corpus outside place names before it counts as an ordinary word. */
	private static final int ORDINARY_FREQUENCY = 5;

	/** Whether {@code s} is a word of the dictionary that is no place name (示范, 确定, 和平). */
	public boolean isNonPlaceWord(String s) {
		CoreDictionary.Attribute a = CoreDictionary.get(s);
		return a != null && placeFrequency(a) == 0;
	}

	/** Whether {@code s} is mostly used as an ordinary word (合作, 资源, 通道), not as a place name (东海, 萧山). */
	public boolean isOrdinaryWord(String s) {
		CoreDictionary.Attribute a = CoreDictionary.get(s);
		if (a == null) {
			return false;
		}
		int other = a.totalFrequency - placeFrequency(a);
		return other >= ORDINARY_FREQUENCY && other > placeFrequency(a);
	}

	private static int placeFrequency(CoreDictionary.Attribute a) {
		int f = 0;
		for (int i = 0; i < a.nature.length; i++) {
			if (a.nature[i] == Nature.ns || a.nature[i] == Nature.nsf) {
				f += a.frequency[i];
			}
		}
		return f;
	}

}
