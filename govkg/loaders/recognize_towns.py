"""Places below GB/T 2260's county level: towns, townships, sub-districts, villages and communities,
named right after their county (新津区邓双镇文山村), read by the model alone (阳平镇), listed together
(周原镇、县功镇、阳平镇) or each with its figure (其中东坪镇17件，洛阳镇5件)."""
from __future__ import annotations

import re

from ..types import Mention, Sentence
from .tokens import Token, mention


# Towns, townships, sub-districts, villages and communities are below GB/T 2260's county
# level; they are named right after their county (新津区邓双镇文山村, 锦江区庆云社区).
TOWN = re.compile(r"([\u4e00-\u9fff]{1,4}?)(镇|乡|街道|村|社区)(?![\u4e00-\u9fff]{0,1}(委|党|办(?!事处)|政府|级|民|干部|振兴|建设|治理))")
#   (…街道办事处: the street, whose office the agency rules name)
NOT_TOWN_START = "乡镇村城农各全本该社街区县市省有"     # (南昌县|有农村户籍人口: the verb, then 农村)
#: Inside what reads as a town's name after a place: a verb of the sentence (武都区统筹推进|乡镇, 公安县召开|
#: 县乡…), every township of a banner (各苏木镇; but 庞各庄镇 is a town), or a kind of town (江南古镇, 特色小镇).
NOT_A_TOWN = re.compile(r"推进|统筹|召开|举行|举办|启动|开通|推动|开展|实现|加强|深化|全面|覆盖|延伸|所有|^各|^苏木$|古$|小$|特色|"
                        r"督导|指导|督促|规范|完善|健全|"
                        r"利用|充分|通过|依托|借助|面向|深入|走进|的|"
                        r"县到|市到|^(?:作为|成为|位于|地处|属于|包括|对口|携手)")
#   (石泉县举行县到乡镇…仪式: the county's links down to its townships; 海淀区作为中关村…: the sentence's verb,
#   then another place; not 联合, many villages' and townships' name: 联合村, 联合乡)
#: After 乡: 亲 or 会, so the words are fellow townsmen or their association (广东江门乡亲, 江门同乡会), or 镇,
#: towns in general (蓬溪县确定乡镇…: the verb, then 乡镇), not a town;
#: after 农村: what the countryside has or does (新农村建设, 农村人口), not a village named …农 (兴农村, 新农村 stay).
KIND_GOES_ON = re.compile(r"(?<=乡)[亲会镇]|(?<=农村)(?:建设|发展|地区|人口|户籍|居民|电商|信息|集体|改革|工作)")


#: Towns named for their side of the county's seat (城关镇, 城南街道, 城东街道, 城厢镇), though 城 opens other words
#: (城中村, 城西村庄: villages in the city, no town).
CITY_SIDE_TOWN = re.compile(r"城[关东南西北中厢郊]")


def towns_after(sentence: Sentence, regions: list[Mention]) -> list[Mention]:
    """Places below the county named right after a region: 成都市新津区邓双镇文山村 → 邓双镇, 文山村."""
    out = []
    ends = sorted(r.end - sentence.start for r in regions)
    text = sentence.text
    while ends:
        end = ends.pop(0)
        m = TOWN.match(text, end)
        if not m or (m.group(1)[0] in NOT_TOWN_START and not (CITY_SIDE_TOWN.match(m.group(1)) and m.group(2) in ("镇", "街道"))) \
                or (len(m.group(1)) == 1 and m.group(2) != "镇") \
                or NOT_A_TOWN.search(m.group(1)) or KIND_GOES_ON.match(text, m.end()):
            continue
        out.append(mention(sentence, m.start(), m.end(), "Region", "town"))
        ends.insert(0, m.end())   # a village after its town
    return out


#: A town the model reads as a place, alone (阳平镇, 中沙乡) or opening a body's name (小榄镇政务服务中心).
MODEL_TOWN = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:镇|乡|街道)")


def model_towns(sentence: Sentence, tokens: list[Token]) -> list[Mention]:
    """Towns named with no county before them, where LAC reads a place (or a body opening on one)."""
    out = []
    for tok in tokens:
        m = MODEL_TOWN.fullmatch(tok.text) if tok.tag == "LOC" else (MODEL_TOWN.match(tok.text) if tok.tag == "ORG" else None)
        if m and tok.text[0] not in NOT_TOWN_START and not re.match(r".{0,2}(?:镇|乡)", m.group()[:-1]) \
                and not NOT_A_TOWN.search(re.sub(r"(?:镇|乡|街道)$", "", m.group())):
            out.append(mention(sentence, tok.start, tok.start + m.end(), "Region", "town"))
    return out


#: Towns listed with no county before them (周原镇、县功镇、阳平镇): the page's county's.
TOWN_NAME = r"[\u4e00-\u9fff]{2,3}?(?:镇|乡|街道)"
LISTED_TOWNS = re.compile(rf"(?<![\u4e00-\u9fff])(?:{TOWN_NAME})(?:[、和及](?:{TOWN_NAME}))+(?![\u4e00-\u9fff])|"
                          rf"(?<=[为是有：:])(?:{TOWN_NAME})(?:[、和及](?:{TOWN_NAME}))+(?=[，。；、等\s]|$)")


#: A verb before a listed town's two-character name (有回马镇、玉峰镇, 为周原镇、…), not part of it.
LIST_OPENING_VERB = re.compile(r"[有为是由对在][\u4e00-\u9fff]{2}(?:镇|乡|街道)$")


#: (县功镇, 市桥镇 are towns' names: in a list of towns only generic words are ruled out)
LISTED_NOT_TOWN_START = "乡镇村农各全本该社街"     # (城关镇 is a town's name)


