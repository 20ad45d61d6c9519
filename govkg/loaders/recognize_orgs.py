"""The model's ORG words kept as bodies or organizations: those that end like a body (局, 委, 中心) or an
organization (公司, 银行, 协会), split where the model read two bodies as one (A局联合B局, 国办指导人社部) and joined
where it read a company's branch apart (…有限公司|四川省分公司); universities' laboratories named after them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..types import Mention, Sentence
from .places import leading_regions, names_a_place, opens_on_place
from .recognize_quoted import NET_OPENS_A_WORD
from .recognize_towns import town_opening_a_body
from .recognize_agencies import (COUNTED_BODIES, JOINED_AGENCIES, JOINT_VERB, LEADING_VERB, LEVEL_OF_GOVERNMENT,
                                 ORG_SUFFIXES, SITE_NAMED_LIKE_BODY, SUFFIX_BLOCKERS, _addressed,
                                 _extend_left_over_region, _split_in_two)
from .resources import Resources
from .tokens import WORD_CHARS, Token, mention


#: A way of serving that ends like an office (办) but names none: 川渝通办, 一网通办, 马上办, 快捷办.
SERVICE_SLOGAN = re.compile(r"(?:(?<![交畅])通|即|快捷|掌上|一次|马上|就近|指尖|网上|一网|一窗|帮|代)办$")


def ner_orgs(sentence: Sentence, tokens: list[Token], resources: Resources) -> list[Mention]:
    out = []
    whole_tokens = {(t.start, t.end) for t in tokens}     # (a short form the model read as a word is the dictionary's)
    parties = party_committees(sentence, resources)
    for tok in _split_joint_orgs(_with_their_branches(_town_bodies_read_as_places(tokens, sentence.text), resources)):
        if any(p.start - sentence.start < tok.end and tok.start < p.end - sentence.start for p in parties):
            continue  # 九三学社中央与致公党厦门市委员会: the parties' committees, read by their own rule
        if tok.tag == "ORG" and tok.text in resources.agency_short_forms and (tok.start, tok.end) not in whole_tokens:
            out.append(mention(sentence, tok.start, tok.end, "Agency", "dictionary"))
            continue  # 国办|指导人社部…: a short form the model read glued to a verb and a body
        if tok.tag != "ORG" or len(tok.text) < 3 or not WORD_CHARS.match(tok.text):
            continue
        pair = _split_in_two(tok.text, resources.agency_short_forms)
        if pair:      # 中办国办印发…: the two offices, each by its short form
            cut = tok.start + len(pair[0])
            out += [mention(sentence, tok.start, cut, "Agency", "dictionary"), mention(sentence, cut, tok.end, "Agency", "dictionary")]
            continue
        if JOINED_AGENCIES.search(tok.text) or _split_in_two(tok.text, resources.agencies):
            continue  # "A局联合B局", 党中央国务院: two agencies the model read as one
        if _addressed(sentence.text, tok.start) or tok.text.startswith("各"):
            continue  # 各市州人民政府: the addressees, no particular body
        if (_in_quotes(sentence.text, tok.start, tok.end) and tok.text.endswith("办")) or SERVICE_SLOGAN.search(tok.text):
            continue  # 打造“皖事通办”品牌, “跨省通办·丝路通办”: a brand in quotes ending like an office (办), not
            # one; unquoted, 川渝通办, 南山区通办, 快捷办: a way of serving (but 交通办, 畅通办 are offices)
        if KIND_OF_COMPANY.fullmatch(tok.text):
            continue  # 内资有限公司的设立: a kind of company, none in particular
        if NOT_A_COMMITTEE.fullmatch(tok.text):
            continue  # “掌上政协”, 智慧政协, 人民政协: an app or the institution at large, no place's committee
        if SITE_NAMED_LIKE_BODY.search(tok.text):
            continue  # 铜仁市网上办事大厅, 广东省电子税务局: a site (the platform rules name it), not a body
        society = SOCIETY_AFTER.match(sentence.text, tok.end)
        if society and NATIONAL_FIELD.match(tok.text) and not tok.text.endswith(ORG_SUFFIXES) and not BODY_ENDING.search(tok.text):
            out.append(mention(sentence, tok.start, society.end(), "Organization", "ner"))
            continue  # 中国研究型医院|学会: a society named after what its members are (the model reads 学会 a verb)
        if CENTRAL_BANK_UNIT.match(tok.text):
            out.append(mention(sentence, tok.start, tok.end, "Agency", "ner"))
            continue  # 人民银行杭州中心支行, 人行雄安营管部: the central bank's branches are a ministry's, not a bank's
        if tok.text in resources.organizations or tok.text.endswith(ORG_SUFFIXES) or OWNED_RESEARCH_UNIT.search(tok.text):
            start = tok.start - 2 if tok.text.endswith(COMPANY) and sentence.text.endswith(PROGRAMME_WORDS, 0, tok.start) \
                else tok.start     # 数字浙江技术运营有限公司: the programme word the model cut off is the name's
            out.append(mention(sentence, start, tok.end, "Organization", "ner"))
        elif _ends_like_agency(tok.text, sentence.text[tok.end:tok.end + 1], resources):
            if LEVEL_OF_GOVERNMENT.fullmatch(tok.text) or COUNTED_BODIES.search(sentence.text, 0, tok.start):
                continue   # 我国省级政府, 各地地方政府: a level of government, no particular one; 128个乡镇便民服务中心:
                #            every township's centre, counted
            start = _extend_left_over_region(sentence.text, tok.start, resources)
            if VENUE.search(tok.text) and start == tok.start and not tok.text.startswith("国家") \
                    and not opens_on_place(tok.text, resources.gazetteer):
                continue   # 进景区博物馆: a visit to a museum; a library or museum is a body where a place names it
            if tok.text.endswith("政府") and start == tok.start and not tok.text.startswith(("国务院", "中国")) \
                    and tok.text[:-2] not in resources.gazetteer.full_names and not (
                        SPECIAL_REGION_GOVERNMENT.fullmatch(tok.text) and not _unit_named_on(tokens, tok.end)):
                continue   # 数字政府, 整体政府: an idea, not a government
            out.append(mention(sentence, start, tok.end, "Agency", "ner"))
    return out + _university_labs(sentence, tokens) + _named_labs(sentence) + parties



#: Right after a name the model read as a body: the word that makes it a learned society or association.
SOCIETY_AFTER = re.compile(r"(?:学会(?![了过到用运使利应操掌习算计直])|联合会(?![商同签审诊员计议展])|"
                           r"研究会(?![同议商])|促进会(?!展)|协会)")
#   (not 联合会商, 联合会同, 研究会议, 学会运用, 促进会展: a verb and a word after it)
#: How a national society's name opens (中国研究型医院学会, 中华医学会): the field it gathers, not one hospital
#: learning a skill (市人民医院学会使用新系统).
NATIONAL_FIELD = re.compile(r"中国|中华|全国")
#: How a body's name ends: a society is never named after one (省水利厅|联合会商, 市大数据局|学会…: the body acts).
BODY_ENDING = re.compile(r"(?:局|厅|委|办|政府|部|中心|(?<![医学])院)$")
#: A research unit named after the company or university it belongs to (福建中海创集团公司研究院, 某大学信息化
#: 研究中心): an organization's, as annotators type it, not a public body.
OWNED_RESEARCH_UNIT = re.compile(r"(?:集团|公司|大学)[\u4e00-\u9fff()（）]{0,12}(?:研究院|研究所|研究中心|实验室)$")


#: A democratic party's committee after the party's name: its central committee (民革中央), or a place's (民建丽水市委会,
#: 九三学社杭州市委员会, 民盟省委), with a department of its own (民革中央调研部). The place must be one (not 赵民进|同志任县
#: 委, a person's name; not 居民进行, whose 民进 opens no committee).
PARTY_COMMITTEE = (r"(?:中央(?:委员会)?|(?P<place>[\u4e00-\u9fff]{0,7}?(?:省|市|县|区|州|盟))委(?:员)?会?)"
                   r"(?:调研部|组织部|宣传部|参政议政部|社会服务部|办公厅|办公室)?")


def party_committees(sentence: Sentence, resources: Resources) -> list[Mention]:
    """A democratic party's committees and its full name alone, as organizations (民进宁波市委会, 中国民主同盟).

    >>> from .resources import load_resources
    >>> from ..types import Sentence
    >>> text = "民进宁波市委会与民革中央调研部座谈，居民进行评议，九三学社参加，赵民进同志任县委常委。"
    >>> s = Sentence(0, text, 0, len(text))
    >>> [m.text for m in party_committees(s, load_resources())]
    ['民进宁波市委会', '民革中央调研部', '九三学社']
    """
    found = _party_pattern(tuple(resources.democratic_parties.items())).finditer(sentence.text)
    return [mention(sentence, m.start(), m.end(), "Organization", "dictionary") for m in found
            if not m.group("place") or len(m.group("place")) == 1 or names_a_place(m.group("place"), resources.gazetteer)]


@lru_cache(maxsize=4)
def _party_pattern(parties: tuple[tuple[str, str], ...]) -> re.Pattern:
    """The parties' committees and full names as one pattern, built once per table (not once per sentence)."""
    names = "|".join(sorted((re.escape(name) for name, _ in parties), key=len, reverse=True))
    full = "|".join(sorted({re.escape(full) for _, full in parties}, key=len, reverse=True))
    return re.compile(rf"(?<![居市农村人公网牧渔移军全为便惠利国选侨藏警])(?:{names}){PARTY_COMMITTEE}|{full}")


