"""posList texts to numbers (batch.parse_texts): the count per text is exact whatever the texts hold, so rings
never take numbers of their neighbours; the fast way (ends marked by +inf) and the exact way agree."""

from __future__ import annotations

import numpy as np
import pytest

from nrw_digital_twin.algorithms.citygml.batch import parse_texts


def exact(texts):
    """Reference: Python's own float() per token."""
    numbers = [[float(token) for token in text.split()] for text in texts]
    return [x for row in numbers for x in row], [len(row) for row in numbers]


@pytest.mark.parametrize(
    "texts",
    [
        ["1 2 3"],
        ["1 2 3", "4.5 5.25 -6e2", "7 8 9 10 11 12"],
        ["", "1 2 3", ""],  # empty posLists stay empty rings
        ["  1\t2\n3 ", "\r\n4 5 6"],  # any whitespace
        ["1 2 inf", "3 4 5"],  # infinite numbers of the file: the exact way, the count still right
        ["-inf 1 2", "3 4 5", "6 7 8"],
        ["1e999 2 3", "4 5 6"],
        ["1 2 3", "nan 4 5"],
    ],
)
def test_numbers_and_counts_per_text(texts):
    values, counts = parse_texts(texts)
    want_values, want_counts = exact(texts)
    assert counts.tolist() == want_counts
    np.testing.assert_array_equal(values, np.array(want_values, dtype=np.float64))


def test_many_real_sized_texts_are_split_where_they_end():
    rng = np.random.default_rng(7)
    texts = [" ".join(f"{x:.3f}" for x in rng.uniform(-1e6, 1e6, 3 * int(n))) for n in rng.integers(0, 20, 500)]
    values, counts = parse_texts(texts)
    want_values, want_counts = exact(texts)
    assert counts.tolist() == want_counts and sum(want_counts) > 10_000
    np.testing.assert_array_equal(values, np.array(want_values))


@pytest.mark.parametrize("texts", [["1 2 x"], ["1 2 3", "4,5 6"], ["1e", "2 3 4"]])
def test_a_token_that_is_no_number_is_an_error(texts):
    with pytest.raises(ValueError):
        parse_texts(texts)