def listed_towns(sentence: Sentence) -> list[Mention]:
    """Towns, townships or sub-districts listed one after another with no county before them
    (综合考评前三的镇街为周原镇、县功镇、阳平镇): each a town of the page's own county."""
    out = []
    for run in LISTED_TOWNS.finditer(sentence.text):
        pos = run.start()
        pieces = run.group(0).split("、")
        if LIST_OPENING_VERB.match(pieces[0]):
            pieces[0], pos = pieces[0][1:], pos + 1      # 有回马镇、玉峰镇…: 有 opens the clause, not the name
        for piece in pieces:
            pair = re.fullmatch(rf"({TOWN_NAME})[和及]({TOWN_NAME})", piece)    # (太和镇 holds a 和 of its own)
            for item, at in ((pair.group(1), pair.start(1)), (pair.group(2), pair.start(2))) if pair else ((piece, 0),):
                if item[0] not in LISTED_NOT_TOWN_START:
                    out.append(mention(sentence, pos + at, pos + at + len(item), "Region", "town"))
            pos += len(piece) + 1
    return out + _counted_towns(sentence)


#: A town with its count, one of several in a clause (其中东坪镇17件，洛阳镇5件，大桥镇15件).
COUNTED_TOWN = re.compile(rf"(?:(?<=[，、；：:])|(?<=其中))({TOWN_NAME})(?=\d)")


#: Words that make 镇/乡 a kind of town, not one (重点镇, 中心镇, 建制镇, 特色镇, 其余乡镇).
TOWN_KINDS = "重点|非|中心|建制|一般|特色|示范|其他|其余|所有|边境"
#: A kind of town, not one (重点镇12件，非重点镇8件; 建制镇, 特色小镇).
TOWN_CATEGORY = re.compile(rf"(?:{TOWN_KINDS}|少数民族)")
#: A kind of town named where no county says whose a town would be (中心镇, 淘宝镇, 特色小镇, 文明街道):
#: the kinds above and the titles towns are awarded.
KIND_OF_TOWN = re.compile(rf"^(?:{TOWN_KINDS}|淘宝|文明|平安|美丽|森林|卫生|生态|旅游|智慧|数字|明星|星级)(?:镇|乡|街道)$|小镇$")


def _counted_towns(sentence: Sentence) -> list[Mention]:
    """Towns listed each with its figure, no county before them: the page's county's, two at least
    (one alone after a comma may be any word ending in 乡 or 镇)."""
    found = [m for m in COUNTED_TOWN.finditer(sentence.text)
             if m.group(1)[0] not in LISTED_NOT_TOWN_START and not TOWN_CATEGORY.match(m.group(1))]
    if len(found) < 2:
        return []
    return [mention(sentence, m.start(1), m.end(1), "Region", "town") for m in found]


#: A body only a town or sub-district has, after the town's name (梅李镇行政审批局, 新洲镇政务中心,
#: 琴川街道为民服务中心, 沙溪镇人民政府).
TOWN_BODY = re.compile(r"(?:人民政府|政府|党委|党工委|行政审批局|综合行政执法局|(?:政务|便民|为民|党群|公共|综合)服务中心|"
                       r"政务中心|社区事务受理服务中心|办事处|司法所|财政所|派出所|"
                       r"综治中心|综合治理中心|网格中心|网格化(?:服务)?管理中心|城运中心|社会治理中心|矛调中心|基层治理指挥中心)$")
#   (and the grassroots governance centres every town and street has: 高行镇网格中心, 宜城街道综治中心)
TOWN_OPENING_A_BODY = re.compile(r"([\u4e00-\u9fff]{2,3}?(?:镇|乡)|[\u4e00-\u9fff]{2,4}?街道)(?=[\u4e00-\u9fff]{2,})")
#: What opens a word for a kind of town or a township's title, not a town's name (民族乡, 撤并镇, 江南水乡, 花木之乡), or
#: whichever town one lives in (户籍所在街道); and
#: the characters no town's name opens with here (but 城关镇, 城厢镇, 城东街道 are towns).
NOT_A_TOWNS_NAME = re.compile(r"之乡|水乡|民族乡|撤并|乡镇|所在|户籍|居住|辖区|当地|本地|属地|"
                              r"督导|指导|推进|加强|建设|规范|开展|完善|健全|推动|督促|全面|各")
#   (蓬溪县督导街道综治中心建设: the verb, then every street's centre)
TOWN_OF_A_BODY_NOT_START = NOT_TOWN_START.replace("城", "")


def town_opening_a_body(name: str) -> str | None:
    """The town a town's body is named after, with no county written before it (梅李镇行政审批局 → 梅李镇);
    not a kind of town (中心镇) nor a word that ends in 乡 or 镇 inside a body of another level (城乡建设局).

    >>> town_opening_a_body("梅李镇行政审批局"), town_opening_a_body("琴川街道为民服务中心")
    ('梅李镇', '琴川街道')
    >>> town_opening_a_body("住房和城乡建设局"), town_opening_a_body("乡镇政务服务中心"), town_opening_a_body("重点镇人民政府")
    (None, None, None)
    >>> town_opening_a_body("江南水乡便民服务中心"), town_opening_a_body("民族乡人民政府"), town_opening_a_body("城关镇人民政府")
    (None, None, '城关镇')
    """
    town = TOWN_OPENING_A_BODY.match(name)
    if town is None or not TOWN_BODY.fullmatch(name, town.end()) or town.group(1)[0] in TOWN_OF_A_BODY_NOT_START \
            or NOT_A_TOWN.search(town.group(1)) or KIND_OF_TOWN.search(town.group(1)) or TOWN_CATEGORY.match(town.group(1)) \
            or NOT_A_TOWNS_NAME.search(town.group(1)):
        return None
    return town.group(1)