#: A legislature's or CPPCC's news site after its name (中国人大网, 浙江人大网, 湖南政协网; not 人大网上议案…).
LEGISLATURE_SITE = re.compile(rf"(?<=人大|政协)网(?![{NET_OPENS_A_WORD}信评办])")


def legislature_sites(sentence: Sentence, candidates: list[Mention]) -> list[Mention]:
    """The news site a legislature or CPPCC runs, named after it, where the body's name was read (中国人大网 is
    the outlet pages cite as their source, an organization as annotators type media, not 中国人大)."""
    return [mention(sentence, c.start - sentence.start, c.end - sentence.start + 1, "Organization", "dictionary")
            for c in candidates if c.type == "Agency" and LEGISLATURE_SITE.match(sentence.text, c.end - sentence.start)]


#: The central bank's branches and offices (中国人民银行上海总部, 人民银行周口市中心支行, 人行杭州中心支行): a
#: ministry of the State Council, so its branches are public bodies as annotators type them.
CENTRAL_BANK_UNIT = re.compile(r"(?:中国)?(?:人民银行|人行)[\u4e00-\u9fff]{2,10}(?:总部|中心支行|分行|支行|营业管理部|营管部)$")


#: 政协 after a word of a service or of the institution at large, no place's committee.
NOT_A_COMMITTEE = re.compile(r"(?:掌上|智慧|数字|网上|云上|移动|指尖|人民)政协")


