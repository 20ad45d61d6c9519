"""A platform described by who made it, the platform first: 个人所得税APP是由国家税务总局推出的移动办税服务平台;
浙政钉，作为浙江省政府推出的电子政务服务平台 (the body operates the platform). Used by :mod:`.relate`."""
from __future__ import annotations

import re

from ..types import Relation, Sentence
from .named import Named, make_relation

#: Between the platform and the body: the copula of a description (是由, 作为, 系), maybe after a comma.
DESCRIBED_AS = re.compile(r"[”]?[，,]?\s*(?:是|作为|系)(?:由)?")     # (not 为, "for": X为A建设的系统提供支撑)
#: Right after the body: how it made the platform, then the description's 的 (官方推出的, 统一建设的, 主办的).
MADE_BY = re.compile(r"(?:官方|统一|负责|牵头|自主|全力|精心)?(?:推出|建设|主办|开发|运营|打造|研发|建成|开通|搭建)(?:运营|运维)?的")


def described_makers(text: str, s: Sentence, named: list[Named]) -> list[Relation]:
    """X是由A推出的…平台, X，作为A推出的…平台: A operates X (not the descriptor after 的, which names X again).

    >>> from govkg.types import Sentence
    >>> t = "个税APP是由国家税务总局官方推出的移动办税服务平台。"
    >>> named = [Named("p", "Platform", 0, 5, "个税APP"), Named("a", "Agency", 7, 13, "国家税务总局")]
    >>> [(r.type, r.head, r.tail) for r in described_makers(t, Sentence(0, t, 0, len(t)), named)]
    [('operates', 'a', 'p')]
    """
    out = []
    for i, platform in enumerate(named):
        if platform.type != "Platform":
            continue
        body = next((n for n in named[i + 1:] if n.start >= platform.end), None)
        if body is None or body.type != "Agency":
            continue
        maker = body
        for n in named[named.index(body) + 1:]:     # (国家税务总局四川省税务局: a body and its unit written together;
            if n.start != maker.end or n.type != "Agency":      # the unit made it)
                break
            maker = n
        if DESCRIBED_AS.fullmatch(text, platform.end, body.start) and MADE_BY.match(text, maker.end):
            out.append(make_relation("operates", maker.key, platform.key, s, platform.start, maker.end, 0.75, "described-maker"))
    return out
