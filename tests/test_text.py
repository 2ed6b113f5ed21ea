"""Amounts and dates as news writes them."""

import pytest

from newsgraph.text.amounts import Quantity, parse_count, parse_money
from newsgraph.text.when import resolve_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$5m", (5_000_000.0, "USD")),
        ("$5 million", (5_000_000.0, "USD")),
        ("$10 million", (10_000_000.0, "USD")),
        ("5 million dollars", (5_000_000.0, "USD")),
        ("US$2.5 billion", (2_500_000_000.0, "USD")),
        ("£3m", (3_000_000.0, "GBP")),
        ("5 million", None),
    ],
)
def test_parse_money(text: str, expected: tuple[float, str] | None) -> None:
    assert parse_money(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("96 people", Quantity(96, 96)),
        ("Thirteen U.S. service members", Quantity(13, 13)),
        ("nearly 6,000", Quantity(6000, 6000, approximate=True)),
        ("almost 30", Quantity(30, 30, approximate=True)),
        ("a dozen", Quantity(12, 12, approximate=True)),
        ("dozens of", Quantity(24, 99, approximate=True)),
        ("twenty-five", Quantity(25, 25)),
        ("several", Quantity(3, 9, approximate=True)),
        ("people", None),
    ],
)
def test_parse_count(text: str, expected: Quantity | None) -> None:
    assert parse_count(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("in 2017", None, "2017"),
        ("February 2011", None, "2011-02"),
        ("February 29, 2020", None, "2020-02-29"),
        ("29 February 2020", None, "2020-02-29"),
        ("on Thursday", "2021-08-28", "2021-08-26"),
        ("on Thursday", None, None),
        ("last year", "2021-08-28", "2020"),
        ("in January", "2021-08-28", "2021-01"),
        ("in November", "2021-08-28", "2020-11"),
        ("this week", "2021-08-28", "2021-08"),
        ("August 26", "2021-08-28", "2021-08-26"),
        ("yesterday", "2021-08-28", "2021-08-27"),
    ],
)
def test_resolve_date(text: str, published: str | None, expected: str | None) -> None:
    assert resolve_date(text, published) == expected