#: Hong Kong's or Macao's government by the short form of its region (澳门特区政府), which no gazetteer name gives;
#: not where one of its bureaus or sites is named on (澳门特区政府经济及科技发展局, 香港特区政府一站通网站).
SPECIAL_REGION_GOVERNMENT = re.compile(r"(?:香港|澳门)特区政府")
#: How a bureau's, office's or site's name ends.
UNIT_END = re.compile(r"(?:局|署|处|司|办公室|委员会|中心|网站|网|平台|网页)$")


def _unit_named_on(tokens: list[Token], end: int) -> bool:
    """Whether the words right after ``end`` go on into a unit's or site's name (经济|及|科技发展局, 一站通|网站):
    nouns (and 及) up to a unit's ending, before any verb, preposition or mark."""
    words = ""
    for tok in tokens:
        if tok.start < end:
            continue
        if tok.start != end + len(words) or not (tok.tag in ("n", "nz", "vn", "m", "ORG") or tok.text == "及"):
            return False
        words += tok.text
        if UNIT_END.search(words):
            return True
        if len(words) > 12:
            return False
    return False


#: Public venues a place runs (成都市文化馆, 国家图书馆): bodies only where the place's name opens them.
VENUE = re.compile(r"(?:图书馆|文化馆|博物馆|美术馆|档案馆)$")


