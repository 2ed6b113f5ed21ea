"""Amounts and dates as news writes them."""

import pytest

from newsgraph.text.amounts import Quantity, parse_count, parse_money
from newsgraph.text.when import precision, resolve_date, sort_key


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
        # decades, whatever the publication date
        ("in the 1980s", None, "1980s"),
        ("the ’80s", None, "1980s"),
        ("in the 80s", None, "1980s"),
        ("the early 2000s", None, "2000s"),
        ("in the 20s", None, None),  # 1920s or 2020s
        ("in his 80s", None, None),  # an age
        # a publication date known only to the month or year resolves what it can
        ("on Thursday", "2021-08", None),
        ("last month", "2021-08", "2021-07"),
        ("last month", "2021-01-15", "2020-12"),
        ("in January", "2021-08", "2021-01"),
        ("last year", "2021", "2020"),
        ("in January", "2021", None),
        ("on Thursday", "not a date", None),
    ],
)
def test_resolve_date(text: str, published: str | None, expected: str | None) -> None:
    assert resolve_date(text, published) == expected


def test_dates_sort_by_period_less_precise_first() -> None:
    dates = ["2017-03-02", "1985", "2017", "1980s", "1979", "2017-03", "1990s"]
    assert sorted(dates, key=sort_key) == [
        "1979", "1980s", "1985", "1990s", "2017", "2017-03", "2017-03-02"
    ]  # fmt: skip
    assert [precision(d) for d in ("1980s", "2017", "2017-03", "2017-03-02")] == [
        "decade", "year", "month", "day"
    ]  # fmt: skip
