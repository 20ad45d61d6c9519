"""The dictionary recognizer: known government-service apps, organizations, agencies, special zones and
national laws (the ``data/*.tsv`` tables), found where they stand as names of their own and not inside other words.

>>> from govkg.loaders.resources import Resources
>>> from govkg.types import Sentence
>>> def names(text):
...     return [m.text for m in dictionary_mentions(Sentence(0, text, 0, len(text)), Resources(use_ner=False))]
>>> names("市民可以通过爱山东APP办理，或在“豫事办”平顶山分厅查询")
['爱山东APP', '“豫事办”平顶山分厅']
"""
from __future__ import annotations

import re

from ..types import Mention, Sentence
from .places import BRANCH_WORDS, PLACE_BRANCH, names_a_place
from .recognize_platforms import app_word_at
from .recognize_quoted import NET_OPENS_A_WORD
from .recognize_regions import names_in
from .resources import Resources
from .tokens import Token, cuts_a_word, mention, occurrences

#: After an organization's Latin acronym: the common word it also is (IDC机房, IDC数据中心, IDC业务).
ACRONYM_AS_A_WORD = re.compile(r"\s?(?:数据)?(?:机房|中心|机柜|机架|业务|服务(?!器)|托管)")


def _after_app_name(text: str, end: int) -> int:
    """Where a branch's name may start after an app's name: past its closing quote and an APP word
    (“豫事办”APP平顶山分厅)."""
    end += 1 if text.startswith("”", end) else 0
    return end + app_word_at(text, end)


def dictionary_mentions(sentence: Sentence, resources: Resources, tokens: list[Token] = ()) -> list[Mention]:
    out = []
    text = sentence.text
    for names, type_ in ((resources.apps, "Platform"), (resources.organizations, "Organization"),
                         (resources.agencies, "Agency"), (resources.special_regions, "Region"), (resources.laws, "Policy")):
        present = set(names_in(text, names, resources))   # a few of the table's names, found by index
        for name in (n for n in names if n in present):    # in the table's order, as before
            for start in occurrences(name, text):
                end = start + len(name)
                if type_ == "Platform" and not _names_the_app(text, start, end, tokens, name in resources.phrase_apps):
                    continue
                if type_ == "Policy" and (LAW_GOES_ON.match(text, end) or cuts_a_word(tokens, start, end)
                                          or any(t.start < start < t.end or (t.end == start and t.tag in ("n", "nz", "a"))
                                                 for t in tokens)):
                    continue    # 网络安全法律法规, 网络安全法实施条例, 高等教育法, 国防|教育法: another word, another document
                if type_ == "Platform" and (COMPANY_AFTER.match(text, end) or COMPANY_BEFORE.search(text, 0, start)):
                    continue    # 支付宝（中国）网络技术有限公司, 阿里巴巴、支付宝等企业: the company, not its app
                if type_ == "Region" and text.startswith("域", end):
                    continue    # 粤澳深合区域协同: 区域, no zone named 深合区
                if type_ == "Agency" and name.endswith("部") and text.startswith("门", end):
                    continue    # 交通部门, 应急部门: a place's department, not the ministry 交通部
                if type_ == "Organization" and len(name) <= 2 and cuts_a_word(tokens, start, end) and not ORG_BRANCH.match(text, end):
                    continue    # 共建行动 holds no 建行: a short name inside another word
                if type_ == "Organization" and any(b.start() <= start and end <= b.end() for b in BROWSER_ADVICE.finditer(text)):
                    continue    # 建议使用谷歌、360、火狐等浏览器: the company's browser, which a guide asks for
                if type_ == "Organization" and name.isascii() and ACRONYM_AS_A_WORD.match(text, end):
                    continue    # IDC机房, IDC数据中心: the word (an internet data centre), not the analyst IDC
                if type_ == "Organization" and len(name) <= 2 and _common_noun_before_locative(tokens, start, end):
                    continue    # 在数字化转型的浪潮中, 数字化浪潮下: the word, not the company 浪潮
                if type_ == "Organization" and name.endswith(("网", "在线")) and (
                        cuts_a_word(tokens, start, end) or OUTLET_NAME_GOES_ON.match(text, end)):
                    continue    # 大众网购节, 光明网格, 浙江在线政务服务能力: a news site's name inside other words
                branch = APP_BRANCH.match(text, end) if type_ == "Platform" else None
                if branch:   # 鄂汇办·武昌旗舰店: a branch of a known app is a platform of its own
                    end = branch.end()
                elif type_ == "Platform" and (place_branch := PLACE_BRANCH.match(text, _after_app_name(text, end))) \
                        and names_a_place(re.sub("(?:" + "|".join(BRANCH_WORDS) + ")$", "", place_branch.group()), resources.gazetteer):
                    if text.startswith("“", start - 1) and text.startswith("”", end):
                        start -= 1   # “豫事办”平顶山分厅: the app's branch for a city, the quoted name with it
                    out.append(mention(sentence, start, place_branch.end(), type_, "app-branch"))
                    continue
                if type_ == "Organization" and (branch := ORG_BRANCH.match(text, end)):
                    end = branch.end()   # 中国农业银行宜昌分行, 建行青溪分行: the branch is the body named
                if type_ == "Platform" and (form := APP_KIND_AFTER.match(text, end)):
                    end = form.end()     # 爱山东APP: the app with its kind word (not 山东APP, a place's)
                out.append(mention(sentence, start, end, type_, "dictionary"))
    return out + _short_forms_alone(sentence, resources, tokens)