COMPANY = ("公司", "集团")
#: A kind of company, named by its capital and form (内资有限公司, 外商投资股份有限公司, 个体工商户).
KIND_OF_COMPANY = re.compile(r"(?:内资|外资|外商投资|中外合资|国有|民营|私营|集体|个人独资|合伙)?(?:股份)?(?:有限)?(?:责任)?(?:公司|企业)")
PROGRAMME_WORDS = ("数字", "智慧", "数据", "云上")     # (云上贵州大数据产业发展有限公司)
#: A university's laboratory named after it: 复旦大学 + 数字与移动治理实验室 is one organization.
LAB_AFTER = re.compile(r"(?![与和及])[\u4e00-\u9fff]{2,12}?(?:[与和][\u4e00-\u9fff]{2,8}?)?(?:(?:重点)?实验室|研究中心|研究院|研究所)")
#   (复旦大学和国家信息中心…研究院: two bodies, the second no laboratory of the first)


def _university_labs(sentence: Sentence, tokens: list[Token]) -> list[Mention]:
    """复旦大学数字与移动治理实验室, 上海交通大学公共信息与社会计算研究中心: a university's laboratory
    or research centre named after it is one organization (however the model cut the words)."""
    out = []
    for tok in tokens:
        at = next((tok.text.find(u) + len(u) for u in ("大学", "科学院") if u in tok.text), None)
        lab = LAB_AFTER.match(sentence.text, tok.start + at) if at is not None and at >= 4 else None
        if lab and not re.search(r"[的了在是将由等]|发布|共建|建设|成立|联合|获批|获得|拥有|设有|建有|高校|依托", lab.group()):
            out.append(mention(sentence, tok.start, lab.end(), "Organization", "ner"))   # (not 复旦大学联合华为共建的实验室)
    return out


#: The kind a laboratory's full name ends in (电子政务建模仿真国家工程实验室, “智慧城市”联合创新实验室).
LAB_KIND = re.compile(r"(?:国家工程实验室|国家重点实验室|国家工程研究中心|重点实验室|工程实验室|联合创新实验室|联合实验室|创新实验室)")
#: Where a laboratory's name begins, looking back from its kind: after the last mark, joining word or verb of
#: building it (三方共建“智慧城市”联合创新实验室: the name is what follows 共建).
LAB_NAME_START = re.compile(r"[、，。；：\s（(“]|共建|建设|成立|组建|设立|揭牌|启动|依托|获批|联合|纳入|入选|列入|成为|作为|认定|评为|"
                            r"跻身|此次|该|其中|国家级")
#: Words no laboratory's name holds: counting, having or founding some (全市拥有国家重点实验室5个), a short name declared.
NOT_A_LAB_NAME = re.compile(r"[的了在是将由等有]|大学|学院|拥有|新建|培育|争创|创建|全市|全省|我省|我市|今年|目前|积极|简称|省级|市级|"
                            r"首批|第一批|新认定|新增")


def _named_labs(sentence: Sentence) -> list[Mention]:
    """电子政务建模仿真国家工程实验室, “智慧城市”联合创新实验室: laboratories named in full are organizations
    (not 与华为共建联合实验室: no name before the kind; a university's own: :func:`_university_labs`)."""
    out = []
    for kind in LAB_KIND.finditer(sentence.text):
        reach = max(0, kind.start() - 16)
        starts = [b.end() for b in LAB_NAME_START.finditer(sentence.text, reach, kind.start())]
        start = starts[-1] if starts else (0 if reach == 0 else None)    # (or the sentence's start)
        name = sentence.text[start:kind.start()] if start is not None else ""
        if not re.fullmatch(r"[\u4e00-\u9fff“”]{2,16}", name) or NOT_A_LAB_NAME.search(name):
            continue
        if sentence.text[start - 1:start] == "“":
            start -= 1
        out.append(mention(sentence, start, kind.end(), "Organization", "ner",
                           (name + kind.group()).replace("“", "").replace("”", "")))
    return out




