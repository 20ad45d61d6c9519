"""Numbers as written in Chinese text: digits or numerals, times 万/亿/成, percentages as fractions.

>>> parse_number("21.87", "亿")
2187000000.0
>>> parse_number("84", "%")
0.84
"""
from __future__ import annotations

import datetime
import re

#: What 第N goes on with when it is no rank: a tier (第一梯队), a batch, a quarter, a time, a party …
NOT_A_RANK = "梯队|方阵|档|阵营|类|批|层|等|个|家|所|张|台|笔|例|件|座|份|单|项|本|时间|季度|方|次|书记|代|届|期|轮|阶段|步|条|款|章|节|部分|线|手|年|号|排"
#: A numeral's digit; a year in a signature writes 〇 also as ○ or as the figure 0 (二0二0年).
DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2, "〇": 0, "○": 0, "0": 0}
MULTIPLIERS = {"万": 1e4, "亿": 1e8, "万亿": 1e12, "千万": 1e7, "百万": 1e6, "千亿": 1e11, "百亿": 1e10, "成": 0.1}


def parse_number(num: str, mult: str | None) -> float:
    """The value of a figure as written: digits or Chinese numerals, times 万/亿/成, % as a fraction.

    >>> parse_number("一", "亿"), parse_number("九", "成"), parse_number("1400", "万")
    (100000000.0, 0.9, 14000000.0)
    >>> parse_number("六点八", "万"), parse_number("六成九", None), parse_number("2,752,087", None)
    (68000.0, 0.69, 2752087.0)
    >>> parse_number("3", "千多万"), parse_number("5", "百余亿"), parse_number("2563.24", "亿")
    (30000000.0, 50000000000.0, 256324000000.0)
    """
    tenths = re.fullmatch(r"(.)成(.)", num)
    if tenths:                   # 六成九: 69 %, as Hong Kong and Macau write a share
        return round(DIGITS[tenths.group(1)] / 10 + DIGITS[tenths.group(2)] / 100, 6)
    num = num.replace(",", "")   # 2,752,087: thousands written apart
    whole, _, decimals = num.partition("点")
    value = float(num) if num[0].isdigit() else float(chinese_number(whole)) + sum(
        DIGITS[c] / 10 ** (i + 1) for i, c in enumerate(decimals))      # 六点八(万)
    if mult in ("%", "％"):
        return round(value / 100, 6)
    mult = re.sub("[多余]", "", mult or "")   # 3千多万: 3 times 千万, more than that
    return _as_written(value * MULTIPLIERS.get(mult, 1))


def _as_written(value: float) -> float:
    """The product without the float's last-digit noise (2563.24亿 is 256324000000, not …999.99997):
    fifteen significant digits, as many as a float holds exactly and more than a text writes a figure with.

    >>> _as_written(2563.24 * 1e8), _as_written(0.1 * 3), _as_written(12345678901.23)
    (256324000000.0, 0.3, 12345678901.23)
    """
    return float(f"{value:.15g}")


def chinese_number(text: str) -> int:
    """一 → 1, 十二 → 12, 三百五十 → 350, 两千 → 2000 (numbers below ten thousand).

    >>> chinese_number("三百五十"), chinese_number("十二"), chinese_number("两千")
    (350, 12, 2000)
    """
    units = {"十": 10, "百": 100, "千": 1000}
    total, current = 0, 0
    for ch in text:
        if ch in DIGITS:
            current = DIGITS[ch]
        elif ch in units:
            total += (current or 1) * units[ch]
            current = 0
    return total + current


#: A date written in figures: 2023-05-12, 2023/5/12, 2023年5月12日, or 20230512.
WRITTEN_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})|^(\d{4})(\d{2})(\d{2})")


def iso_date(value: str) -> str | None:
    """The ISO form of the first date written in figures in ``value``, if it is a day of the calendar.

    >>> iso_date("2023-05-12 10:30"), iso_date("发布时间：2023年5月2日"), iso_date("20230512"), iso_date("2025-02-30")
    ('2023-05-12', '2023-05-02', '2023-05-12', None)
    """
    m = WRITTEN_DATE.search(value.strip())
    if not m:
        return None
    y, mo, d = (int(g) for g in (m.groups()[:3] if m.group(1) else m.groups()[3:]))
    try:
        return datetime.date(y, mo, d).isoformat()
    except ValueError:
        return None
