"""Entities being built from mentions: names, aliases, mentions and merges, one document at a time."""
from __future__ import annotations

from ..types import Entity, Mention
from .resources import Gazetteer


class EntityBuilder:
    def __init__(self):
        self.names: dict[str, str] = {}
        self.types: dict[str, str] = {}
        self.aliases: dict[str, list[str]] = {}
        self.mentions: dict[str, list[Mention]] = {}
        self.extra: dict[str, dict] = {}
        self.mention_entity: dict[tuple[int, int], str] = {}
        self.agency_regions: dict[str, list[str]] = {}
        self.inferred: set[str] = set()
        self.issuers: dict[str, list[str]] = {}   #: title key → agencies its title names before 关于

    def add(self, key: str, type_: str, name: str, mention: Mention, **extra) -> str:
        if key not in self.names:
            self.names[key], self.types[key] = name, type_
            self.aliases[key], self.mentions[key], self.extra[key] = [], [], extra
        if mention.text != self.names[key] and mention.text not in self.aliases[key]:
            self.aliases[key].append(mention.text)
        self.mentions[key].append(mention)
        self.mention_entity[(mention.start, mention.end)] = key
        return key

    def ensure_region(self, code: str, g: Gazetteer, mention: Mention) -> str:
        """A region named only inside another name (天津 in 天津网信办) still gets its node."""
        key = f"Region:{code}"
        if key not in self.names:
            r = g.region(code)
            self._ensure(key, "Region", r.name, mention, region_code=code, region_level=r.level)
        return key

    def merge(self, old: str, into: str) -> None:
        """Fold entity ``old`` into ``into``: its names become aliases, its mentions move."""
        for name in [self.names[old]] + self.aliases[old]:
            self.alias(into, name)
        self.mentions[into] += self.mentions.pop(old)
        for span, key in self.mention_entity.items():
            if key == old:
                self.mention_entity[span] = into
        if old in self.agency_regions:
            self.agency_regions.setdefault(into, self.agency_regions.pop(old))
        if old in self.inferred:
            self.inferred.discard(old)
        for keys in self.issuers.values():
            keys[:] = list(dict.fromkeys(into if k == old else k for k in keys))
        for table in (self.names, self.types, self.aliases, self.extra):
            table.pop(old, None)

    def ensure_zone(self, key: str, name: str, mention: Mention, level: str = "zone") -> str:
        """A place with no GB/T 2260 code named only inside its body's name: a development zone (楚雄高新区
        in 楚雄高新区管委会) or a town (榆垡镇 in 大兴区榆垡镇政务服务中心)."""
        return self._ensure(key, "Region", name, mention, region_level=level)

    def ensure(self, type_: str, name: str, mention: Mention) -> str:
        """A thing named only inside another name still gets its node: the issuer in
        某局关于…的通知, the brand in “湘易办”总门户. The mention is kept as its evidence."""
        return self._ensure(f"{type_}:{name}", type_, name, mention)

    def _ensure(self, key: str, type_: str, name: str, mention: Mention, **extra) -> str:
        """The node ``key``, made with ``mention`` as its evidence if the text has none yet (no
        mention is mapped to it: the mention names the larger thing)."""
        if key not in self.names:
            self.names[key], self.types[key] = name, type_
            self.aliases[key], self.mentions[key], self.extra[key] = [], [mention], extra
        return key

    def fullest_name(self, key: str, name: str) -> None:
        """``name`` becomes the node's name where it is the longer form (泉州经济技术开发区 over 泉州开发区, read
        first); the shorter stays an alias."""
        if len(name) > len(self.names[key]):
            old = self.names[key]
            self.names[key] = name
            self.aliases[key] = [a for a in self.aliases[key] if a != name]
            self.alias(key, old)

    def move_mention(self, mention: Mention, to: str) -> None:
        """``mention`` names ``to``, not the node it was read as; a node left with no mention goes."""
        span = (mention.start, mention.end)
        old = self.mention_entity.get(span)
        if old is None or old == to:
            return
        self.mentions[old] = [m for m in self.mentions[old] if (m.start, m.end) != span]
        if all(m.text != mention.text for m in self.mentions[old]):
            self.aliases[old] = [a for a in self.aliases[old] if a != mention.text]
        self.mentions[to].append(mention)
        self.mention_entity[span] = to
        self.alias(to, mention.text)
        if not self.mentions[old] and old not in self.mention_entity.values():
            for table in (self.names, self.types, self.aliases, self.mentions, self.extra):
                table.pop(old, None)

    def alias(self, key: str, alias: str) -> None:
        if alias != self.names[key] and alias not in self.aliases[key]:
            self.aliases[key].append(alias)

    def entities(self) -> dict[str, Entity]:
        return {
            k: Entity(k, self.types[k], self.names[k], tuple(self.aliases[k]),
                      mentions=tuple(self.mentions[k]), **self.extra[k])
            for k in self.names
        }
