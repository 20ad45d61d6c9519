"""Bodies named by what they steer rather than by a department's core: leading groups, working groups, task
forces and aid teams (重庆市新型智慧城市建设领导小组, 数字政府建设专项工作组, 浙江帮扶甘孜州工作队), and legislatures
named with their term (山东省第十三届人民代表大会常务委员会). Used by :func:`.recognize_agencies.agency_mentions`.
"""
from __future__ import annotations

import re

from ..types import Mention, Sentence
from .tokens import mention

#: How a group's name ends (领导小组, 工作专班, 专项工作组, 指挥部).
GROUP_SUFFIX = re.compile(r"(工作领导小组办公室|领导小组办公室|工作领导小组|领导小组|协调小组办公室|协调小组|专项小组|攻坚小组|"
                          r"工作专班|专项工作组|专项推进组|工作组(?!织)|指挥部|帮扶工作队|驻村工作队|工作队(?!伍))")
#: Inside a group's name: what ends it (a function word, another body's ending, a verb of setting it up).
GROUP_BODY_STOP = re.compile(r"[的与及在是为了将对把被、，,等由\d]|局|厅|部门|组成|成立|设立|下设|担任|优化(?!营商环境)|调整|"
                             r"召开|举行|召集|主持|出席|听取")


#: Words of a sentence, not of a long group's name, between a place and the group's suffix.
LONG_GROUP_STOP = re.compile(r"召开|举行|重视|落实|贯彻|学习|参加|出席|审议|听取|印发|成立|组织|全市|全省|全县|全区|"
                             r"[市县区]?委|各|[省市]推进(?!政府职能转变)|(?<=.)省")
#: A region of several provinces, opening a group they set up together (西南地区政务服务“跨省通办”协调小组).
REGION_OF_PROVINCES = re.compile(r"(?:西南|西北|东北|华东|华南|华北|华中|中部|东部|西部)(?:地区|[三四五六七八九十]省)")
#: Before a level word: what makes it the last character of another word (景区县, 山区县, 湾区, 园区), so no
#: body's level word.
LEVEL_WORD_GLUED = "区县市省湾园片景山矿街"
#: Verbs that, after 国务院, make what follows the State Council's act, not a group of its (国务院部署…领导小组开展督查).
GROUP_VERBS = re.compile(r"部署|批准|派出|听取|重视|审议|推动|要求|指导|表彰|委托|批复|统一|印发|召开|建立|成立|设立|同意|"
                         r"组织|开展|调整")
#: How the groups that steer the reform of government functions are named, after their place or level
#: word (省推进政府职能转变和“放管服”改革协调小组, 宜昌市推进政府职能转变和数据资源规划建设领导小组).
REFORM_GROUP_OPENING = re.compile(r"(?:国务院|[省市县区])?推进政府职能转变")


def group_start(text: str, suffix_start: int, region_spans: dict[int, int]) -> int | None:
    """Where a group's name starts: a place, or 省/市/县/区 after a break, within 16 characters
    before its suffix, with nothing but name words between (成立重庆市新型智慧城市建设领导小组 → 重庆市…)."""
    for start in range(max(0, suffix_start - 24), suffix_start - 1):
        body = text[start:suffix_start]
        after_place = text[region_spans.get(start, start):suffix_start]
        if suffix_start - start > 16 and ((start not in region_spans and not REFORM_GROUP_OPENING.match(text, start))
                                          or LONG_GROUP_STOP.search(after_place)):
            continue    # a long name opens on a place (永昌县深化“放管服”改革推进政府职能转变领导小组), with no
            #             verb of the sentence's between (临沂市召开…领导小组会议, 临沂市认真落实省…协调小组部署)
        opens = start in region_spans or (text[start] in "省市县区" and (start == 0 or text[start - 1] not in
                                                                      "城都超上门股夜花全各本我该节反社地小辖" + LEVEL_WORD_GLUED)) \
            or text[start] == "“" or text.startswith("加快推进“", start) \
            or (text.startswith(("数字", "智慧"), start) and start + 2 in region_spans) \
            or (text.startswith("中央", start) and (start == 0 or not "\u4e00" <= text[start - 1] <= "\u9fff")) \
            or REGION_OF_PROVINCES.match(text, start) \
            or (text.startswith("国务院", start) and not GROUP_VERBS.search(body))
        # (“数字亳州”…, 数字福州建设领导小组; 中央全面深化改革领导小组; 国务院推进政府职能转变和“放管服”改革协调小组;
        #  浙江省App违法违规收集使用个人信息专项治理工作组: Latin letters inside)
        if opens and not GROUP_BODY_STOP.search(body) and not re.search(r"[^\u4e00-\u9fffA-Za-z“”]", body) \
                and body.count("“") == body.count("”"):
            return start - 2 if text.endswith("自治", 0, start) and text[start] == "区" else start   # 自治区…小组
    return None