#: A company's or bank's branch for a place (四川省分公司, 宜昌分行), as the model may read it apart from the name.
BRANCH_FOR_PLACE = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,6}?)(?:分行|支行|分公司|营业部)")


def _branch_for_a_place(text: str, resources: Resources) -> bool:
    """四川省分公司, 宜昌夷陵支行: a branch named by places alone (not 中国电信宜昌分公司, another company's)."""
    branch = BRANCH_FOR_PLACE.fullmatch(text)
    regions = leading_regions(text, resources.gazetteer) if branch else []
    return bool(regions) and sum(len(surface) for surface, _ in regions) == len(branch.group("place"))


def _with_their_branches(tokens: list[Token], resources: Resources) -> list[Token]:
    """联通数字科技有限公司|四川省分公司: a branch the model read as a word of its own, right after its
    company's name, is one organization with it (as 中国电信股份有限公司四川分公司 is read whole)."""
    out: list[Token] = []
    for tok in tokens:
        last = out[-1] if out else None
        if last and last.tag == tok.tag == "ORG" and last.end == tok.start and last.text.endswith(("公司", "集团", "银行")) \
                and _branch_for_a_place(tok.text, resources):
            out[-1] = Token(last.text + tok.text, "ORG", last.start, tok.end)
        else:
            out.append(tok)
    return out


def _town_bodies_read_as_places(tokens: list[Token], text: str) -> list[Token]:
    """A town's body the model read as a place, as it does in a list of them (虹桥镇行政审批局、济川街道为民服务
    中心), read as the body it is; not one glued to the words before it (南京|东路街道…: the town's name goes on
    before the model's word)."""
    return [Token(t.text, "ORG", t.start, t.end)
            if t.tag == "LOC" and town_opening_a_body(t.text) and not WORD_CHARS.match(text[t.start - 1:t.start]) else t
            for t in tokens]


def _split_joint_orgs(tokens: list[Token]):
    """The model's ORG words, one read across 联合/会同 (清华大学…研究院联合数据治理研究中心) cut in two, and
    one led by a verb the model glued to it (联合|省委组织部, 会同|市市场监管局) without the verb."""
    for tok in tokens:
        if tok.tag != "ORG":
            yield tok
            continue
        lead = LEADING_VERB.match(tok.text)
        if lead:
            tok = Token(tok.text[lead.end():], "ORG", tok.start + lead.end(), tok.end)
        cut = JOINT_VERB.search(tok.text)
        if cut:
            yield Token(tok.text[:cut.start()], "ORG", tok.start, tok.start + cut.start())
            yield Token(tok.text[cut.end():], "ORG", tok.start + cut.end(), tok.end)
        else:
            yield tok


def _ends_like_agency(name: str, next_char: str, resources: Resources) -> bool:
    for suffix in resources.agency_suffixes:
        if name.endswith(suffix) and len(name) > len(suffix):
            if not next_char:      # at the line's end ("" is in every string): a court heading its judgment
                return name.endswith(("法院", "检察院"))   # (北京市海淀区人民法院 / 民事判决书); a body's line
                #                                            at a notice's foot is its signature's to read
            return next_char not in SUFFIX_BLOCKERS.get(suffix, "")
    return False


def _in_quotes(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands inside a pair of quotes (“跨省通办·丝路通办”)."""
    opened, closed = text.rfind("“", 0, start), text.find("”", end)
    return opened > text.rfind("”", 0, start) and closed >= 0 and "“" not in text[end:closed] \
        and closed - opened <= 16      # a name's quotes, not a speaker's words (他表示：“…省数字办将…”)