def _short_forms_alone(sentence: Sentence, resources: Resources, tokens: list[Token]) -> list[Mention]:
    """国办, 中办 standing as words of their own (agencies.tsv's ``read_alone``): the bodies, but not inside a
    document number, a unit's name or another word (国办发〔2019〕, 国办公开办, 过程|中|办证)."""
    text = sentence.text
    return [mention(sentence, start, start + len(form), "Agency", "dictionary")
            for form in resources.agency_alone_forms for start in occurrences(form, text)
            if not cuts_a_word(tokens, start, start + len(form)) and not SHORT_FORM_GOES_ON.match(text, start + len(form))
            and not any(t.tag == "f" for t in tokens if start <= t.start < start + len(form))]


#: After an app's name: the company behind it, named by it, listed with others as companies or signing an agreement
#: (市政府与支付宝签署合作协议); before it, a company whose app it is, in brackets (蚂蚁集团（支付宝）).
COMPANY_BEFORE = re.compile(r"(?:集团|公司)[（(]$")
COMPANY_AFTER = re.compile(r"[（(]中国[)）]|公司|集团|[^，。；]{0,16}?等(?:互联网|科技|平台)?(?:企业|公司)|[^，。；]{0,8}?(?:签署|签订|签约)")


#: A guide's advice on browsers, the companies named for their browsers inside it (建议使用谷歌、火狐等浏览器, 推荐使用
#: 谷歌，火狐浏览器, 支持以下浏览器：谷歌、火狐); not a company acting on a browser (腾讯推出的QQ浏览器, 百度与…推出浏览器).
BROWSER_ADVICE = re.compile(r"(?:建议|推荐|请|须|需|可)(?:使用|采用)[^。；;]{0,40}?浏览器|支持(?:以下|如下)?浏览器[：:][^。；;]{0,40}")


#: After a law's short name: a word it opens (法律, 法规, 法治, 法院; but 规定, 学习 stand after a law) or another
#: document named on it (网络安全法实施条例, 电子商务法(草案), 个人信息保护法修正案, 实施档案法办法).
LAW_GOES_ON = re.compile(r"[律治院庭官典条]|规(?!定)|学(?!习)|实施(?:条例|细则|办法|意见)|办法|[（(]?草案|修正案|修订")


#: After a news site's name (…网, …在线): a word it opens rather than the site (网上, 网格, 网购, 网络 … after
#: 网; after 在线 anything but how a site is cited: 浙江在线政务服务 is Zhejiang's online service).
OUTLET_NAME_GOES_ON = re.compile(rf"(?<=网)[{NET_OPENS_A_WORD}]|"
                                 r"(?<=在线)(?![报讯消记网发刊客的和与及等、，。；：:\s(（“”]|$)")


#: After a short form read alone (国办): a document number's letters (国办发, 国办函), a unit of the body
#: (国办公开办, 国办电子政务办, 国办秘书局), or the verb 办's object (…中办证, 中办事): not the body named.
SHORT_FORM_GOES_ON = re.compile(r"发(?![布出起挥展])|[函秘字证理事件结好成实]|(?:政务|信息)?公开办|电子政务办|督查室|"
                                r"[\u4e00-\u9fff]{2,8}?(?:办公室|小组)")   # (国办职能转变协调办公室: the unit)


#: The kind word an app's name is written with, unquoted (爱山东APP, 皖事通客户端).
APP_KIND_AFTER = re.compile(r"(?:APP|App|app|客户端|微信小程序|小程序)(?![A-Za-z])")
#: A bank's or company's branch for a place, written right after its name (宜昌分行, 江苏省分行, 天津分公司).
ORG_BRANCH = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:分行|支行|分公司|营业部)")


def _common_noun_before_locative(tokens: list[Token], start: int, end: int) -> bool:
    """Whether the model reads text[start:end] as a common noun followed by a locative (浪潮|中, 浪潮|下): a
    word in a phrase of place or time, not a company's short name."""
    at = next((i for i, t in enumerate(tokens) if t.start == start and t.end == end), None)
    return at is not None and tokens[at].tag == "n" and at + 1 < len(tokens) and tokens[at + 1].tag == "f"


def _names_the_app(text: str, start: int, end: int, tokens: list[Token], phrase: bool) -> bool:
    """Whether an app's name found in the text names the app: quoted on its own (“全省事”), or
    not cutting through a word (开辟办事|通道 holds no 办事通, 北|京通州 no 京通), and for a name
    that is an ordinary phrase too (办全省事), only quoted or followed by APP/小程序/客户端/平台."""
    if _quoted_alone(text, start, end):
        return True
    if phrase:
        return bool(APP_WORD.match(text, end))
    return not cuts_a_word(tokens, start, end)


def _quoted_alone(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is all that stands between a pair of quotes (“皖事通办”)."""
    return text[start - 1:start] == "“" and text[end:end + 1] == "”"


APP_WORD = re.compile(r"(APP|App|app|小程序|客户端|平台|移动端)")


APP_BRANCH = re.compile(r"·[\u4e00-\u9fffA-Za-z0-9]{2,8}?(旗舰店|专区|分厅|频道|板块|服务站|站|店|号)")