#: After a group of provinces' name, the word for their area (粤港澳|大湾区, 长三角|地区, 成渝|地区双城经济圈).
AREA_WORD = r"(?:大湾区|地区双城经济圈|地区|区域)?"


def group_mentions(sentence: Sentence, regions: list[Mention], region_groups) -> list[Mention]:
    """The groups that lead a programme, each from its suffix back to where its name opens: a place, a level
    word, a group of provinces (粤港澳大湾区建设领导小组, 京津冀协同发展领导小组) or a region of them."""
    text = sentence.text
    region_spans = {r.start - sentence.start: r.end - sentence.start for r in regions}
    for name in region_groups:
        for g in re.finditer(re.escape(name) + AREA_WORD, text):
            region_spans.setdefault(g.start(), g.end())
    out = []
    for m in GROUP_SUFFIX.finditer(text):
        start = group_start(text, m.start(), region_spans)
        if start is not None and m.group().endswith("工作队") and not re.search(r"帮扶|驻|援", text[start:m.start()]):
            continue    # (浙江帮扶甘孜州工作队, 省驻某村工作队; not 市里派出工作队: any team sent)
        if start is not None:
            out.append(mention(sentence, start, m.end(), "Agency", "agency"))
    return out


#: A legislature with its term between its place and its name (山东省|第十三届人民代表大会常务委员会, 省十四届人大常委会).
LEGISLATURE_OF_A_TERM = re.compile(r"(?P<level>自治区|[省市县区州])?第?[一二三四五六七八九十]{1,3}届"
                                   r"(?:人民代表大会常务委员会|人大常委会)")
#   (not 市十六届人大二次会议第0290号建议: a congress's session names a deputy's suggestion, no body acting)


def legislatures_of_a_term(sentence: Sentence, region_ends: dict[int, int]) -> list[Mention]:
    """A legislature named with its term, from the place before it (``region_ends``: a place's end → its start)
    or its level word: 山东省第十三届人民代表大会常务委员会, 省十四届人大常委会 (not 十四届人大常委会 alone)."""
    out = []
    for m in LEGISLATURE_OF_A_TERM.finditer(sentence.text):
        start = region_ends.get(m.start(), m.start())
        if start < m.start() or m.group("level"):
            out.append(mention(sentence, start, m.end(), "Agency", "agency"))
    return out


#: A team a body sends out to inspect or oversee, named after it (全国人大常委会执法检查组, 国务院第三督查组,
#: 省人大代表视察组).
TEAM_OF_A_BODY = re.compile(r"(?:第[一二三四五六七八九十\d]{1,3})?(?:代表)?(?:执法检查组|督查组|视察组)")


def team_body(name: str) -> str | None:
    """The body an inspection team's name opens on, if the name is a team's (全国人大常委会执法检查组 → 全国人大常委会).

    >>> team_body("国务院第三督查组"), team_body("督查组"), team_body("省大数据局")
    ('国务院', None, None)
    """
    team = TEAM_OF_A_BODY.search(name)
    return name[:team.start()] if team and team.end() == len(name) and team.start() >= 3 else None


def teams_of_bodies(sentence: Sentence, candidates: list[Mention]) -> list[Mention]:
    """The inspection teams written right after a body's name, with the body's name (海南省人大常委会执法检查组):
    a body of its own, part of the one it is named after."""
    return [mention(sentence, c.start - sentence.start, team.end(), "Agency", "agency")
            for c in candidates if c.type == "Agency"
            for team in [TEAM_OF_A_BODY.match(sentence.text, c.end - sentence.start)] if team]
