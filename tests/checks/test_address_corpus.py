"""The address corpus: no two different properties share a key (the bar), and how often one property splits."""

from __future__ import annotations

from itertools import combinations

import pytest

from pipeline.checks.address import Address, AddressRefused, parse_address
from tests.checks.address_corpus import DIFFERENT_BUILDING, DIFFERENT_FLAT, REFUSED, SAME

MAX_SPLIT_SHARE = (
    0.10  # a split costs a refetch, a merge shows another property's facts: splits are allowed, rarely
)


def _parsed(text: str) -> Address | None:
    try:
        return parse_address(text)
    except AddressRefused:
        return None


def corpus_figures() -> dict[str, object]:
    """Pairs, false merges and false splits over the whole corpus (also printed by bench/checks.py)."""
    same = [pair for group in SAME for pair in combinations(group, 2)]
    splits, unparsed = [], sorted({t for group in SAME for t in group if _parsed(t) is None})
    for a, b in same:
        pa, pb = _parsed(a), _parsed(b)
        if pa is None or pb is None or pa.key != pb.key:
            splits.append((a, b))
    merges = []
    for a, b in DIFFERENT_BUILDING:
        pa, pb = _parsed(a), _parsed(b)
        if pa is not None and pb is not None and pa.building_key == pb.building_key:
            merges.append((a, b))
    for a, b in DIFFERENT_FLAT:
        pa, pb = _parsed(a), _parsed(b)
        if pa is not None and pb is not None and pa.key == pb.key:
            merges.append((a, b))
    accepted = [t for t in REFUSED if _parsed(t) is not None]
    return {
        "pairs": len(same) + len(DIFFERENT_BUILDING) + len(DIFFERENT_FLAT),
        "same_pairs": len(same),
        "different_building_pairs": len(DIFFERENT_BUILDING),
        "different_flat_pairs": len(DIFFERENT_FLAT),
        "false_merges": merges,
        "false_splits": splits,
        "unparsed_spellings": unparsed,
        "refusal_inputs": len(REFUSED),
        "garbage_accepted": accepted,
    }


def test_the_corpus_is_big_enough() -> None:
    figures = corpus_figures()
    assert figures["pairs"] >= 300 and figures["refusal_inputs"] >= 50


def test_no_two_different_properties_share_a_key() -> None:
    figures = corpus_figures()
    assert figures["false_merges"] == []


def test_one_property_rarely_splits_into_two_keys() -> None:
    figures = corpus_figures()
    print(f"false splits: {len(figures['false_splits'])} of {figures['same_pairs']}")
    for a, b in figures["false_splits"]:
        print(f"  split: {a!r} / {b!r}")
    assert len(figures["false_splits"]) <= MAX_SPLIT_SHARE * figures["same_pairs"]


@pytest.mark.parametrize("text", REFUSED)
def test_garbage_is_refused_with_a_reason(text: str) -> None:
    with pytest.raises(AddressRefused) as refused:
        parse_address(text)
    reason = str(refused.value)
    assert reason.startswith("address: ") and len(reason) > len("address: ") + 10
    assert "\n" not in reason  # one line, for the CLI


def test_different_buildings_are_also_different_flats_and_the_building_level_is_shared() -> None:
    for a, b in DIFFERENT_FLAT:
        pa, pb = _parsed(a), _parsed(b)
        assert pa is not None and pb is not None, (a, b)
        assert pa.building_key == pb.building_key, (a, b)  # the building's facts are shared by its flats


def test_the_canonical_address_reads_back_to_the_same_key() -> None:
    for group in SAME:
        for text in group:
            parsed = _parsed(text)
            if parsed is not None:
                again = parse_address(parsed.canonical)
                assert again.key == parsed.key and again.canonical == parsed.canonical, text
