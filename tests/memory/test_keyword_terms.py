"""Which words of a query the keyword search matches as prefixes."""

from __future__ import annotations

from pipeline.memory.search import fts_expression


def test_short_words_match_whole_and_longer_ones_by_their_stem():
    # "по" as a prefix would match поставка and портал, half the words of a corpus
    assert fts_expression("смета по фасаду") == '"смет"* OR "по" OR "фаса"*'
    assert fts_expression("the invoice") == '"the" OR "invoi"*'
